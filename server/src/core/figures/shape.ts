// Given a number just read, looks at what follows it to decide the figure's kind
// and extent: a percent sign, a range ("10-15", "two or three days"), a ratio
// ("3 in 4"), a fraction ("two-thirds"), a time unit ("four days", "60-day"), a
// currency word, or a clock time (then it is not a figure).

import type { Figure, FigureKind } from '../types';
import { execAt, isBlank, isDigit, letterRunEnd, skipBlanks } from './chars';
import { CURRENCY_WORDS, FRACTIONS, TIME_UNITS } from './lexicon';
import { NumberRead, readDigits, readWords } from './numbers';
import { WordTable } from './wordTable';

/** The figure found, or null with `end` telling the scanner what to skip. */
export interface Shaped {
  figure: Omit<Figure, 'qualifier'> | null;
  end: number;
}

const SP = '[ \\t\\u00a0]';
const PERCENT_RE = new RegExp(`${SP}?%|${SP}+(?:percent|per${SP}cent)(?![A-Za-z])(?:${SP}+points?(?![A-Za-z]))?|${SP}+percentage${SP}+points?(?![A-Za-z])`, 'iy');
const RANGE_SEP_RE = new RegExp(`${SP}*[-–—]${SP}*(?=[0-9$€£])|${SP}+(to|or|and)${SP}+`, 'iy');
const RATIO_SEP_RE = new RegExp(`${SP}+(?:in|out${SP}+of)${SP}+`, 'iy');
const HYPHEN_WORD_RE = /[-‑]([A-Za-z]+)(-old(?![A-Za-z]))?/y;
const CLOCK_RE = new RegExp(`${SP}?(?:[ap]\\.m\\.|[ap]m(?![A-Za-z])|o['’]clock)`, 'iy');
const MONEY_SIGN_RE = /[$€£¥₪₹]/y;
const DENOMINATORS = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20, 25, 50, 100, 1000, 10000, 100000, 1000000]);

/** The words that matter right after a number: units, and the words of ranges and ratios. */
const NEXT_WORDS = new WordTable([
  ...TIME_UNITS.keys(), ...CURRENCY_WORDS.keys(), 'percent', 'per', 'percentage', 'to', 'or', 'and', 'in', 'out',
]);
const FRACTION_WORDS = new WordTable(FRACTIONS.keys());

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function figure(text: string, start: number, end: number, value: number | null, kind: FigureKind, unit?: string): Omit<Figure, 'qualifier'> {
  const f: Omit<Figure, 'qualifier'> = { start, end, text: text.slice(start, end), value, kind };
  if (unit !== undefined) f.unit = unit;
  return f;
}

/** A second number of the same form (digits or words) at `pos`. */
function readLike(text: string, pos: number, first: NumberRead, money: string | undefined): NumberRead | null {
  if (money !== undefined) {
    MONEY_SIGN_RE.lastIndex = pos;
    if (MONEY_SIGN_RE.test(text)) pos++;
  }
  const digit = isDigit(text.charCodeAt(pos));
  if (digit === first.words) return null;
  return digit ? readDigits(text, pos, money !== undefined) : readWords(text, pos);
}

/** The unit right after `pos`: percent, time unit or currency word, with its end. */
function unitAfter(text: string, pos: number): { unit: string; kind: FigureKind; end: number } | null {
  const c = text.charCodeAt(pos);
  if (c !== 0x25 /* % */ && !isBlank(c)) return null;
  const wordStart = skipBlanks(text, pos);
  const wordEnd = letterRunEnd(text, wordStart);
  return unitOf(text, pos, wordStart, wordEnd, NEXT_WORDS.find(text, wordStart, wordEnd));
}

/**
 * `unitAfter` once the word after the blanks at `pos` is read ([ \t\u00a0]+[A-Za-z]+, looked up
 * in place): text[wordStart, wordEnd), `word` when it is in NEXT_WORDS. PERCENT_RE runs only when it may match.
 */
function unitOf(text: string, pos: number, wordStart: number, wordEnd: number, word: string | undefined): { unit: string; kind: FigureKind; end: number } | null {
  if (text.charCodeAt(wordStart) === 0x25 || word === 'percent' || word === 'per' || word === 'percentage') {
    PERCENT_RE.lastIndex = pos;
    const pc = PERCENT_RE.exec(text);
    if (pc) return { unit: /points?$/i.test(pc[0]) ? 'percentage point' : 'percent', kind: 'percent', end: PERCENT_RE.lastIndex };
  }
  if (wordStart === pos || word === undefined) return null;
  const time = TIME_UNITS.get(word);
  if (time) return { unit: time, kind: 'duration', end: wordEnd };
  const cur = CURRENCY_WORDS.get(word);
  if (cur) return { unit: cur, kind: 'money', end: wordEnd };
  return null;
}

/** The fraction word, lower-cased, after one "-" or blank at `pos` ("two-thirds", "three quarters"). */
function fractionWordAfter(text: string, pos: number): string | undefined {
  const c = text.charCodeAt(pos);
  if (c !== 0x2d && !isBlank(c)) return undefined;
  return FRACTION_WORDS.find(text, pos + 1, letterRunEnd(text, pos + 1));
}

const lower = (c: number) => c | 0x20;
const isRangeDash = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2014; // - – —

/** Whether RANGE_SEP_RE may match at `pos`: a dash after blanks, or blanks and "to", "or" or "and". */
function mayOpenRange(text: string, pos: number, wordStart: number, word: string | undefined): boolean {
  if (isRangeDash(text.charCodeAt(wordStart))) return true;
  return wordStart > pos && (word === 'to' || word === 'or' || word === 'and');
}

/** Whether RATIO_SEP_RE may match at `pos`: blanks and "in" or "out". */
function mayOpenRatio(pos: number, wordStart: number, word: string | undefined): boolean {
  return wordStart > pos && (word === 'in' || word === 'out');
}

/** Whether CLOCK_RE may match at `pos`: "am", "pm", "a.m." or "o'clock", right after the number or one blank. */
function mayOpenClock(text: string, pos: number): boolean {
  const at = isBlank(text.charCodeAt(pos)) ? pos + 1 : pos;
  const c = lower(text.charCodeAt(at));
  const d = text.charCodeAt(at + 1);
  if (c === 0x61 || c === 0x70) return d === 0x2e || lower(d) === 0x6d; // a. p. am pm
  return c === 0x6f && (d === 0x27 || d === 0x2019); // o' o’
}

export function shapeFigure(text: string, a: NumberRead, start: number, money: string | undefined, between: boolean): Shaped {
  let p = a.end;
  // Fractions: "two-thirds", "three quarters", "one half".
  if (a.words && a.wordCount === 1 && a.value >= 1 && a.value <= 9) {
    const word = fractionWordAfter(text, p);
    const den = word === undefined ? undefined : FRACTIONS.get(word);
    if (den && den > a.value) {
      const end = p + 1 + word!.length;
      return { figure: figure(text, start, end, round3(a.value / den), 'ratio'), end };
    }
  }
  // Each regex below runs only when the characters after the number allow it (see the may… checks):
  // most numbers are followed by a blank and a plain word, or by punctuation.
  const next = text.charCodeAt(p);
  const wordStart = skipBlanks(text, p);
  const wordEnd = letterRunEnd(text, wordStart);
  const word = NEXT_WORDS.find(text, wordStart, wordEnd);
  // Ranges: "10-15", "two or three days", "$10-15 billion", "between 10 and 15".
  const sep = mayOpenRange(text, p, wordStart, word) ? execAt(RANGE_SEP_RE, text, p) : null;
  if (sep && (sep[1] === undefined || sep[1].toLowerCase() !== 'and' || between)) {
    const b = readLike(text, RANGE_SEP_RE.lastIndex, a, money);
    if (b) {
      const low = a.scale === 0 && b.scale > 0 ? Number(`${a.value}e${b.scale}`) : a.value;
      if (b.value > low) {
        const u = unitAfter(text, b.end);
        const end = u ? u.end : b.end;
        const f = figure(text, start, end, null, 'range', money ?? u?.unit);
        f.low = low;
        f.high = b.value;
        return { figure: f, end };
      }
      if (sep[1] === undefined) return { figure: null, end: b.end }; // "3-2", "2023-24": a score or label
    }
  }
  // Ratios: "3 in 4", "nine in ten", "one out of five".
  RATIO_SEP_RE.lastIndex = p;
  if (mayOpenRatio(p, wordStart, word) && RATIO_SEP_RE.test(text)) {
    const b = readLike(text, RATIO_SEP_RE.lastIndex, a, undefined);
    if (b && DENOMINATORS.has(b.value) && b.value > a.value && !unitAfter(text, b.end)) {
      return { figure: figure(text, start, b.end, round3(a.value / b.value), 'ratio'), end: b.end };
    }
  }
  // Hyphenated adjectives: "60-day", "six-week", "12-year-old"; other compounds ("two-state") are not figures.
  const h = next === 0x2d || next === 0x2011 ? execAt(HYPHEN_WORD_RE, text, p) : null;
  if (h) {
    const unitWord = NEXT_WORDS.find(text, p + 1, p + 1 + h[1].length);
    const time = unitWord === undefined ? undefined : TIME_UNITS.get(unitWord);
    const end = HYPHEN_WORD_RE.lastIndex;
    if (time && time === unitWord) {
      return { figure: figure(text, start, end, a.value, h[2] ? 'count' : 'duration', h[2] ? `${time}-old` : time), end };
    }
    return { figure: null, end };
  }
  CLOCK_RE.lastIndex = p;
  if (mayOpenClock(text, p) && CLOCK_RE.test(text)) return { figure: null, end: CLOCK_RE.lastIndex };
  const u = next === 0x25 /* % */ || isBlank(next) ? unitOf(text, p, wordStart, wordEnd, word) : null;
  if (u && !(money && u.kind !== 'percent')) {
    return { figure: figure(text, start, u.end, a.value, u.kind, u.unit), end: u.end };
  }
  if (money) return { figure: figure(text, start, p, a.value, 'money', money), end: p };
  if (a.plainInt && a.value >= 1800 && a.value <= 2100 && p - a.start === 4) {
    return { figure: figure(text, start, p, null, 'date', 'year'), end: p };
  }
  return { figure: figure(text, start, p, a.value, 'count'), end: p };
}
