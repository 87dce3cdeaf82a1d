// Choosing among candidate places: fewest errors, then context agreement (exact
// sides first, then similarity), then closeness to the position hint. When no
// rule separates the best candidates, the caller reports them as ambiguous.
import { similarity } from './similarity';
import type { Query } from './query';
import type { Candidate } from './types';

/** Similarity sums closer than this are treated as equal evidence. */
const SIMILARITY_MARGIN = 0.1;

/** Scores how well the text around [start, end) agrees with the remembered context. */
export function scoreContext(text: string, start: number, end: number, q: Query, withSimilarity: boolean): Pick<Candidate, 'exactSides' | 'similarity'> {
  let exactSides = 0;
  let sim = 0;
  if (q.prefix !== '') {
    if (text.endsWith(q.prefix, start)) {
      exactSides++;
      sim += 1;
    } else if (withSimilarity) {
      sim += similarity(q.prefix, text.slice(Math.max(0, start - q.prefix.length), start), 'end');
    }
  }
  if (q.suffix !== '') {
    if (text.startsWith(q.suffix, end)) {
      exactSides++;
      sim += 1;
    } else if (withSimilarity) {
      sim += similarity(q.suffix, text.slice(end, end + q.suffix.length), 'start');
    }
  }
  return { exactSides, similarity: sim };
}

export type Choice = { winner: Candidate } | { tied: Candidate[] };

function keepBest(cands: Candidate[], key: (c: Candidate) => number, margin = 0): Candidate[] {
  let best = -Infinity;
  for (const c of cands) best = Math.max(best, key(c));
  return cands.filter((c) => key(c) >= best - margin);
}

export function choose(cands: Candidate[], hint: number | undefined): Choice {
  let best = keepBest(cands, (c) => -c.errors);
  best = keepBest(best, (c) => c.exactSides);
  best = keepBest(best, (c) => c.similarity, SIMILARITY_MARGIN);
  if (best.length === 1) return { winner: best[0] };
  if (hint !== undefined) {
    const byDistance = [...best].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
    if (Math.abs(byDistance[0].start - hint) < Math.abs(byDistance[1].start - hint)) return { winner: byDistance[0] };
  }
  return { tied: best.sort((a, b) => a.start - b.start) };
}
