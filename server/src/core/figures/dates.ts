// Calendar dates: "October 7", "January 19, 2025", "7 October 2023", "Oct. 7th",
// "October 2023", "2023-10-07", "7/10/2023". Returns the end of the date or -1.

import { isBlank } from './chars';
import { MONTH_PATTERN } from './lexicon';

const DAY = '(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![A-Za-z0-9:])';
const YEAR = '(?:,?[ \\t\\u00a0]+(1[89]\\d\\d|20\\d\\d)(?![0-9]))?';

const MONTH_FIRST_RE = new RegExp(`${MONTH_PATTERN}[ \\t\\u00a0]+(?:${DAY}${YEAR}|(1[89]\\d\\d|20\\d\\d)(?![0-9]))`, 'y');
const DAY_FIRST_RE = new RegExp(`${DAY.replace('(?![A-Za-z0-9:])', '')}[ \\t\\u00a0]+(?:of[ \\t\\u00a0]+)?${MONTH_PATTERN}(?:[ \\t\\u00a0]+(1[89]\\d\\d|20\\d\\d)(?![0-9]))?`, 'y');
const NUMERIC_RE = /(?:1[89]\d\d|20\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![0-9])|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?![0-9\/])/y;

/** A date starting with a capitalised month name at `pos`. */
export function monthFirstDate(text: string, pos: number): number {
  MONTH_FIRST_RE.lastIndex = pos;
  return MONTH_FIRST_RE.test(text) ? MONTH_FIRST_RE.lastIndex : -1;
}

/**
 * A date starting with digits at `pos`: day-first ("7 October 2023") or numeric ("2023-10-07").
 * `digitsEnd` is the end of the digits at `pos`.
 */
export function digitFirstDate(text: string, pos: number, digitsEnd: number): number {
  if (!mayStartDate(text, pos, digitsEnd)) return -1;
  NUMERIC_RE.lastIndex = pos;
  if (NUMERIC_RE.test(text)) return NUMERIC_RE.lastIndex;
  DAY_FIRST_RE.lastIndex = pos;
  return DAY_FIRST_RE.test(text) ? DAY_FIRST_RE.lastIndex : -1;
}

/** First letters of what follows a day in a day-first date: a month name, or "of". */
const AFTER_DAY_FIRST_CHARS = new Set([...'JFMASONDo'].map((ch) => ch.charCodeAt(0)));

/**
 * Whether the digits at `pos` are followed by what a digit-first date needs, so that most numbers
 * skip the regexes: four digits and "-"; one or two digits and "/"; or one or two digits, perhaps
 * an ordinal suffix ("7th"), blanks, and a month name or "of".
 */
function mayStartDate(text: string, pos: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (end - pos === 4) return next === 0x2d; // -
  if (end - pos > 2) return false;
  if (next === 0x2f) return true; // /
  let i = end;
  if (next === 0x73 || next === 0x6e || next === 0x72 || next === 0x74) i += 2; // st nd rd th
  if (!isBlank(text.charCodeAt(i))) return false;
  while (isBlank(text.charCodeAt(i))) i++;
  return AFTER_DAY_FIRST_CHARS.has(text.charCodeAt(i));
}
