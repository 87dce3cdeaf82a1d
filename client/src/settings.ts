// The `factlens.*` settings the client itself reads, in one typed place.
// The server reads the rest (severities, figure kinds) through configuration sync.
import * as vscode from 'vscode';

export interface ClientSettings {
  /** Workspace-relative glob of the articles. */
  articles: string;
  /** Workspace-relative folder of the annotation YAML files. */
  annotationsDir: string;
  /** Name written to `by`; empty when not set. */
  author: string;
}

export function readSettings(scope?: vscode.ConfigurationScope): ClientSettings {
  const config = vscode.workspace.getConfiguration('factlens', scope);
  return {
    articles: config.get<string>('articles') || 'seeds/**/*.txt',
    annotationsDir: (config.get<string>('annotationsDir') || 'annotations').replace(/[\\/]+$/, ''),
    author: config.get<string>('author')?.trim() ?? '',
  };
}

/** Settings that change which files the language client selects: changing them rebuilds it. */
export function affectsDocumentSelection(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('factlens.articles') || event.affectsConfiguration('factlens.annotationsDir');
}
