// Turns pure edits of annotation YAML text into a WorkspaceEdit and has the client apply
// it (workspace/applyEdit), so an open, unsaved buffer is edited in place and undo works.
// Edits are minimal text replacements computed on the text the client has: the open
// buffer (with its version), else the file on disk (read fresh), else a new file.
// Edits of one file run one at a time, and each waits until the server has seen the
// previous one (or assumes the client holds it), so quick successive commands all land.
import * as fs from 'fs';
import * as nodePath from 'path';
import { CreateFile, ResponseError, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { textEditFor } from './core/annotations';
import { LineIndex } from './core/lineIndex';
import { decodeText } from './core/textFile';
import { refuse } from './commandArgs';
import type { ServerContext } from './context';
import type { Folder } from './folders';
import { toRange } from './ranges';

/** A pure edit: the current YAML text (undefined when the file does not exist) -> the new text. Throws to refuse. */
export type YamlEdit = (text: string | undefined) => string;

export interface FileEdit {
  folder: Folder;
  /** Workspace-relative path of the YAML file. */
  path: string;
  edit: YamlEdit;
}

/** The text the client has for a YAML file, and the version to edit it at. */
interface CurrentYaml {
  text: string | undefined;
  /** Open buffer version; null for a file that is not open (or the new text we sent and the client holds). */
  version: number | null;
}

interface Planned extends CurrentYaml {
  uri: string;
  path: string;
  newText: string;
}

/** An applied edit the server has not yet seen come back (didChange, didOpen, the file on disk). */
interface Unconfirmed {
  baseText: string | undefined;
  baseVersion: number | null;
  text: string;
}

const POLL_MS = 20;

export class AnnotationEditor {
  private readonly locks = new Map<string, Promise<void>>();
  private readonly unconfirmed = new Map<string, Unconfirmed>();

  constructor(private readonly ctx: ServerContext, private readonly settleMs = 2000) {}

  /** Applies the edits as one WorkspaceEdit; true when the client applied it (or nothing changed). */
  async apply(label: string, edits: FileEdit[]): Promise<boolean> {
    const byUri = new Map<string, FileEdit[]>();
    for (const e of edits) {
      const uri = this.ctx.folders.uriOf(e.folder, e.path);
      byUri.set(uri, [...(byUri.get(uri) ?? []), e]);
    }
    const uris = [...byUri.keys()].sort();
    const release = await this.lock(uris);
    let planned: Planned[] = [];
    let applied = false;
    try {
      planned = uris.map((uri) => this.plan(uri, byUri.get(uri)!)).filter((p) => p.newText !== p.text);
      if (planned.length === 0) return true;
      const result = await this.ctx.connection.workspace.applyEdit({ label, edit: this.workspaceEdit(planned) });
      applied = result.applied;
      if (!applied) {
        const files = planned.map((p) => p.path).join(', ');
        void this.ctx.connection.window.showErrorMessage(`FactLens could not edit ${files}: ${result.failureReason ?? 'the editor did not apply the change'}`);
        return false;
      }
      for (const p of planned) this.unconfirmed.set(p.uri, { baseText: p.text, baseVersion: p.version, text: p.newText });
      return true;
    } finally {
      release(applied ? this.settled(planned) : Promise.resolve());
    }
  }

  private plan(uri: string, edits: FileEdit[]): Planned {
    const { folder, path } = edits[0];
    const current = this.current(uri, folder, path);
    let newText: string | undefined = current.text;
    for (const e of edits) {
      try {
        newText = e.edit(newText);
      } catch (error) {
        throw refuse(this.ctx.connection, `${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { ...current, uri, path, newText: newText ?? '' };
  }

  private current(uri: string, folder: Folder, path: string): CurrentYaml {
    const doc = this.ctx.documents.get(uri);
    const pending = this.unconfirmed.get(uri);
    if (doc) {
      if (pending && pending.baseVersion === doc.version && doc.getText() === pending.baseText) {
        throw refuse(this.ctx.connection, `${path}: the previous FactLens edit of this file has not reached the server yet; try again`);
      }
      this.unconfirmed.delete(uri);
      return { text: doc.getText(), version: doc.version };
    }
    const disk = this.readDisk(folder, path);
    // We sent new text for a closed file and nothing came back: the client holds it unsaved.
    if (pending && pending.baseVersion === null && (disk ?? '') === (pending.baseText ?? '')) return { text: pending.text, version: null };
    this.unconfirmed.delete(uri);
    return { text: disk, version: null };
  }

  /** The file's text on disk now (never the index cache, which may lag); undefined when it does not exist. */
  private readDisk(folder: Folder, path: string): string | undefined {
    const file = this.ctx.folders.fsPathOf(folder, path);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
      if (!insideFolder(folder, file)) throw refuse(this.ctx.connection, `${path} links outside the workspace folder; FactLens will not edit it`);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw refuse(this.ctx.connection, `${path}: cannot read the annotation file (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) throw refuse(this.ctx.connection, `${path}: ${decoded.reason}; FactLens will not edit it`);
    return decoded.text;
  }

  private workspaceEdit(planned: Planned[]): WorkspaceEdit {
    const caps = this.ctx.clientCapabilities().workspace?.workspaceEdit;
    const operations = caps?.resourceOperations;
    const canCreate = caps?.documentChanges === true && (operations === undefined || operations.includes('create'));
    if (caps?.documentChanges === true) {
      const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
      for (const p of planned) {
        if (p.text === undefined && canCreate) documentChanges.push(CreateFile.create(p.uri, { ignoreIfExists: true }));
        documentChanges.push(TextDocumentEdit.create({ uri: p.uri, version: p.version }, [minimalEdit(p)]));
      }
      return { documentChanges };
    }
    const changes: Record<string, TextEdit[]> = {};
    for (const p of planned) changes[p.uri] = [minimalEdit(p)];
    return { changes };
  }

  /** Resolves once the server sees every planned file's new text, or after settleMs (the client may never tell). */
  private settled(planned: Planned[]): Promise<void> {
    const deadline = Date.now() + this.settleMs;
    return new Promise((resolve) => {
      const check = () => {
        const waiting = planned.filter((p) => !this.confirmed(p));
        if (waiting.length === 0 || Date.now() >= deadline) resolve();
        else setTimeout(check, POLL_MS);
      };
      check();
    });
  }

  private confirmed(p: Planned): boolean {
    if (!this.unconfirmed.has(p.uri)) return true;
    const doc = this.ctx.documents.get(p.uri);
    let seen: boolean;
    if (doc) seen = doc.version !== p.version || doc.getText() === p.newText;
    else {
      const located = this.ctx.folders.locate(p.uri);
      seen = located !== undefined && this.tryReadDisk(located.folder, located.path) === p.newText;
    }
    if (seen) this.unconfirmed.delete(p.uri);
    return seen;
  }

  private tryReadDisk(folder: Folder, path: string): string | undefined {
    try {
      return this.readDisk(folder, path);
    } catch {
      return undefined;
    }
  }

  /** Waits for earlier edits of these files; the returned function releases them after `after`. */
  private async lock(uris: string[]): Promise<(after: Promise<void>) => void> {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const before = uris.map((uri) => this.locks.get(uri) ?? Promise.resolve());
    const tails = uris.map((uri, i) => {
      const tail = before[i].then(() => gate);
      this.locks.set(uri, tail);
      return tail;
    });
    await Promise.all(before);
    return (after) => {
      void after.then(() => {
        open();
        uris.forEach((uri, i) => {
          if (this.locks.get(uri) === tails[i]) this.locks.delete(uri);
        });
      });
    };
  }
}

/** One replacement covering only what changed (the whole content for a new file). */
function minimalEdit(p: Planned): TextEdit {
  if (p.text === undefined) return TextEdit.insert({ line: 0, character: 0 }, p.newText);
  const edit = textEditFor(p.text, p.newText);
  return TextEdit.replace(toRange(new LineIndex(p.text), edit.start, edit.end), edit.newText);
}

/** Whether a file, symlinks resolved, stays inside its workspace folder. */
function insideFolder(folder: Folder, file: string): boolean {
  const rel = nodePath.relative(fs.realpathSync(folder.root), fs.realpathSync(file));
  return rel !== '' && !rel.startsWith('..') && !nodePath.isAbsolute(rel);
}
