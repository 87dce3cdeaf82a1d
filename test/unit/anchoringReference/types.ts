// The anchoring contract: what an annotation remembers about its place, and
// what anchoring it against the current article text yields.
import type { Span } from '../../../server/src/core/types';

/** How an annotation finds its text again. Offsets are UTF-16 code units. */
export interface Selector {
  /** Exact article text the annotation is about. */
  quote: string;
  /** Text right before the quote when it was annotated (context, ~32 chars). */
  prefix?: string;
  /** Text right after the quote when it was annotated. */
  suffix?: string;
  /** Offset of the quote when it was annotated: a hint that picks among repeats. */
  offset?: number;
}

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: 'exact' | 'fuzzy' }
  /** Several equally good places: reported, never guessed. */
  | { status: 'ambiguous'; candidates: Span[] }
  /** Cannot be placed with confidence; `reason` is meant for people. */
  | { status: 'orphaned'; reason: string };

/** A possible place for the quote, with what ranking needs to know about it. */
export interface Candidate extends Span {
  /** Edit distance to the quote (0 for exact matches). */
  errors: number;
  /** How many of prefix/suffix agree exactly with the text around the candidate. */
  exactSides: number;
  /** Similarity of prefix + suffix to the text around the candidate, 0..2. */
  similarity: number;
}
