// textDocument/codeLens over real LSP: the summary lens, claim lenses with mention counts,
// conflict lenses (1,200 vs 1,400) and suggestion lenses for likely-same figures.
import * as assert from 'assert';
import { CodeLens, CodeLensRequest } from 'vscode-languageserver-protocol/node';
import { ClientCommands, Commands } from '../../server/src/protocol';
import { TestServer } from './lspClient';
import { ALPHA, ALPHA_YAML, BETA, startReadSide } from './readSideWorkspace';

const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

describe('protocol: code lens', function () {
  this.timeout(20000);
  let server: TestServer;
  const lenses = (rel: string) => server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: server.uri(rel) } }) as Promise<CodeLens[]>;
  const titles = (list: CodeLens[]) => list.map((l) => l.command?.title);

  before(async () => {
    server = await startReadSide();
  });
  after(() => server.stop());

  it('summarises the article at its top and lists claim, conflict and suggestion lenses in order', async () => {
    assert.deepStrictEqual(titles(await lenses(ALPHA)), [
      'FactLens: 3 figures · 2 unverified · 1 disputed',
      'claim `first-week-toll` · 2 more mentions in 1 other article',
      '⚠ conflicting values: 1,200 here vs 1,400 in beta line 2',
      '“300” possibly the same as beta line 3 — link?',
    ]);
    assert.deepStrictEqual(titles(await lenses(BETA)), [
      'FactLens: 3 figures · 1 verified · 2 unverified · 1 orphaned annotation',
      'claim `first-week-toll` · 2 more mentions in this and 1 other article',
      '⚠ conflicting values: 1,400 here vs 1,200 in alpha line 2 (+1 more mention)',
      '“300” possibly the same as alpha line 4 — link?',
      'claim `first-week-toll` · 2 more mentions in this and 1 other article',
      '⚠ conflicting values: 1,200 here vs 1,400 at line 2',
    ]);
  });

  it('puts the summary lens on the first line', async () => {
    const [summary] = await lenses(ALPHA);
    assert.deepStrictEqual(summary.range, range(0, 0, 0, 0));
    assert.strictEqual(summary.command?.command, ClientCommands.openProblems);
  });

  it('opens the other mentions of a claim with factlens.showMentions(uri, position, locations)', async () => {
    const claim = (await lenses(ALPHA))[1];
    assert.deepStrictEqual(claim.range, range(1, 18, 1, 42));
    assert.strictEqual(claim.command?.command, ClientCommands.showMentions);
    assert.deepStrictEqual(claim.command?.arguments, [
      server.uri(ALPHA),
      { line: 1, character: 18 },
      [
        { uri: server.uri(BETA), range: range(1, 18, 1, 42) },
        { uri: server.uri(BETA), range: range(3, 18, 3, 70) },
      ],
    ]);
  });

  it('shows only the mentions with a different value from the conflict lens', async () => {
    const conflict = (await lenses(ALPHA))[2];
    assert.deepStrictEqual(conflict.range, range(1, 18, 1, 42));
    assert.deepStrictEqual(conflict.command?.arguments, [server.uri(ALPHA), { line: 1, character: 18 }, [{ uri: server.uri(BETA), range: range(1, 18, 1, 42) }]]);
  });

  it('links a likely-same figure with factlens.server.linkFigures', async () => {
    const suggestion = (await lenses(ALPHA))[3];
    assert.deepStrictEqual(suggestion.range, range(3, 6, 3, 9));
    assert.strictEqual(suggestion.command?.command, Commands.linkFigures);
    assert.deepStrictEqual(suggestion.command?.arguments, [
      { uri: server.uri(ALPHA), range: range(3, 6, 3, 9), otherUri: server.uri(BETA), otherRange: range(2, 5, 2, 8), version: 1, otherVersion: 1 },
    ]);
  });

  it('follows an edit: a new figure is counted and the lenses move with their lines', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: server.uri(ALPHA), version: 2 },
      contentChanges: [{ range: range(0, 0, 0, 0), text: 'Seven ministers met.\r\n' }],
    });
    const list = await lenses(ALPHA);
    assert.strictEqual(list[0].command?.title, 'FactLens: 4 figures · 3 unverified · 1 disputed');
    assert.deepStrictEqual(list[1].range, range(2, 18, 2, 42));
  });

  it('gives no lenses for YAML files', async () => {
    assert.deepStrictEqual(await lenses(ALPHA_YAML), []);
  });
});
