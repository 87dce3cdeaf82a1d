// Resolves a selector to a span of the current article text: exact occurrences
// first (cheap, every keystroke), then a bounded fuzzy match guarded so that a
// figure is never changed. What cannot be placed with confidence is orphaned
// with a reason; what could be placed in several equally good ways is ambiguous.
import { exactCandidates } from './exactMatch';
import { fuzzyCandidates, MAX_FUZZY_QUOTE } from '../../../server/src/core/anchoring/fuzzyMatch';
import { prepareQuery } from './query';
import { choose } from '../../../server/src/core/anchoring/ranking';
import type { Span } from '../../../server/src/core/types';
import type { AnchorResult, Candidate, Selector } from '../../../server/src/core/anchoring/types';

/** Ambiguous results list at most this many candidates, in text order. */
export const MAX_REPORTED_CANDIDATES = 20;

function decide(cands: Candidate[], hint: number | undefined, method: 'exact' | 'fuzzy'): AnchorResult {
  const choice = choose(cands, hint);
  if ('winner' in choice) return { status: 'anchored', start: choice.winner.start, end: choice.winner.end, method };
  const candidates: Span[] = choice.tied.slice(0, MAX_REPORTED_CANDIDATES).map(({ start, end }) => ({ start, end }));
  return { status: 'ambiguous', candidates };
}

export function anchor(text: string, selector: Selector): AnchorResult {
  if (typeof selector.quote !== 'string' || selector.quote.trim() === '') {
    return { status: 'orphaned', reason: 'the quote is empty' };
  }
  const q = prepareQuery(text, selector);
  const exact = exactCandidates(text, q);
  if (exact.length > 0) return decide(exact, q.hint, 'exact');

  const fuzzy = fuzzyCandidates(text, q);
  if (fuzzy.passing.length > 0) return decide(fuzzy.passing, q.hint, 'fuzzy');
  if (fuzzy.rejection) return { status: 'orphaned', reason: fuzzy.rejection };
  if (q.quote.length > MAX_FUZZY_QUOTE) {
    return { status: 'orphaned', reason: `quote not found in the article (it is too long to look for an edited version: ${q.quote.length} characters)` };
  }
  if (!fuzzy.complete) {
    return { status: 'orphaned', reason: 'quote not found in the article (a large article: searched near the position hint and the quote\u2019s figures and words)' };
  }
  return { status: 'orphaned', reason: 'quote not found in the article' };
}
