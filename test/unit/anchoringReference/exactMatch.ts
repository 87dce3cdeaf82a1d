// The cheap path, run on every keystroke: every exact occurrence of the quote
// (indexOf), minus those that would cut a word or a number the quote did not cut.
// Only the occurrences with the most exactly agreeing context sides are returned.
import { scoreContext } from '../../../server/src/core/anchoring/ranking';
import { splitsToken } from './textBounds';
import type { Query } from './query';
import type { Candidate } from '../../../server/src/core/anchoring/types';

/** Above this many equally placed repeats only exact context agreement is scored (similarity costs more). */
const MAX_SIMILARITY_SCORED = 500;

export function exactCandidates(text: string, q: Query): Candidate[] {
  const spans: number[] = [];
  for (let at = text.indexOf(q.quote); at !== -1; at = text.indexOf(q.quote, at + 1)) {
    const end = at + q.quote.length;
    // "200 people" must not anchor inside "1,200 people".
    if (!q.startsInsideToken && splitsToken(text, at)) continue;
    if (!q.endsInsideToken && splitsToken(text, end)) continue;
    spans.push(at);
  }
  const cands = spans.map((start) => {
    const end = start + q.quote.length;
    return { start, end, errors: 0, ...scoreContext(text, start, end, q, false) };
  });
  // Similarity only matters among the repeats whose context agrees best exactly; it is
  // computed for those alone, and only when there are few enough of them.
  let bestSides = 0;
  for (const c of cands) bestSides = Math.max(bestSides, c.exactSides);
  const best = cands.filter((c) => c.exactSides === bestSides);
  if (best.length < 2 || best.length > MAX_SIMILARITY_SCORED) return best;
  return best.map((c) => ({ ...c, ...scoreContext(text, c.start, c.end, q, true) }));
}
