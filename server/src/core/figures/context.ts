// Local shapes that make a number not a figure: list numbering at a line start, the
// idioms where "one" is not a quantity, and the token to skip over for names and codes
// ("COVID-19", "3.2.1"). Each check reads a short, bounded stretch of text.

import { previousWord } from './before';

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

const ONE_PRONOUN_BEFORE = new Set([
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
  if (ONE_PRONOUN_BEFORE.has(previousWord(text, start))) return true;
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
