// Open Annotation File: the article's YAML beside it, at the annotation under the cursor.
import * as path from 'path';
import * as vscode from 'vscode';
import { FactLensServer } from '../server/factLensServer';
import { readSettings } from '../settings';
import { commandArgs, findAtCursor, targetFromArgs } from './target';

/** annotations/<article name without .txt>.yaml in the article's workspace folder. */
function defaultAnnotationFile(article: vscode.Uri): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(article);
  if (!folder) return undefined;
  const name = path.posix.basename(article.path).replace(/\.txt$/i, '');
  return vscode.Uri.joinPath(folder.uri, readSettings(article).annotationsDir, `${name}.yaml`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The line of `- id: <id>` (quoted or not), or -1. */
function idLine(document: vscode.TextDocument, id: string): number {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\s*(?:-\\s+)?id:\\s*["']?${escaped}["']?\\s*(?:#.*)?$`);
  for (let line = 0; line < document.lineCount; line++) {
    if (pattern.test(document.lineAt(line).text)) return line;
  }
  return -1;
}

async function openAnnotationFile(server: FactLensServer, arg: unknown): Promise<vscode.TextEditor | undefined> {
  const args = commandArgs(arg);
  const editor = vscode.window.activeTextEditor;
  const article = args ? targetFromArgs(args).uri : editor?.document.uri;
  if (!article) return undefined;
  let annotationId = args ? targetFromArgs(args).annotationId : undefined;
  let fileUri: string | undefined;
  if (!args && editor) {
    const found = await findAtCursor(server, editor);
    annotationId = found?.annotation?.id;
    fileUri = found?.state.annotationFile;
  } else {
    fileUri = (await server.articleState(article))?.annotationFile;
  }
  const file = fileUri ? vscode.Uri.parse(fileUri) : defaultAnnotationFile(article);
  if (!file || !(await exists(file))) {
    void vscode.window.showInformationMessage(`${path.posix.basename(article.path)} has no annotation file yet. Annotate a figure to create it.`);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(file);
  const line = annotationId ? idLine(document, annotationId) : -1;
  const selection = line >= 0 ? new vscode.Range(line, 0, line, document.lineAt(line).text.length) : undefined;
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, selection, preserveFocus: false });
}

export function registerOpenAnnotationFile(server: FactLensServer): vscode.Disposable {
  return vscode.commands.registerCommand('factlens.openAnnotationFile', (arg?: unknown) => openAnnotationFile(server, arg));
}
