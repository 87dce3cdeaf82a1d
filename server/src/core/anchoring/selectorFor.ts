// Builds the selector stored with a new annotation: the quote, about 32
// characters of context on each side cut at word boundaries, and the offset.
import { isSpace, isWordChar, safeEnd, safeStart } from './textBounds';
import type { Selector } from './types';

export const DEFAULT_CONTEXT = 32;

/** Start of the prefix: `start - context`, moved forward past a cut word and leading spaces. */
function prefixStart(text: string, start: number, context: number): number {
  let from = safeStart(text, Math.max(0, start - context));
  if (from > 0 && isWordChar(text[from - 1])) {
    let next = from;
    while (next < start && isWordChar(text[next])) next++;
    // Drop the cut word only when enough context remains; a long word is kept cut.
    if (start - next >= context / 2) from = next;
  }
  while (from < start && isSpace(text[from])) from++;
  return from;
}

/** End of the suffix: `end + context`, moved back before a cut word and trailing spaces. */
function suffixEnd(text: string, end: number, context: number): number {
  let to = safeEnd(text, Math.min(text.length, end + context));
  if (to < text.length && isWordChar(text[to])) {
    let prev = to;
    while (prev > end && isWordChar(text[prev - 1])) prev--;
    if (prev - end >= context / 2) to = prev;
  }
  while (to > end && isSpace(text[to - 1])) to--;
  return to;
}

/**
 * The selector for text[start, end). Offsets are UTF-16 code units; a bound that
 * falls inside a surrogate pair is widened to include the whole character.
 * Throws RangeError for offsets outside the text or start > end.
 */
export function selectorFor(text: string, start: number, end: number, context: number = DEFAULT_CONTEXT): Required<Selector> {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`invalid span [${start}, ${end}) for a text of ${text.length} characters`);
  }
  const s = safeStart(text, start);
  const e = safeEnd(text, end);
  const reach = Math.max(0, Math.floor(context));
  return {
    quote: text.slice(s, e),
    prefix: text.slice(prefixStart(text, s, reach), s),
    suffix: text.slice(e, suffixEnd(text, e, reach)),
    offset: s,
  };
}
