// Over Node IPC (how the VS Code client starts the server) the server publishes the same
// diagnostics as over stdio. Its IPC writer settles each write only once the message is sent,
// and the indexer waits on that between files, so a writer that never settled would stall here.
import * as assert from 'assert';
import { Diagnostic } from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'url';
import { makeWorkspace, startServer, TestServer } from './lspClient';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function indexed(server: TestServer): Promise<void> {
  for (;;) {
    const summary = await server.connection.sendRequest<{ indexing: boolean; articles: number }>('factlens/summary', {});
    if (!summary.indexing && summary.articles > 0) return;
    await sleep(20);
  }
}

/**
 * Published diagnostics by workspace-relative path, with the workspace's own URI taken out,
 * and without `data.version`: an unopened article's version follows the order in which the
 * indexer's reads finished, which differs from run to run whatever the transport.
 */
function published(server: TestServer): Record<string, Diagnostic[]> {
  const rootUri = pathToFileURL(server.root).href;
  const out: Record<string, Diagnostic[]> = {};
  for (const [uri, ds] of [...server.diagnostics].sort(([a], [b]) => a.localeCompare(b))) {
    const withoutVersions = JSON.stringify(ds, (key, value) => (key === 'version' ? undefined : value));
    out[uri.slice(rootUri.length)] = JSON.parse(withoutVersions.split(rootUri).join('<root>'));
  }
  return out;
}

describe('protocol: Node IPC transport', () => {
  const servers: TestServer[] = [];
  after(() => Promise.all(servers.map((s) => s.stop())));

  it('indexes the workspace and publishes the same diagnostics as over stdio', async () => {
    const overIpc = await startServer(makeWorkspace(), {}, 'ipc');
    const overStdio = await startServer(makeWorkspace(), {}, 'stdio');
    servers.push(overIpc, overStdio);
    await Promise.all([indexed(overIpc), indexed(overStdio)]);
    const ipc = published(overIpc);
    assert.ok(Object.keys(ipc).some((p) => p.endsWith('.txt') && ipc[p].length > 0), 'articles have diagnostics');
    assert.deepStrictEqual(ipc, published(overStdio));
  });
});
