// Definition and references over real LSP: YAML annotation <-> article span, claim value ->
// claims register, and every mention of a claim across articles.
import * as assert from 'assert';
import { DefinitionRequest, Location, ReferencesRequest } from 'vscode-languageserver-protocol/node';
import { TestServer } from './lspClient';
import { ALPHA, ALPHA_YAML, BETA, BETA_YAML, CLAIMS_YAML, startReadSide } from './readSideWorkspace';

const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

describe('protocol: navigation', function () {
  this.timeout(20000);
  let server: TestServer;
  const at = (rel: string, line: number, character: number) => ({ textDocument: { uri: server.uri(rel) }, position: { line, character } });
  const definition = (rel: string, line: number, character: number) =>
    server.connection.sendRequest(DefinitionRequest.type, at(rel, line, character)) as Promise<Location[] | null>;
  const references = (rel: string, line: number, character: number, includeDeclaration: boolean) =>
    server.connection.sendRequest(ReferencesRequest.type, { ...at(rel, line, character), context: { includeDeclaration } });
  const loc = (rel: string, r: ReturnType<typeof range>) => ({ uri: server.uri(rel), range: r });

  before(async () => {
    server = await startReadSide();
  });
  after(() => server.stop());

  describe('definition', () => {
    it('goes from anywhere in a YAML annotation to its span in the article (after CRLF and emoji lines)', async () => {
      const expected = [loc(ALPHA, range(1, 18, 1, 42))];
      assert.deepStrictEqual(await definition(ALPHA_YAML, 4, 8), expected); // status: disputed
      assert.deepStrictEqual(await definition(ALPHA_YAML, 2, 2), expected); // the "- " of the item
      assert.deepStrictEqual(await definition(ALPHA_YAML, 10, 20), expected); // inside a source's quote
    });

    it('goes from a `claim:` value to the claim in the register', async () => {
      assert.deepStrictEqual(await definition(ALPHA_YAML, 5, 14), [loc(CLAIMS_YAML, range(1, 2, 1, 17))]);
    });

    it('goes from an annotated figure in the article to its annotation in the YAML file', async () => {
      assert.deepStrictEqual(await definition(ALPHA, 1, 20), [loc(ALPHA_YAML, range(2, 4, 15, 23))]);
      assert.deepStrictEqual(await definition(BETA, 3, 19), [loc(BETA_YAML, range(5, 4, 11, 32))]);
    });

    it('has no definition for an unannotated figure or an orphaned annotation', async () => {
      assert.strictEqual(await definition(ALPHA, 3, 7), null);
      assert.strictEqual(await definition(BETA_YAML, 13, 8), null);
    });
  });

  describe('references', () => {
    const mentions = () => [loc(ALPHA, range(1, 18, 1, 42)), loc(BETA, range(1, 18, 1, 42)), loc(BETA, range(3, 18, 3, 70))];

    it('lists every mention of a claim from a claim-linked span in an article', async () => {
      assert.deepStrictEqual(await references(ALPHA, 1, 30, false), mentions());
    });

    it('adds the claim in the register when the declaration is included', async () => {
      assert.deepStrictEqual(await references(BETA, 1, 20, true), [loc(CLAIMS_YAML, range(1, 2, 1, 17)), ...mentions()]);
    });

    it('works from a `claim:` value in an annotation file and from the register', async () => {
      assert.deepStrictEqual(await references(BETA_YAML, 4, 15, false), mentions());
      assert.deepStrictEqual(await references(CLAIMS_YAML, 1, 5, false), mentions());
    });

    it('finds nothing for a figure without a claim', async () => {
      assert.strictEqual(await references(ALPHA, 3, 7, true), null);
    });
  });
});
