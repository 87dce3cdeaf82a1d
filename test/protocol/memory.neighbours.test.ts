// Articles sharing a claim with an edited article are re-checked only when what they show
// from it changes: at once for a new value, once typing pauses when only the position of a
// conflicting mention moved, and not at all otherwise.
import * as assert from 'assert';
import { Diagnostic } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, startServer, TestServer } from './lspClient';

const A = 'Intro — “quoted” 😀.\r\nOfficials said 1,200 people were killed.\r\n';
const B = 'Others put the toll at 1,400 people killed.\n';
const ann = (article: string, id: string, quote: string) =>
  `article: seeds/${article}\nannotations:\n  - id: ${id}\n    quote: "${quote}"\n    status: unverified\n    claim: toll\n`;

const conflictIn = (ds: Diagnostic[]) => ds.find((d) => d.code === 'claim.conflict');
const relatedStart = (ds: Diagnostic[]) => conflictIn(ds)?.relatedInformation?.[0]?.location.range.start;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('protocol: neighbours of an edited article', () => {
  let server: TestServer;
  let a: string;
  let b: string;
  let version = 1;
  const type = async (line: number, character: number, text: string) => {
    version++;
    const previous = server.diagnostics.get(a);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: a, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
    });
    await server.waitForDiagnostics(a, (ds) => ds !== previous); // a itself, published in the same batch as any neighbour
  };

  before(async () => {
    const root = makeWorkspace({ 'seeds/a.txt': A, 'seeds/b.txt': B, 'annotations/a.yaml': ann('a.txt', 'toll', '1,200 people'), 'annotations/b.yaml': ann('b.txt', 'toll-b', '1,400 people') });
    server = await startServer(root);
    a = await server.open('seeds/a.txt', A);
    b = server.uri('seeds/b.txt');
    await server.waitForDiagnostics(b, (ds) => relatedStart(ds)?.line === 1);
  });
  after(() => server.stop());

  it('does not republish a neighbour when the edit leaves the mentions alone', async () => {
    const published = server.diagnostics.get(b);
    assert.deepStrictEqual(relatedStart(published!), { line: 1, character: 15 });
    await type(1, 40, '!'); // after the mention
    await sleep(600);
    assert.strictEqual(server.diagnostics.get(b), published);
  });

  it('moves the related position once typing pauses when text is typed before the mention', async () => {
    await type(1, 0, 'x');
    await type(1, 0, 'y');
    const ds = await server.waitForDiagnostics(b, (d) => relatedStart(d)?.character === 17);
    assert.deepStrictEqual(relatedStart(ds), { line: 1, character: 17 });
  });

  it('clears the neighbour’s conflict when the mentioned value changes', async () => {
    version++;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: a, version },
      contentChanges: [{ range: { start: { line: 1, character: 17 }, end: { line: 1, character: 22 } }, text: '1,400' }],
    });
    await server.waitForDiagnostics(b, (d) => conflictIn(d) === undefined, 250); // sooner than the pause delay
  });
});
