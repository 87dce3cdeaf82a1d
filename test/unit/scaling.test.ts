// Catches accidental O(n²): per-keystroke work (re-resolving, claim-index operations,
// diagnostics scheduled) must not grow with the number of articles in the workspace,
// and indexing must cost the same per article at any size. Counts, never timings.
import * as assert from 'assert';
import type { ServerContext } from '../../server/src/context';
import { checkAnnotationFile, checkArticle } from '../../server/src/core/checks';
import { FactWorkspace } from '../../server/src/core/workspace';
import { Diagnostics } from '../../server/src/diagnostics';
import { setFileText } from '../../server/src/documentSync';
import type { Folder } from '../../server/src/folders';
import type { Indexer } from '../../server/src/indexer';

/** 0 -> "a", 25 -> "z", 26 -> "ba": names without digits, so they add no figures. */
function letters(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

const article = (i: number, toll = '1,200') =>
  `Report ${letters(i)}: over ${toll} killed in four days, 45 wounded.\nThe “ceasefire” lasted two weeks — and 😀 then 3 in 4 left.\n`;

/** n articles; every three share a claim (toll-<group>), each linked from its annotation file. */
function workspace(n: number): FactWorkspace {
  const ws = new FactWorkspace();
  const claims: string[] = [];
  for (let i = 0; i < n; i++) {
    const group = letters(Math.floor(i / 3));
    ws.setArticle(`seeds/${letters(i)}.txt`, article(i));
    ws.setAnnotationFile(
      `annotations/${letters(i)}.yaml`,
      `annotations:\n  - id: toll\n    quote: "over 1,200 killed"\n    status: verified\n    claim: toll-${group}\n` +
        `  - id: wounded\n    quote: "45 wounded"\n    status: disputed\n`,
    );
    if (i % 3 === 0) claims.push(`  toll-${group}:\n    statement: Over 1,200 were killed.\n`);
  }
  ws.setAnnotationFile('annotations/claims.yaml', `claims:\n${claims.join('')}`);
  return ws;
}

interface Work {
  resolutions: number;
  operations: number;
  scheduled: number;
}

/** The server's path for one keystroke in article 3: setFileText, then publishing what it scheduled. */
function keystroke(n: number): Work {
  const ws = workspace(n);
  ws.flush();
  const folder = { uri: 'file:///ws', root: '/ws', workspace: ws } as Folder;
  const ctx = { folders: { uriOf: (_f: Folder, p: string) => `file:///ws/${p}` } } as unknown as ServerContext;
  const diagnostics = new Diagnostics(ctx);
  const scheduled: string[] = [];
  diagnostics.schedule = (_f, p) => void scheduled.push(p);
  ctx.diagnostics = diagnostics;
  const indexer = { indexing: false } as Indexer;

  const before = { resolutions: ws.resolutions, operations: ws.claims.operations };
  const path = `seeds/${letters(3)}.txt`;
  setFileText(ctx, indexer, { folder, path, kind: 'article' }, article(3, '1,300'), 2);
  // What Diagnostics.publish computes for each scheduled file.
  for (const p of new Set(scheduled)) (ws.getArticle(p) ? checkArticle(ws, p) : checkAnnotationFile(ws, p));
  return { resolutions: ws.resolutions - before.resolutions, operations: ws.claims.operations - before.operations, scheduled: new Set(scheduled).size };
}

describe('scaling: per-edit work is independent of workspace size', function () {
  this.timeout(20000);
  it('a keystroke re-resolves, re-indexes and re-checks the same amount at 30 and 600 articles', () => {
    const small = keystroke(30);
    const large = keystroke(600);
    assert.deepStrictEqual(large, small);
    // The edited article, its annotation file and the two articles sharing its claim.
    assert.strictEqual(small.scheduled, 4);
    // The edit changed the claimed value: the other two mentions now conflict and are re-checked, not re-resolved.
    assert.strictEqual(small.resolutions, 1);
  });

  it('checking an article that was already indexed does no index work', () => {
    const ws = workspace(20);
    ws.flush();
    const before = { resolutions: ws.resolutions, operations: ws.claims.operations };
    for (const p of ws.articlePaths()) checkArticle(ws, p);
    assert.deepStrictEqual({ resolutions: ws.resolutions, operations: ws.claims.operations }, before);
  });

  it('indexing costs the same per article at any size (linear, not quadratic)', () => {
    const perArticle = (n: number) => {
      const ws = workspace(n);
      ws.flush();
      return { resolutions: ws.resolutions / n, operations: ws.claims.operations / n };
    };
    assert.deepStrictEqual(perArticle(600), perArticle(30));
    assert.strictEqual(perArticle(30).resolutions, 1);
  });

  it('an edit to the claims register does not re-resolve any article', () => {
    const ws = workspace(60);
    ws.flush();
    const before = ws.resolutions;
    ws.setAnnotationFile('annotations/claims.yaml', 'claims:\n  toll-a:\n    statement: Changed.\n');
    for (const p of ws.articlePaths()) checkArticle(ws, p);
    assert.strictEqual(ws.resolutions, before);
  });
});
