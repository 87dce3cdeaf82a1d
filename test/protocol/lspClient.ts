// A real LSP client for protocol tests: starts the built server (dist/server.js) over
// stdio and speaks JSON-RPC to it with vscode-languageserver-protocol, as an editor would.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  Diagnostic,
  InitializeRequest,
  InitializedNotification,
  IPCMessageReader,
  IPCMessageWriter,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../unit/paths';

export const SERVER_JS = path.join(REPO_ROOT, 'dist', 'server.js');

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  root: string;
  uri(relPath: string): string;
  /** Latest diagnostics per URI, as published. */
  diagnostics: Map<string, Diagnostic[]>;
  /** Every workspace/applyEdit the server asked for, in order. */
  appliedEdits: ApplyWorkspaceEditParams[];
  /** Waits until `predicate` holds for the diagnostics of `uri` (polls on each publish). */
  waitForDiagnostics(uri: string, predicate: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  open(relPath: string, text?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Copies seeds/ and annotations/ (or a given tree) into a temp folder, the workspace under test. */
const madeWorkspaces: string[] = [];
process.once('exit', () => {
  for (const root of madeWorkspaces) fs.rmSync(root, { recursive: true, force: true });
});

export function makeWorkspace(files?: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-ws-'));
  madeWorkspaces.push(root);
  if (files) {
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
  } else {
    fs.cpSync(path.join(REPO_ROOT, 'seeds'), path.join(root, 'seeds'), { recursive: true });
    fs.cpSync(path.join(REPO_ROOT, 'annotations'), path.join(root, 'annotations'), { recursive: true });
  }
  return root;
}

/** `ipc`: Node IPC, as the VS Code client starts the server; `stdio`: as other editors do. */
export async function startServer(root: string, settings: Record<string, unknown> = {}, transport: 'stdio' | 'ipc' = 'stdio'): Promise<TestServer> {
  if (!fs.existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run "npm run build" first`);
  const ipc = transport === 'ipc';
  const child = spawn(process.execPath, [SERVER_JS, ipc ? '--node-ipc' : '--stdio'], { stdio: ['pipe', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  if (ipc) child.stdout!.on('data', (chunk) => (stderr += chunk));
  const connection = ipc
    ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
    : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, Diagnostic[]>();
  const waiters: (() => void)[] = [];
  const appliedEdits: ApplyWorkspaceEditParams[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p.diagnostics);
    for (const w of waiters.splice(0)) w();
  });
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => settings));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
    appliedEdits.push(p);
    return { applied: true };
  });
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(root) }],
    capabilities: {
      workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
    },
    initializationOptions: { settings },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = (rel: string) => pathToFileURL(path.join(root, rel)).href;

  const server: TestServer = {
    connection,
    process: child,
    root,
    uri,
    diagnostics,
    appliedEdits,
    waitForDiagnostics(target, predicate, timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`timed out waiting for diagnostics of ${target}; last: ${JSON.stringify(diagnostics.get(target)?.map((d) => d.code))}\n${stderr}`));
        }, timeoutMs);
        const check = () => {
          const current = diagnostics.get(target);
          if (current && predicate(current)) {
            clearTimeout(timer);
            resolve(current);
          } else waiters.push(check);
        };
        check();
      });
    },
    async open(rel, text) {
      const content = text ?? fs.readFileSync(path.join(root, rel), 'utf8');
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: uri(rel), languageId: rel.endsWith('.txt') ? 'plaintext' : 'yaml', version: 1, text: content },
      });
      return uri(rel);
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      child.kill();
    },
  };
  return server;
}

/** Applies a WorkspaceEdit's text edits to a text (as a client would), for one URI. */
export function applyEditToText(text: string, edit: WorkspaceEdit, uri: string): string {
  const edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if (TextDocumentEdit.is(change) && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  edits.push(...(edit.changes?.[uri] ?? []));
  const { TextDocument } = require('vscode-languageserver-textdocument') as typeof import('vscode-languageserver-textdocument');
  return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 0, text), edits);
}
