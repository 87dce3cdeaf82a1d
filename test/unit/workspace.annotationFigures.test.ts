// An anchored annotation's figures are found by binary search over the article's
// figures: they must be exactly those that filtering every figure would keep.
import * as assert from 'assert';
import fc from 'fast-check';
import { FactWorkspace } from '../../server/src/core/workspace';

const SEED = Number(process.env.FACTLENS_FUZZ_SEED ?? 20251123);
const PIECES = ['1,200 people', ' killed', ' 40', '%', ' seven', ' hostages', ' in 2023', ', ', '.\n', ' $38 million', ' 12-15', ' aid trucks', ' twenty-five', ' on Monday'];

function yamlString(s: string): string {
  return JSON.stringify(s);
}

describe('FactWorkspace: the figures of an anchored annotation', () => {
  it('are those overlapping its span, in order (as a filter over all figures gives)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40, size: 'max' }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 8 }),
        (pieces, spans) => {
          const text = pieces.join('');
          const quotes = spans.map(([at, length]) => text.slice(at % text.length, (at % text.length) + length)).filter((q) => q.trim() !== '');
          fc.pre(quotes.length > 0);
          const items = quotes.map((q, i) => `  - id: a${i}\n    quote: ${yamlString(q)}\n    status: verified\n`).join('');
          const ws = new FactWorkspace();
          ws.setArticle('seeds/a.txt', text);
          ws.setAnnotationFile('annotations/a.yaml', `article: seeds/a.txt\nannotations:\n${items}`);
          const resolved = ws.resolve('seeds/a.txt')!;
          for (const a of resolved.anchored) {
            const r = a.result;
            const expected = r.status === 'anchored' ? resolved.figures.filter((f) => f.start < r.end && f.end > r.start) : [];
            assert.deepStrictEqual(a.figures, expected);
          }
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});
