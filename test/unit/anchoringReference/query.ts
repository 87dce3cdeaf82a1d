// A selector checked and prepared once per anchoring call: the hint made usable,
// and whether the quote originally began or ended inside a word.
import { splitsToken } from './textBounds';
import type { Selector } from '../../../server/src/core/anchoring/types';

export interface Query {
  quote: string;
  prefix: string;
  suffix: string;
  /** Position hint clamped to the text, or undefined when absent or not a number. */
  hint?: number;
  /** The quote began inside a word when annotated (so a match may too). */
  startsInsideToken: boolean;
  /** The quote ended inside a word when annotated. */
  endsInsideToken: boolean;
}

export function prepareQuery(text: string, selector: Selector): Query {
  const quote = selector.quote;
  const prefix = typeof selector.prefix === 'string' ? selector.prefix : '';
  const suffix = typeof selector.suffix === 'string' ? selector.suffix : '';
  const offset = selector.offset;
  const hint =
    typeof offset === 'number' && Number.isFinite(offset) ? Math.max(0, Math.min(Math.round(offset), text.length)) : undefined;
  return {
    quote,
    prefix,
    suffix,
    hint,
    startsInsideToken: prefix !== '' && splitsToken(prefix + quote, prefix.length),
    endsInsideToken: suffix !== '' && splitsToken(quote + suffix, quote.length),
  };
}
