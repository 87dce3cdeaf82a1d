// A small LSP client for the bench (the approach of test/protocol/lspClient.ts): starts the
// built server over stdio, or over Node IPC as VS Code does (transport 'ipc'), answers its
// requests as an editor would, and keeps every publishDiagnostics with the time it arrived.
import { spawn } from 'child_process';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { pathToFileURL } from 'url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

export async function startSession(serverJs, root, nodeArgs = [], transport = 'stdio') {
  const ipc = transport === 'ipc';
  const child = spawn(process.execPath, [...nodeArgs, serverJs, ipc ? '--node-ipc' : '--stdio'], { stdio: ['pipe', 'pipe', 'pipe', ...(ipc ? ['ipc'] : [])], cwd: root });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = ipc
    ? rpc.createProtocolConnection(new rpc.IPCMessageReader(child), new rpc.IPCMessageWriter(child))
    : rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = new Set();
  const latest = new Map();
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
    latest.set(p.uri, p);
    for (const w of [...waiters]) w(p);
  });
  connection.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => ({})));
  connection.onRequest(rpc.RegistrationRequest.type, () => undefined);
  connection.onRequest(rpc.ApplyWorkspaceEditRequest.type, () => ({ applied: true }));
  connection.onNotification(() => undefined);
  connection.listen();
  const uri = (rel) => pathToFileURL(path.join(root, rel)).href;

  const session = {
    pid: child.pid,
    connection,
    uri,
    latest,
    stderr: () => stderr,
    /** Resolves with the first publishDiagnostics for `target` that satisfies `predicate`. */
    diagnostics(target, predicate = () => true, timeoutMs = 120000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no diagnostics for ${target} within ${timeoutMs} ms\n${stderr}`));
        }, timeoutMs);
        const check = (p) => {
          if (p.uri !== target || !predicate(p)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(p);
        };
        waiters.add(check);
      });
    },
    async initialize() {
      const rootUri = pathToFileURL(root).href;
      await connection.sendRequest(rpc.InitializeRequest.type, {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: path.basename(root) }],
        capabilities: {
          workspace: { workspaceFolders: true, configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
          textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
        },
        initializationOptions: { settings: {} },
      });
      await connection.sendNotification(rpc.InitializedNotification.type, {});
    },
    open(rel, version = 1) {
      const text = fs.readFileSync(path.join(root, rel), 'utf8');
      void connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
        textDocument: { uri: uri(rel), languageId: 'plaintext', version, text },
      });
      return { uri: uri(rel), text };
    },
    change(target, version, range, text) {
      void connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
        textDocument: { uri: target, version },
        contentChanges: [{ range, text }],
      });
    },
    request(method, params) {
      return connection.sendRequest(method, params);
    },
    /** Resolves once the server knows `articleCount` articles and its background pass (which ends by publishing every diagnostic) is over. */
    async indexed(articleCount) {
      for (;;) {
        await new Promise((r) => setTimeout(r, 25));
        const summary = await connection.sendRequest('factlens/summary', {});
        if (!summary.indexing && summary.articles >= articleCount) return;
      }
    },
    rssMb() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
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
  return session;
}
