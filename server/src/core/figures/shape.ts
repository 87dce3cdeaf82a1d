// Given a number just read, looks at what follows it to decide the figure's kind
// and extent: a percent sign, a range ("10-15", "two or three days"), a ratio
// ("3 in 4"), a fraction ("two-thirds"), a time unit ("four days", "60-day"), a
// currency word, or a clock time (then it is not a figure).

import type { Figure, FigureKind } from '../types';
import { isBlank, letterRunEnd, skipBlanks } from './chars';
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

/** Words that make a unit after a number. */
const UNIT_WORDS = new WordTable([...TIME_UNITS.keys(), ...CURRENCY_WORDS.keys()]);
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
  const c = text.charCodeAt(pos);
  const isDigit = c >= 48 && c <= 57;
  if (isDigit === first.words) return null;
  return isDigit ? readDigits(text, pos, money !== undefined) : readWords(text, pos);
}

/** The unit right after `pos`: percent, time unit or currency word, with its end. */
function unitAfter(text: string, pos: number): { unit: string; kind: FigureKind; end: number } | null {
  const c = text.charCodeAt(pos);
  if (c !== 0x25 /* % */ && !isBlank(c)) return null;
  const wordStart = skipBlanks(text, pos);
  const first = text.charCodeAt(wordStart);
  if (first === 0x25 || (first | 0x20) === 0x70 /* p */) {
    PERCENT_RE.lastIndex = pos;
    const pc = PERCENT_RE.exec(text);
    if (pc) return { unit: /points?$/i.test(pc[0]) ? 'percentage point' : 'percent', kind: 'percent', end: PERCENT_RE.lastIndex };
  }
  // The word after the blanks ([ \t\u00a0]+[A-Za-z]+), looked up in place.
  if (wordStart === pos) return null;
  const wordEnd = letterRunEnd(text, wordStart);
  const word = UNIT_WORDS.find(text, wordStart, wordEnd);
  if (word === undefined) return null;
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

function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const lower = (c: number) => c | 0x20;
const isRangeDash = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2014; // - – —

/** Whether RANGE_SEP_RE may match, from the character after the number and the first one after blanks. */
function mayOpenRange(next: number, nextWord: number): boolean {
  if (isRangeDash(next)) return true;
  const w = lower(nextWord);
  return isBlank(next) && (isRangeDash(nextWord) || w === 0x74 || w === 0x6f || w === 0x61); // to, or, and
}

/** Whether RATIO_SEP_RE may match: a blank, then "in" or "out of". */
function mayOpenRatio(next: number, nextWord: number): boolean {
  const w = lower(nextWord);
  return isBlank(next) && (w === 0x69 || w === 0x6f);
}

/** Whether CLOCK_RE may match: "am", "pm", "a.m." or "o'clock", right after the number or one blank. */
function mayOpenClock(next: number, second: number): boolean {
  const isClockLetter = (c: number) => lower(c) === 0x61 || lower(c) === 0x70 || lower(c) === 0x6f;
  return isClockLetter(next) || (isBlank(next) && isClockLetter(second));
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
  const nextWord = text.charCodeAt(skipBlanks(text, p));
  // Ranges: "10-15", "two or three days", "$10-15 billion", "between 10 and 15".
  const sep = mayOpenRange(next, nextWord) ? execAt(RANGE_SEP_RE, text, p) : null;
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
  if (mayOpenRatio(next, nextWord) && RATIO_SEP_RE.test(text)) {
    const b = readLike(text, RATIO_SEP_RE.lastIndex, a, undefined);
    if (b && DENOMINATORS.has(b.value) && b.value > a.value && !unitAfter(text, b.end)) {
      return { figure: figure(text, start, b.end, round3(a.value / b.value), 'ratio'), end: b.end };
    }
  }
  // Hyphenated adjectives: "60-day", "six-week", "12-year-old"; other compounds ("two-state") are not figures.
  const h = next === 0x2d || next === 0x2011 ? execAt(HYPHEN_WORD_RE, text, p) : null;
  if (h) {
    const word = UNIT_WORDS.find(text, p + 1, p + 1 + h[1].length);
    const time = word === undefined ? undefined : TIME_UNITS.get(word);
    const end = HYPHEN_WORD_RE.lastIndex;
    if (time && time === word) {
      return { figure: figure(text, start, end, a.value, h[2] ? 'count' : 'duration', h[2] ? `${time}-old` : time), end };
    }
    return { figure: null, end };
  }
  CLOCK_RE.lastIndex = p;
  if (mayOpenClock(next, text.charCodeAt(p + 1)) && CLOCK_RE.test(text)) return { figure: null, end: CLOCK_RE.lastIndex };
  const u = unitAfter(text, p);
  if (u && !(money && u.kind !== 'percent')) {
    return { figure: figure(text, start, u.end, a.value, u.kind, u.unit), end: u.end };
  }
  if (money) return { figure: figure(text, start, p, a.value, 'money', money), end: p };
  if (a.plainInt && a.value >= 1800 && a.value <= 2100 && p - a.start === 4) {
    return { figure: figure(text, start, p, null, 'date', 'year'), end: p };
  }
  return { figure: figure(text, start, p, a.value, 'count'), end: p };
}
