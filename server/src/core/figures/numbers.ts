// Reads one number at a position: digits ("40,000", "2.3") or number words
// ("twenty-five", "two hundred and fifty", "a dozen"), plus a following scale word.
// Sticky regexes only; each call looks at a bounded stretch after `pos`.

import { DIGIT_SCALES, MONEY_ONLY_SCALES, NUMBER_WORDS, WordRole } from './lexicon';

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

const DIGITS_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const SCALE_AFTER_DIGITS_RE = /(?:[ \t\u00a0]?)(thousand|million|billion|trillion|bn|mn|tn|m|k|b)(?![A-Za-z0-9])/iy;
const WORD_RE = /[A-Za-z]+/y;
const SEP_RE = /[ \t\u00a0]+and[ \t\u00a0]+|[ \t\u00a0]+|-/y;
/** Longer runs are not figures (account numbers, hashes, a line of digits). */
const MAX_DIGITS = 16;

/** Digits at `pos` with an optional scale word; null when the run is not a plausible number. */
export function readDigits(text: string, pos: number, money: boolean): NumberRead | null {
  DIGITS_RE.lastIndex = pos;
  const m = DIGITS_RE.exec(text);
  if (!m || m[0].length > MAX_DIGITS + 6) return null;
  const raw = m[0];
  const digits = raw.indexOf(',') >= 0 ? raw.replace(/,/g, '') : raw;
  let end = pos + raw.length;
  let scale = 0;
  SCALE_AFTER_DIGITS_RE.lastIndex = end;
  const s = SCALE_AFTER_DIGITS_RE.exec(text);
  if (s) {
    const word = s[1].toLowerCase();
    const attached = s[0].length === s[1].length;
    if (!MONEY_ONLY_SCALES.has(word) || (money && attached)) {
      scale = DIGIT_SCALES.get(word)!;
      end += s[0].length;
    }
  }
  const value = Number(scale ? `${digits}e${scale}` : digits);
  const plainInt = scale === 0 && digits.length === raw.length && raw.indexOf('.') < 0;
  return { start: pos, end, value, words: false, plainInt, wordCount: 0, scale };
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
    WORD_RE.lastIndex = p;
    const m = WORD_RE.exec(text);
    if (!m) break;
    const w = m[0].toLowerCase();
    if (last === 'none' && (w === 'a' || w === 'an')) {
      const next = readArticleNumber(text, WORD_RE.lastIndex);
      if (!next) return null;
      return { start: pos, end: next.end, value: next.value, words: true, plainInt: false, wordCount: 2, scale: 0 };
    }
    const nw = NUMBER_WORDS.get(w);
    if (!nw || !fits(nw.role, nw.value, last, sep, current, lastScale)) break;
    if (nw.role === 'hundred') current *= 100;
    else if (nw.role === 'scale') { total += current * nw.value; current = 0; lastScale = nw.value; }
    else current += nw.value;
    last = w === 'zero' ? 'zero' : nw.role;
    end = WORD_RE.lastIndex;
    count++;
    SEP_RE.lastIndex = end;
    const s = SEP_RE.exec(text);
    if (!s) break;
    sep = s[0] === '-' ? '-' : s[0].indexOf('and') >= 0 ? 'and' : ' ';
    p = SEP_RE.lastIndex;
  }
  if (end < 0) return null;
  return { start: pos, end, value: total + current, words: true, plainInt: false, wordCount: count, scale: 0 };
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
