// The checks find each figure's covering annotation in one sweep; it must pick exactly what
// annotationCovering picks (the shortest overlapping span, the first of equally short ones).
import * as assert from 'assert';
import fc from 'fast-check';
import type { AnchorResult } from '../../server/src/core/anchoring';
import { coveringAnnotations } from '../../server/src/core/checks/coveringSweep';
import { AnchoredAnnotation, annotationCovering, ResolvedArticle } from '../../server/src/core/resolvedArticle';
import type { Figure } from '../../server/src/core/types';

const LENGTH = 60;

/** An anchored annotation (or one that did not anchor), spans drawn from few lengths so ties and nesting are common. */
const anchoredArb: fc.Arbitrary<AnchorResult> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ start: fc.nat(LENGTH), length: fc.constantFrom(0, 1, 3, 3, 5, 8, 20) }).map(({ start, length }) => ({ status: 'anchored' as const, start, end: Math.min(LENGTH, start + length), method: 'exact' as const })) },
  { weight: 1, arbitrary: fc.constant({ status: 'orphaned' as const, reason: 'gone' }) },
  { weight: 1, arbitrary: fc.constant({ status: 'ambiguous' as const, candidates: [{ start: 2, end: 9 }] as { start: number; end: number }[] }) },
);

function article(results: AnchoredAnnotation['result'][], figures: Figure[]): ResolvedArticle {
  const anchored = results.map((result, i) => ({ annotation: { id: `a${i}` }, file: 'a.yaml', result, figures: [] }) as unknown as AnchoredAnnotation);
  return { article: {}, figures, lines: {}, anchored } as unknown as ResolvedArticle;
}

function figure(start: number, end: number): Figure {
  return { start, end, text: 'x', value: 1, kind: 'count' } as Figure;
}

/** Figures in text order that do not overlap (as detection gives them), some empty. */
const orderedFiguresArb = fc.array(fc.tuple(fc.nat(4), fc.nat(5)), { maxLength: 15 }).map((gaps) => {
  const figures: Figure[] = [];
  let at = 0;
  for (const [gap, length] of gaps) {
    figures.push(figure(at + gap, at + gap + length));
    at += gap + length;
  }
  return figures;
});

/** Figures in any order, overlapping and nested. */
const anyFiguresArb = fc.array(fc.tuple(fc.nat(LENGTH), fc.nat(10)).map(([start, length]) => figure(start, start + length)), { maxLength: 15 });

function check(results: AnchoredAnnotation['result'][], figures: Figure[]): void {
  const resolved = article(results, figures);
  const swept = coveringAnnotations(resolved, figures);
  assert.strictEqual(swept.length, figures.length);
  figures.forEach((f, i) => assert.strictEqual(swept[i], annotationCovering(resolved, f.start, f.end), `figure ${f.start}-${f.end}`));
}

describe('coveringAnnotations', () => {
  it('picks what annotationCovering picks for figures in text order', () => {
    fc.assert(fc.property(fc.array(anchoredArb, { maxLength: 12 }), orderedFiguresArb, check), { numRuns: 2000 });
  });

  it('picks what annotationCovering picks for figures in any order', () => {
    fc.assert(fc.property(fc.array(anchoredArb, { maxLength: 12 }), anyFiguresArb, check), { numRuns: 1000 });
  });

  it('takes the first of equally short spans, not the first to start', () => {
    const later = { status: 'anchored' as const, start: 5, end: 10, method: 'exact' as const };
    const earlier = { status: 'anchored' as const, start: 3, end: 8, method: 'exact' as const };
    const wide = { status: 'anchored' as const, start: 0, end: 20, method: 'exact' as const };
    const resolved = article([wide, later, earlier], [figure(6, 7), figure(12, 13)]);
    const [first, second] = coveringAnnotations(resolved, resolved.figures);
    assert.strictEqual(first, resolved.anchored[1]);
    assert.strictEqual(second, resolved.anchored[0]);
  });
});
