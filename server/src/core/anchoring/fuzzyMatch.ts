// The fallback when the quote no longer occurs verbatim: approximate matching
// (approx-string-match, Myers' bit-parallel algorithm) within the search plan,
// each match snapped to whole words and checked by the figures guard.
import { approxSearch } from './approxSearch';
import { figureChange, numericTokens } from './numericContent';
import { scoreContext } from './ranking';
import { planSearch } from './searchPlan';
import { isSpace, safeEnd, safeStart, splitsToken } from './textBounds';
import type { Query } from './query';
import type { Candidate } from './types';

/** Longer quotes are not fuzzy-matched: their cost grows with their length. */
export const MAX_FUZZY_QUOTE = 2000;
/** How far a match may be widened to reach a word boundary. */
const MAX_GROW = 64;

export interface FuzzyOutcome {
  /** Matches that keep the quote's figures, one per place. */
  passing: Candidate[];
  /** Why the closest match was refused, when it was refused by the figures guard. */
  rejection?: string;
  /** False when a large article was only searched in part. */
  complete: boolean;
}

/** Errors allowed: about a quarter of the quote. */
export function maxErrorsFor(quote: string): number {
  return Math.floor(quote.length / 4);
}

/** Trims stray whitespace the quote lacks and widens the span to whole words and numbers. */
function refine(text: string, start: number, end: number, q: Query): { start: number; end: number; grown: number } | null {
  if (!isSpace(q.quote[0])) while (start < end && isSpace(text[start])) start++;
  if (!isSpace(q.quote[q.quote.length - 1])) while (end > start && isSpace(text[end - 1])) end--;
  if (start >= end) return null;
  let grown = 0;
  while (!q.startsInsideToken && splitsToken(text, start)) if (++grown > MAX_GROW) return null; else start--;
  while (!q.endsInsideToken && splitsToken(text, end)) if (++grown > MAX_GROW) return null; else end++;
  return { start: safeStart(text, start), end: safeEnd(text, end), grown };
}

/** Overlapping matches are one place: keep the fewest errors, then the length nearest the quote's. */
function onePerPlace(cands: Candidate[], quoteLength: number): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || a.end - b.end);
  const places: Candidate[][] = [];
  let placeEnd = -1;
  for (const c of sorted) {
    if (c.start < placeEnd) places[places.length - 1].push(c);
    else places.push([c]);
    placeEnd = Math.max(placeEnd, c.end);
  }
  const fit = (c: Candidate) => Math.abs(c.end - c.start - quoteLength);
  return places.map((g) => g.reduce((best, c) => (c.errors < best.errors || (c.errors === best.errors && fit(c) < fit(best)) ? c : best)));
}

export function fuzzyCandidates(text: string, q: Query): FuzzyOutcome {
  const maxErrors = maxErrorsFor(q.quote);
  if (maxErrors < 1 || q.quote.length > MAX_FUZZY_QUOTE) return { passing: [], complete: true };
  const figures = numericTokens(q.quote);
  const plan = planSearch(text, q, figures, maxErrors);
  const seen = new Set<string>();
  const passing: Candidate[] = [];
  let closestRefused: { errors: number; reason: string } | undefined;
  for (const w of plan.windows) {
    for (const m of approxSearch(text, w.start, w.end, q.quote, maxErrors)) {
      const span = refine(text, m.start, m.end, q);
      if (!span || seen.has(`${span.start}:${span.end}`)) continue;
      seen.add(`${span.start}:${span.end}`);
      const errors = m.errors + span.grown;
      const change = figureChange(figures, numericTokens(text.slice(span.start, span.end)));
      if (change === null) passing.push({ start: span.start, end: span.end, errors, exactSides: 0, similarity: 0 });
      else if (!closestRefused || errors < closestRefused.errors) closestRefused = { errors, reason: `closest match ${change}` };
    }
  }
  const places = onePerPlace(passing, q.quote.length).map((c) => ({ ...c, ...scoreContext(text, c.start, c.end, q, true) }));
  // A closer match that changes a figure means the annotated figure itself was edited.
  const bestPassing = places.reduce((min, c) => Math.min(min, c.errors), Infinity);
  if (closestRefused && closestRefused.errors < bestPassing) return { passing: [], rejection: closestRefused.reason, complete: plan.complete };
  return { passing: places, rejection: closestRefused?.reason, complete: plan.complete };
}
