// Helpers for the write-side protocol tests: run a server command, and an "editor" that
// applies the server's workspace/applyEdit the way a real client does (open buffers by
// version with didChange, closed files on disk with a watched-files event).
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import {
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditRequest,
  CreateFile,
  Diagnostic,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  FileEvent,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TestServer } from './lspClient';

export function execute<T = { applied: boolean; annotationId?: string; file?: string; claim?: string }>(
  server: TestServer,
  command: string,
  args: unknown,
): Promise<T> {
  return server.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] }) as Promise<T>;
}

/** Runs a command that must fail; returns the error (code and message). */
export async function executeFails(server: TestServer, command: string, args: unknown): Promise<{ code: number; message: string }> {
  try {
    await execute(server, command, args);
  } catch (error) {
    return error as { code: number; message: string };
  }
  throw new Error(`${command} succeeded but should have failed`);
}

export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

export function figureDiagnostic(diagnostics: Diagnostic[], text: string): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === 'figure.unverified' && (d.data as { figure?: { text?: string } }).figure?.text === text);
}

/** The position range of the first occurrence of `needle` (after `from`) in `text`. */
export function rangeOf(text: string, needle: string, from = 0): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  return { start: doc.positionAt(start), end: doc.positionAt(start + needle.length) };
}

export interface Editor {
  /** Open buffers the editor holds (uri -> document). */
  buffers: Map<string, TextDocument>;
  open(rel: string, text?: string): Promise<string>;
  change(uri: string, text: string): Promise<void>;
  text(uri: string): string;
  /** Every applyEdit request received, in order. */
  received: ApplyWorkspaceEditParams[];
}

/**
 * Replaces the test client's applyEdit handler with one that behaves like an editor:
 * edits of open buffers are checked against their version, applied and reported with
 * didChange; closed files are created/edited on disk and reported as watched-file changes.
 */
export function attachEditor(server: TestServer): Editor {
  const buffers = new Map<string, TextDocument>();
  const received: ApplyWorkspaceEditParams[] = [];
  const conn = server.connection;
  const editor: Editor = {
    buffers,
    received,
    async open(rel, text) {
      const uri = await server.open(rel, text);
      buffers.set(uri, TextDocument.create(uri, 'yaml', 1, text ?? fs.readFileSync(fileURLToPath(uri), 'utf8')));
      return uri;
    },
    async change(uri, text) {
      const doc = buffers.get(uri)!;
      const next = TextDocument.create(uri, doc.languageId, doc.version + 1, text);
      buffers.set(uri, next);
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ text }] });
    },
    text(uri) {
      return buffers.get(uri)?.getText() ?? fs.readFileSync(fileURLToPath(uri), 'utf8');
    },
  };
  conn.onRequest(ApplyWorkspaceEditRequest.type, async (params) => {
    received.push(params);
    server.appliedEdits.push(params);
    const changed: string[] = [];
    for (const change of params.edit.documentChanges ?? []) {
      if (CreateFile.is(change)) {
        const file = fileURLToPath(change.uri);
        if (!fs.existsSync(file)) {
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, '');
        }
        else if (!change.options?.ignoreIfExists) return { applied: false, failureReason: 'exists' };
      } else if (TextDocumentEdit.is(change)) {
        const { uri, version } = change.textDocument;
        const doc = buffers.get(uri);
        if (doc) {
          if (version !== null && version !== doc.version) return { applied: false, failureReason: `version ${version} != ${doc.version}` };
          await editor.change(uri, TextDocument.applyEdits(doc, change.edits as TextEdit[]));
        } else {
          const file = fileURLToPath(uri);
          const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
          fs.writeFileSync(file, TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 0, before), change.edits as TextEdit[]));
          changed.push(uri);
        }
      }
    }
    if (changed.length) {
      await conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changed.map((uri): FileEvent => ({ uri, type: FileChangeType.Changed })) });
    }
    return { applied: true };
  });
  return editor;
}
