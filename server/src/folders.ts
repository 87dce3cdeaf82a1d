// Workspace folders and their FactLens models, and the mapping between LSP URIs and
// (folder, workspace-relative path). Each folder has its own FactWorkspace.
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { FactWorkspace } from './core/workspace';
import { Settings } from './core/settings';

export interface Folder {
  uri: string;
  root: string;
  workspace: FactWorkspace;
}

export interface Located {
  folder: Folder;
  /** Workspace-relative path with '/'. */
  path: string;
}

export class Folders {
  private folders: Folder[] = [];
  /** fsPath -> the URI string the client used for it, so we answer with the same spelling. */
  private readonly clientUris = new Map<string, string>();

  all(): Folder[] {
    return this.folders;
  }

  set(uris: string[], settings: Settings): Folder[] {
    this.folders = uris
      .filter((uri) => uri.startsWith('file:'))
      .map((uri) => ({ uri, root: fileURLToPath(uri), workspace: new FactWorkspace(settings) }));
    // Longest root first, so nested folders win.
    this.folders.sort((a, b) => b.root.length - a.root.length);
    return this.folders;
  }

  rememberUri(uri: string): void {
    const fsPath = toFsPath(uri);
    if (fsPath) this.clientUris.set(fsPath, uri);
  }

  locate(uri: string): Located | undefined {
    const fsPath = toFsPath(uri);
    if (!fsPath) return undefined;
    for (const folder of this.folders) {
      const rel = path.relative(folder.root, fsPath);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return { folder, path: rel.split(path.sep).join('/') };
    }
    return undefined;
  }

  uriOf(folder: Folder, relPath: string): string {
    const fsPath = path.join(folder.root, ...relPath.split('/'));
    return this.clientUris.get(fsPath) ?? pathToFileURL(fsPath).href;
  }

  fsPathOf(folder: Folder, relPath: string): string {
    return path.join(folder.root, ...relPath.split('/'));
  }
}

export function toFsPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
