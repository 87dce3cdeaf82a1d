// Document and workspace symbols over real LSP: an article's figures by status and its
// annotations, a YAML file's annotations and claims, claims found by query.
import * as assert from 'assert';
import { DocumentSymbol, DocumentSymbolRequest, SymbolInformation, SymbolKind, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { TestServer } from './lspClient';
import { ALPHA, ALPHA_YAML, BETA, BETA_YAML, CLAIMS_YAML, startReadSide } from './readSideWorkspace';

const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

/** "name | detail | l:c-l:c" lines, children indented, for compact exact comparison. */
function outline(symbols: DocumentSymbol[], indent = ''): string[] {
  return symbols.flatMap((s) => {
    const r = s.range;
    const line = `${indent}${s.name} | ${s.detail} | ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
    return [line, ...outline(s.children ?? [], indent + '  ')];
  });
}

describe('protocol: symbols', function () {
  this.timeout(20000);
  let server: TestServer;
  const documentSymbols = (rel: string) =>
    server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: server.uri(rel) } }) as Promise<DocumentSymbol[]>;
  const workspaceSymbols = (query: string) => server.connection.sendRequest(WorkspaceSymbolRequest.type, { query }) as Promise<SymbolInformation[]>;

  before(async () => {
    server = await startReadSide();
  });
  after(() => server.stop());

  it('groups an article’s figures under their status and lists its annotations with their status', async () => {
    assert.deepStrictEqual(outline(await documentSymbols(ALPHA)), [
      'Unverified (2) | figures | 2:29-3:9',
      '  at least 45 | count | 2:29-2:31',
      '  About 300 | count | 3:6-3:9',
      'Disputed (1) | figures | 1:18-1:23',
      '  1,200 | count | 1:18-1:23',
      'Annotations (1) | annotations | 1:18-1:42',
      '  toll-alpha | Disputed · claim first-week-toll | 1:18-1:42',
    ]);
    assert.deepStrictEqual(outline(await documentSymbols(BETA)), [
      'Verified (1) | figures | 3:18-3:23',
      '  1,200 | count | 3:18-3:23',
      'Unverified (2) | figures | 1:18-2:8',
      '  1,400 | count | 1:18-1:23',
      '  Some 300 | count | 2:5-2:8',
      'Annotations (2) | annotations | 1:18-3:70',
      '  toll-beta | Unverified · claim first-week-toll | 1:18-1:42',
      '  toll-beta-repeat | Verified · claim first-week-toll | 3:18-3:70',
    ]);
  });

  it('lists the annotations of a YAML file by id, selecting the id', async () => {
    const symbols = await documentSymbols(BETA_YAML);
    assert.deepStrictEqual(outline(symbols), [
      'toll-beta | Unverified · claim first-week-toll · “1,400 people were killed” | 1:4-4:26',
      'toll-beta-repeat | Verified · claim first-week-toll · “1,200 people were killed in the first w…” | 5:4-11:32',
      'gone | False · “9,999 tanks were destroyed” | 12:4-14:19',
    ]);
    assert.deepStrictEqual(symbols[0].selectionRange, range(1, 8, 1, 17));
    assert.strictEqual((await documentSymbols(ALPHA_YAML)).length, 1); // js-source is invalid and left out
  });

  it('lists the claims of the register', async () => {
    assert.deepStrictEqual(outline(await documentSymbols(CLAIMS_YAML)), [
      'first-week-toll | Disputed · Deaths in the first week of the war | 1:2-1:17',
      'unused-claim | Nobody links to this one | 4:2-4:14',
    ]);
  });

  it('finds claims as workspace symbols, at their entry in the register', async () => {
    assert.deepStrictEqual(await workspaceSymbols('fwt'), [
      {
        name: 'first-week-toll',
        kind: SymbolKind.Constant,
        containerName: 'Deaths in the first week of the war',
        location: { uri: server.uri(CLAIMS_YAML), range: range(1, 2, 1, 17) },
      },
    ]);
    assert.deepStrictEqual((await workspaceSymbols('')).map((s) => s.name), ['first-week-toll', 'unused-claim']);
    assert.deepStrictEqual(await workspaceSymbols('zzz'), []);
  });

  it('places a claim that the register does not list at its first mention', async () => {
    // The register is open (startReadSide opens every file): replace its text with one without the claim.
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: server.uri(CLAIMS_YAML), version: 2 },
      contentChanges: [{ text: 'claims:\n  unused-claim:\n    statement: Nobody links to this one\n' }],
    });
    assert.deepStrictEqual(await workspaceSymbols('first'), [
      { name: 'first-week-toll', kind: SymbolKind.Constant, containerName: 'claim', location: { uri: server.uri(ALPHA), range: range(1, 18, 1, 42) } },
    ]);
  });
});
