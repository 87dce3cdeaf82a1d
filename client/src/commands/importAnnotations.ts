// Import Annotations: asks for a format and a file, then has the server merge them into
// the annotation files (factlens.server.import) under a progress notification. Import
// never overwrites: duplicates and conflicts are listed in the FactLens output.
// With arguments ({ format, file, article?, dryRun? }) it asks nothing.
import * as vscode from 'vscode';
import { Commands, ImportArgs, ImportResult } from '../../../server/src/protocol';
import { FactLensServer } from '../server/factLensServer';
import { runWithProgress } from './runServerCommand';

const FORMATS: { format: ImportArgs['format']; label: string; detail: string; filters: Record<string, string[]> }[] = [
  { format: 'w3c', label: 'W3C Web Annotation (JSON-LD)', detail: 'A FactLens export or another annotation tool’s', filters: { 'JSON-LD': ['jsonld', 'json'] } },
  { format: 'hypothesis', label: 'Hypothesis export', detail: 'The JSON a Hypothesis group or the API exports', filters: { JSON: ['json'] } },
  { format: 'brat', label: 'brat standoff', detail: 'An .ann file (its .txt beside it)', filters: { brat: ['ann'] } },
];

async function askForImport(): Promise<ImportArgs | undefined> {
  const picked = await vscode.window.showQuickPick(FORMATS, { title: 'FactLens: Import Annotations', placeHolder: 'Format' });
  if (!picked) return undefined;
  const files = await vscode.window.showOpenDialog({
    title: `Import ${picked.label}`,
    canSelectMany: false,
    filters: picked.filters,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  return files?.[0] ? { format: picked.format, file: files[0].fsPath } : undefined;
}

function isImportArgs(arg: unknown): arg is ImportArgs {
  const a = arg as ImportArgs | undefined;
  return typeof a === 'object' && a !== null && typeof a.file === 'string' && FORMATS.some((f) => f.format === a.format);
}

async function importAnnotations(server: FactLensServer, arg: unknown): Promise<ImportResult | undefined> {
  const args = isImportArgs(arg) ? arg : await askForImport();
  if (!args) return undefined;
  const result = await runWithProgress<ImportResult>(server, Commands.import, args, `importing ${args.format}`);
  if (!result) return undefined;
  for (const line of result.summary) server.output.appendLine(`import ${args.format}: ${line}`);
  if (isImportArgs(arg)) return result; // called with arguments: no notification to answer
  const left = result.duplicates.length + result.conflicts.length + result.orphaned.length + result.invalid.length;
  const message = `FactLens imported ${result.imported.length} annotation${result.imported.length === 1 ? '' : 's'}` +
    (left ? `; ${left} left out (duplicates, conflicts or not found)` : '') + '.';
  const show = left ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(message, ...(left ? ['Show Details'] : [])).then((choice) => choice && server.output.show(true));
  return result;
}

export function registerImportAnnotations(server: FactLensServer): vscode.Disposable {
  return vscode.commands.registerCommand('factlens.importAnnotations', (arg?: unknown) => importAnnotations(server, arg));
}
