// The custom requests of protocol.ts over real LSP: factlens/articleState, factlens/claims,
// factlens/summary (and that the summary follows edits).
import * as assert from 'assert';
import { ArticleState, ArticleStateRequest, ClaimInfo, ClaimsRequest, Summary, SummaryRequest } from '../../server/src/protocol';
import { TestServer } from './lspClient';
import { ALPHA, ALPHA_YAML, BETA, BETA_YAML, startReadSide } from './readSideWorkspace';

const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

describe('protocol: custom requests', function () {
  this.timeout(20000);
  let server: TestServer;
  const articleState = (rel: string) => server.connection.sendRequest(ArticleStateRequest, { uri: server.uri(rel) }) as Promise<ArticleState | null>;
  const summary = (rel?: string) => server.connection.sendRequest(SummaryRequest, { uri: rel && server.uri(rel) }) as Promise<Summary>;

  before(async () => {
    server = await startReadSide();
  });
  after(() => server.stop());

  it('factlens/articleState gives each figure with its status and each annotation with its place', async () => {
    assert.deepStrictEqual(await articleState(BETA), {
      uri: server.uri(BETA),
      version: 1,
      figures: [
        { range: range(1, 18, 1, 23), text: '1,400', kind: 'count', value: 1400, status: 'unverified', annotationId: 'toll-beta', claim: 'first-week-toll' },
        { range: range(2, 5, 2, 8), text: '300', kind: 'count', value: 300, status: 'unverified' },
        { range: range(3, 18, 3, 23), text: '1,200', kind: 'count', value: 1200, status: 'verified', annotationId: 'toll-beta-repeat', claim: 'first-week-toll' },
      ],
      annotations: [
        { id: 'toll-beta', status: 'unverified', claim: 'first-week-toll', range: range(1, 18, 1, 42), orphaned: false },
        { id: 'toll-beta-repeat', status: 'verified', claim: 'first-week-toll', range: range(3, 18, 3, 70), orphaned: false },
        { id: 'gone', status: 'false', orphaned: true },
      ],
      annotationFile: server.uri(BETA_YAML),
    });
  });

  it('factlens/articleState uses UTF-16 positions after emoji and CRLF', async () => {
    const state = await articleState(ALPHA);
    assert.deepStrictEqual(state?.figures.map((f) => [f.text, f.range]), [
      ['1,200', range(1, 18, 1, 23)],
      ['45', range(2, 29, 2, 31)],
      ['300', range(3, 6, 3, 9)],
    ]);
    assert.strictEqual(state?.annotationFile, server.uri(ALPHA_YAML));
  });

  it('factlens/articleState answers null for files that are not articles', async () => {
    assert.strictEqual(await articleState(ALPHA_YAML), null);
  });

  it('factlens/claims lists every claim with its mentions and whether they conflict', async () => {
    const claims = (await server.connection.sendRequest(ClaimsRequest, {})) as ClaimInfo[];
    assert.deepStrictEqual(claims, [
      {
        id: 'first-week-toll',
        statement: 'Deaths in the first week of the war',
        verdict: 'disputed',
        conflict: true,
        mentions: [
          { uri: server.uri(ALPHA), range: range(1, 18, 1, 42), text: '1,200 people were killed', annotationId: 'toll-alpha', status: 'disputed' },
          { uri: server.uri(BETA), range: range(1, 18, 1, 42), text: '1,400 people were killed', annotationId: 'toll-beta', status: 'unverified' },
          {
            uri: server.uri(BETA), range: range(3, 18, 3, 70), text: '1,200 people were killed in the first week, a figure',
            annotationId: 'toll-beta-repeat', status: 'verified',
          },
        ],
      },
      { id: 'unused-claim', statement: 'Nobody links to this one', mentions: [], conflict: false },
    ]);
  });

  it('factlens/summary counts unverified figures in the article and the workspace', async () => {
    assert.deepStrictEqual(await summary(ALPHA), { workspace: 4, articles: 2, indexing: false, article: 2 });
    assert.deepStrictEqual(await summary(), { workspace: 4, articles: 2, indexing: false });
  });

  it('factlens/summary follows an edit that adds a figure', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: server.uri(BETA), version: 2 },
      contentChanges: [{ range: range(0, 0, 0, 0), text: 'Twelve ministers met. ' }],
    });
    assert.deepStrictEqual(await summary(BETA), { workspace: 5, articles: 2, indexing: false, article: 3 });
    assert.strictEqual((await articleState(BETA))?.version, 2);
  });
});
