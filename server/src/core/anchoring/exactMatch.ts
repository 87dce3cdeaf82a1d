// The cheap path, run on every keystroke: every exact occurrence of the quote
// (indexOf), minus those that would cut a word or a number the quote did not cut.
// Only the occurrences with the most exactly agreeing context sides are returned.
import { scoreContext } from './ranking';
import { splitsToken } from './textBounds';
import type { Query } from './query';
import type { Candidate } from './types';

/** Above this many equally placed repeats only exact context agreement is scored (similarity costs more). */
const MAX_SIMILARITY_SCORED = 500;

/** Starts of the exact occurrences of the quote that cut no word or number the quote did not cut. */
export function exactStarts(text: string, q: Query): number[] {
  const starts: number[] = [];
  const length = q.quote.length;
  for (let at = text.indexOf(q.quote); at !== -1; at = text.indexOf(q.quote, at + 1)) {
    // "200 people" must not anchor inside "1,200 people".
    if (!q.startsInsideToken && splitsToken(text, at)) continue;
    if (!q.endsInsideToken && splitsToken(text, at + length)) continue;
    starts.push(at);
  }
  return starts;
}

/** The occurrences at `starts` (from exactStarts) whose context agrees best, scored for ranking. */
export function exactCandidates(text: string, q: Query, starts: number[]): Candidate[] {
  const length = q.quote.length;
  const cands: Candidate[] = [];
  let bestSides = 0;
  for (const start of starts) {
    const score = scoreContext(text, start, start + length, q, false);
    bestSides = Math.max(bestSides, score.exactSides);
    cands.push({ start, end: start + length, errors: 0, exactSides: score.exactSides, similarity: score.similarity });
  }
  // Similarity only matters among the repeats whose context agrees best exactly; it is
  // computed for those alone, and only when there are few enough of them.
  const best = cands.filter((c) => c.exactSides === bestSides);
  if (best.length < 2 || best.length > MAX_SIMILARITY_SCORED) return best;
  for (const c of best) c.similarity = scoreContext(text, c.start, c.end, q, true).similarity;
  return best;
}
