// What every LSP feature handler is handed: the connection, open documents, folders and
// their models, settings, and the diagnostics scheduler. Features import nothing else
// from the server, so each stays a small mapping from core results to LSP shapes.
import { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from './core/lineIndex';
import { Settings } from './core/settings';
import type { Diagnostics } from './diagnostics';
import { Folder, Folders, Located } from './folders';

export type FileKind = 'article' | 'annotations' | 'claims';

export interface LocatedFile extends Located {
  kind: FileKind;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: Folders;
  settings(): Settings;
  /** What the client said it supports in `initialize` (documentChanges, resource operations…). */
  clientCapabilities(): ClientCapabilities;
  /** Commands the client implements itself (from initializationOptions.clientCommands), e.g. prompts. */
  clientCommands(): string[];
  diagnostics: Diagnostics;
  /** Where a URI sits and what kind of FactLens file it is, or undefined for other files. */
  lookup(uri: string): LocatedFile | undefined;
  /** Line index of any workspace file's current text (article, YAML), open or not. */
  linesOf(folder: Folder, relPath: string): LineIndex | undefined;
  /** Current text of a workspace file (the open buffer when open, else the indexed text). */
  textOf(folder: Folder, relPath: string): string | undefined;
  /** The README's section for a problem code, for diagnostic links. */
  docsUri(anchor: string): string;
  /** Tells clients that the index changed (views refresh). */
  indexChanged(): void;
}

export function classify(folders: Folders, uri: string): LocatedFile | undefined {
  const located = folders.locate(uri);
  if (!located) return undefined;
  const paths = located.folder.workspace.paths;
  if (paths.isClaimsFile(located.path)) return { ...located, kind: 'claims' };
  if (paths.isAnnotationFile(located.path)) return { ...located, kind: 'annotations' };
  if (paths.isArticle(located.path)) return { ...located, kind: 'article' };
  return undefined;
}
