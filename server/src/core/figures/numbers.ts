// Reads one number at a position: digits ("40,000", "2.3") or number words
// ("twenty-five", "two hundred and fifty", "a dozen"), plus a following scale word.
// Reads by character codes, and sticky regexes for scale words; each call looks at a
// bounded stretch after `pos`.

import { digitRunEnd, execAt, isAsciiLetter, isBlank, isDigit, letterRunEnd, skipBlanks } from './chars';
import { DIGIT_SCALES, MONEY_ONLY_SCALES, NUMBER_WORDS, WordRole } from './lexicon';
import { WordTable } from './wordTable';

export interface NumberRead {
  start: number;
  end: number;
  value: number;
  /** Written in words ("seven") rather than digits ("7"). */
  words: boolean;
  /** A plain run of digits, no comma, no decimal, no scale ("2023", "101"). */
  plainInt: boolean;
  /** Number of words read (1 for "one", "seven"); 0 for digits. */
  wordCount: number;
  /** Power of ten of a scale word after digits ("million" = 6), 0 without one. */
  scale: number;
}

const SCALE_AFTER_DIGITS_RE = /(?:[ \t\u00a0]?)(thousand|million|billion|trillion|bn|mn|tn|m|k|b)(?![A-Za-z0-9])/iy;
/** The words `readWords` reads: number words, and the articles of "a dozen", "a million". */
const WORDS = new WordTable([...NUMBER_WORDS.keys(), 'a', 'an']);
const SCALE_WORDS = new WordTable(DIGIT_SCALES.keys());
/** Longer runs are not figures (account numbers, hashes, a line of digits). */
const MAX_DIGITS = 16;
/** Numbers of up to this many digits are converted by hand (see numberValue). */
const MAX_EXACT_DIGITS = 15;

/** Digits at `pos` with an optional scale word; null when the run is not a plausible number. */
export function readDigits(text: string, pos: number, money: boolean): NumberRead | null {
  const runEnd = digitRunEnd(text, pos);
  if (runEnd === pos) return null;
  const numEnd = numberEnd(text, pos, runEnd);
  if (numEnd - pos > MAX_DIGITS + 6) return null;
  let end = numEnd;
  let scale = 0;
  const s = mayStartScale(text, end) ? execAt(SCALE_AFTER_DIGITS_RE, text, end) : null;
  if (s) {
    const wordStart = end + s[0].length - s[1].length;
    const word = SCALE_WORDS.find(text, wordStart, wordStart + s[1].length)!;
    const attached = s[0].length === s[1].length;
    if (!MONEY_ONLY_SCALES.has(word) || (money && attached)) {
      scale = DIGIT_SCALES.get(word)!;
      end += s[0].length;
    }
  }
  const value = numberValue(text, pos, numEnd, scale);
  const plainInt = scale === 0 && numEnd === runEnd; // no comma, no decimal
  return { start: pos, end, value, words: false, plainInt, wordCount: 0, scale };
}

/** Exact powers of ten, 10^0 to 10^22, parsed rather than computed. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * The value of the number text[pos, end) (digits, thousands commas, a decimal point) times 10^scale,
 * as Number() parses it. Up to 15 digits, the digits as an integer are exact and so is the power of
 * ten, and one multiplication or division rounds once, like the parse (Clinger's fast path); this
 * spares a string per number. Longer numbers are parsed.
 */
function numberValue(text: string, pos: number, end: number, scale: number): number {
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let point = false;
  for (let i = pos; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c /* , */) continue;
    if (c === 0x2e /* . */) {
      point = true;
      continue;
    }
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    if (point) decimals++;
  }
  if (digits > MAX_EXACT_DIGITS) {
    const raw = text.slice(pos, end).replace(/,/g, '');
    return Number(scale ? `${raw}e${scale}` : raw);
  }
  const exponent = scale - decimals;
  return exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
}

/**
 * End of the number whose first run of digits is pos..runEnd, as /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/
 * reads it: thousands groups after one to three digits ("40,000"), then an optional decimal part.
 */
function numberEnd(text: string, pos: number, runEnd: number): number {
  let end = runEnd;
  if (runEnd - pos <= 3) {
    while (text.charCodeAt(end) === 0x2c /* , */ && digitRunEnd(text, end + 1) >= end + 4) end += 4;
  }
  if (text.charCodeAt(end) === 0x2e /* . */ && isDigit(text.charCodeAt(end + 1))) end = digitRunEnd(text, end + 1);
  return end;
}

/** Whether a scale word may follow at `pos` (after one blank): its first letter is t, m, b or k, in any case. */
function mayStartScale(text: string, pos: number): boolean {
  let c = text.charCodeAt(pos);
  if (isBlank(c)) c = text.charCodeAt(pos + 1);
  const lower = c | 0x20;
  return isAsciiLetter(c) && (lower === 0x74 || lower === 0x6d || lower === 0x62 || lower === 0x6b);
}

/** Number words at `pos`, following English number grammar; stops at the first word that does not fit. */
export function readWords(text: string, pos: number): NumberRead | null {
  let p = pos;
  let total = 0;
  let current = 0;
  let last: WordRole | 'none' | 'zero' = 'none';
  let lastScale = Infinity;
  let end = -1;
  let count = 0;
  let sep = '';
  for (;;) {
    const wordEnd = letterRunEnd(text, p);
    if (wordEnd === p) break;
    const w = WORDS.find(text, p, wordEnd);
    if (w === undefined) break;
    if (last === 'none' && (w === 'a' || w === 'an')) {
      const next = readArticleNumber(text, wordEnd);
      if (!next) return null;
      return { start: pos, end: next.end, value: next.value, words: true, plainInt: false, wordCount: 2, scale: 0 };
    }
    const nw = NUMBER_WORDS.get(w);
    if (!nw || !fits(nw.role, nw.value, last, sep, current, lastScale)) break;
    if (nw.role === 'hundred') current *= 100;
    else if (nw.role === 'scale') { total += current * nw.value; current = 0; lastScale = nw.value; }
    else current += nw.value;
    last = w === 'zero' ? 'zero' : nw.role;
    end = wordEnd;
    count++;
    const sepEnd = separatorEnd(text, end);
    if (sepEnd < 0) break;
    sep = separator;
    p = sepEnd;
  }
  if (end < 0) return null;
  return { start: pos, end, value: total + current, words: true, plainInt: false, wordCount: count, scale: 0 };
}

/** Scratch for `separatorEnd`: the separator it found. */
let separator: ' ' | '-' | 'and' = ' ';

/** End of the separator after a number word at `pos`: " and ", blanks or "-" (in that order of preference), or -1. */
function separatorEnd(text: string, pos: number): number {
  if (text.charCodeAt(pos) === 0x2d) {
    separator = '-';
    return pos + 1;
  }
  const blanksEnd = skipBlanks(text, pos);
  if (blanksEnd === pos) return -1;
  if (text.startsWith('and', blanksEnd) && isBlank(text.charCodeAt(blanksEnd + 3))) {
    separator = 'and';
    return skipBlanks(text, blanksEnd + 3);
  }
  separator = ' ';
  return blanksEnd;
}

/** Whether a number word may follow the words read so far. */
function fits(role: WordRole, value: number, last: WordRole | 'none' | 'zero', sep: string, current: number, lastScale: number): boolean {
  if (last === 'zero') return false;
  if (sep === '-' && !(last === 'tens' && role === 'unit')) return false;
  if (sep === 'and' && !((last === 'hundred' || last === 'scale') && (role === 'unit' || role === 'teen' || role === 'tens'))) return false;
  switch (role) {
    case 'unit':
      if (value === 0) return last === 'none';
      return last === 'none' || last === 'hundred' || last === 'scale' || (last === 'tens' && current % 10 === 0);
    case 'teen':
    case 'tens':
      return last === 'none' || last === 'hundred' || last === 'scale';
    case 'hundred':
      return (last === 'unit' || last === 'teen' || last === 'tens') && current > 0 && current < 100;
    case 'scale':
      return last !== 'none' && last !== 'scale' && current > 0 && value < lastScale;
  }
}

const ARTICLE_NUMBER_RE = /[ \t\u00a0]+(dozen|hundred|thousand|million|billion|trillion)(?![A-Za-z])/iy;

/** "a dozen", "a hundred", "a million" after the article. */
function readArticleNumber(text: string, pos: number): { end: number; value: number } | null {
  ARTICLE_NUMBER_RE.lastIndex = pos;
  const m = ARTICLE_NUMBER_RE.exec(text);
  if (!m) return null;
  const w = m[1].toLowerCase();
  return { end: pos + m[0].length, value: w === 'dozen' ? 12 : NUMBER_WORDS.get(w)!.value };
}
