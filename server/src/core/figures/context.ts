// Local shapes that make a number not a figure: list numbering at a line start, the
// idioms where "one" is not a quantity, clock times and phone numbers, and the token
// to skip for names and codes ("COVID-19", "3.2.1"). Each reads a short, bounded stretch.

import { previousWordIn } from './before';
import { isDigit } from './chars';
import { WordTable } from './wordTable';

const LIST_NUMBER_RE = /\d{1,3}(?:\.\d{1,3})*[.)](?=\s|$)/y;

/** "1." or "2)" opening a line (after spaces or a bullet): numbering, not a figure. Returns its end or -1. */
export function listNumberAt(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0x2022 /* • */ || c === 0x2d /* - */ || c === 0x2a /* * */) i--;
    else break;
  }
  if (i >= 0 && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) return -1;
  LIST_NUMBER_RE.lastIndex = pos;
  return LIST_NUMBER_RE.test(text) ? LIST_NUMBER_RE.lastIndex : -1;
}

const ONE_PRONOUN_BEFORE = new WordTable([
  'no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'another', 'someone', 'anyone', 'everyone',
  'little', 'such', 'last', 'first', 'next', 'right', 'wrong', 'same', 'other', 'one', 'for',
]);
const NEXT_WORD_RE = /[ \t\u00a0]+([A-Za-z]+)|(['’]s\b)|[ \t\u00a0]*([,.;:!?)”"'’]|$)/y;
const ONE_PRONOUN_AFTER = new Set([
  'of', 'another', 'in', 'on', 'at', 'who', 'whom', 'whose', 'that', 'which', 'by', 'is', 'was', 'has', 'had',
  'would', 'could', 'can', 'will', 'should', 'must', 'may', 'might', 'does', 'did', 'and', 'or', 'to', 'for',
  'with', 'from', 'as', 'but', 'if', 'than', 'thing', 'way', 'hand', 'day', 'time', 'point', 'side', 'one',
]);

/**
 * Whether a bare "one" (start..end) is a pronoun or idiom: "no one", "one of the most", "the one in Gaza",
 * "for one,". After a qualifier ("only one.") a clause-final "one" is still a count.
 */
export function oneIsIdiom(text: string, start: number, end: number, qualified: boolean): boolean {
  if (previousWordIn(text, start, ONE_PRONOUN_BEFORE)) return true;
  NEXT_WORD_RE.lastIndex = end;
  const next = NEXT_WORD_RE.exec(text);
  if (!next) return false;
  if (next[2] !== undefined) return true;
  if (next[3] !== undefined) return !qualified;
  return ONE_PRONOUN_AFTER.has(next[1].toLowerCase());
}

const TOKEN_RE = /[A-Za-z0-9]*(?:[-.,:/‑][A-Za-z0-9]+)*/y;

/** End of the alphanumeric token (with inner - . , : /) running on from `pos`: what to skip. */
export function tokenEnd(text: string, pos: number): number {
  TOKEN_RE.lastIndex = pos;
  TOKEN_RE.test(text);
  return Math.max(TOKEN_RE.lastIndex, pos + 1);
}

const CLOCK_RE = /[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t\u00a0]?(?:[ap]\.m\.|[ap]m\b))?/iy;
const PHONE_RE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,5}){1,4}(?![0-9])/y;

/**
 * End of a clock time ("10:30", "9:15 pm") or phone number ("+1 202-555-0123") at `pos`, or -1.
 * `digitsEnd` is the end of the digits at `pos`.
 */
export function clockOrPhoneEnd(text: string, pos: number, digitsEnd: number): number {
  // Quick checks first: a clock needs one or two digits and ":", a phone number the shape in mayStartPhone.
  if (digitsEnd - pos <= 2 && text.charCodeAt(digitsEnd) === 0x3a /* : */) {
    CLOCK_RE.lastIndex = pos;
    if (CLOCK_RE.test(text)) return CLOCK_RE.lastIndex;
  }
  const before = text.charCodeAt(pos - 1);
  const start = before === 0x28 /* ( */ || before === 0x2b /* + */ ? pos - 1 : pos;
  if (start === pos && !mayStartPhone(text, pos, digitsEnd)) return -1;
  PHONE_RE.lastIndex = start;
  if (!PHONE_RE.test(text)) return -1;
  return looksLikePhone(text, start, PHONE_RE.lastIndex) ? PHONE_RE.lastIndex : -1;
}

/**
 * Whether the digits pos..digitsEnd (with no "(" or "+" before them) may open a phone number:
 * two to four digits, then a space, "." or "-", then a digit.
 */
function mayStartPhone(text: string, pos: number, digitsEnd: number): boolean {
  const sep = text.charCodeAt(digitsEnd);
  const digits = digitsEnd - pos;
  return digits >= 2 && digits <= 4 && (sep === 0x20 || sep === 0x2e || sep === 0x2d) && isDigit(text.charCodeAt(digitsEnd + 1));
}

/** At least seven digits and a telling shape (a "+", parentheses, or two separators). */
function looksLikePhone(text: string, start: number, end: number): boolean {
  let digits = 0;
  let seps = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 0x2d || c === 0x2e || c === 0x20) seps++;
  }
  const c0 = text.charCodeAt(start);
  return digits >= 7 && (c0 === 0x2b || c0 === 0x28 || seps >= 2);
}
