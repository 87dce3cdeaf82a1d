// Which files the language client hands to the server: articles matching the configured
// glob and the annotation YAML files, per workspace folder, plus watchers for disk changes.
import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';
import { ClientSettings } from '../settings';

function folderPatterns(settings: ClientSettings): string[] {
  return [settings.articles, `${settings.annotationsDir}/**/*.yaml`];
}

export function documentSelector(settings: ClientSettings): DocumentSelector {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    // A lone file opened without a folder: match the same shapes anywhere.
    return folderPatterns(settings).map((pattern) => ({ scheme: 'file', pattern: `**/${pattern}` }));
  }
  return folders.flatMap((folder) =>
    folderPatterns(settings).map((pattern) => ({
      scheme: 'file',
      pattern: { baseUri: folder.uri.toString(), pattern },
    })),
  );
}

/** The same selection as a VS Code selector, to ask whether a document is FactLens's. */
export function codeSelector(settings: ClientSettings): vscode.DocumentSelector {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return folderPatterns(settings).map((pattern) => ({ scheme: 'file', pattern: `**/${pattern}` }));
  return folders.flatMap((folder) =>
    folderPatterns(settings).map((pattern) => ({ scheme: 'file', pattern: new vscode.RelativePattern(folder, pattern) })),
  );
}

/** Watchers for files that change on disk (git pull, another editor); the client forwards their events. */
export function fileWatchers(settings: ClientSettings): vscode.FileSystemWatcher[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return folders.flatMap((folder) =>
    folderPatterns(settings).map((pattern) =>
      vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, pattern)),
    ),
  );
}
