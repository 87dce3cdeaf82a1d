// Figure detection: one global regex finds candidate starts (a digit, a number
// word, a month name: see candidates.ts); each candidate is read over a short
// stretch, with quick character checks before sticky regexes, and the scan resumes
// after whatever was consumed. Text with no digit and no number word costs one
// regex pass and nothing else.

import type { Figure } from '../types';
import { identifierBefore, qualifierBefore } from './before';
import { Candidate, candidateWord, MONTH_NAMES, nextCandidate } from './candidates';
import { digitRunEnd, isBlank, isDigit, isWordChar } from './chars';
import { clockOrPhoneEnd, listNumberAt, oneIsIdiom, tokenEnd } from './context';
import { digitFirstDate, monthFirstDate } from './dates';
import { CURRENCY_SIGNS, NUMBER_WORDS } from './lexicon';
import { NumberRead, readDigits, readWords } from './numbers';
import { shapeFigure } from './shape';

const CURRENCY_BEFORE_RE = /(?:US\$|[$€£¥₪₹]|\b(?:USD|EUR|GBP|ILS)[ \t\u00a0]?)$/;
/** What a currency before a number ends with (a sign, or the last letter of a code): most numbers have none. */
const CURRENCY_LAST_CHARS = new Set([...'$€£¥₪₹DRPS'].map((ch) => ch.charCodeAt(0)));
/** "a third of", "a quarter of", "half of": the figure is the part before "of". */
const FRACTION_ARTICLE_RE = /(an?[ \t\u00a0]+(third|quarter)|half)(?=[ \t\u00a0]+of\b)/iy;
const HALF_SCALE_RE = /half[ \t\u00a0]+an?[ \t\u00a0]+(dozen|hundred|thousand|million|billion)\b/iy;
const NAME_PREFIXES = /(?:^|[^A-Za-z])(?:mid|pre|post|early|late|over|under)[-‑]$/i;

/** Every figure in `text`, sorted by start, non-overlapping. Offsets are UTF-16 code units. */
export function detectFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const found: Candidate = { start: 0, end: 0 };
  let from = 0;
  while (nextCandidate(text, from, found)) {
    const pos = found.start;
    const next = isDigit(text.charCodeAt(pos)) ? scanDigits(text, pos, out) : scanWord(text, pos, found.end, out);
    from = Math.max(next, pos + 1);
  }
  return out;
}

const isLetterOrUnderscore = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** A candidate starting with a digit; returns where the scan continues. */
function scanDigits(text: string, pos: number, out: Figure[]): number {
  const before = text.charCodeAt(pos - 1);
  // Names and codes with digits: "G7", "A320", "COVID-19", "F-16" (but "mid-2024" is a year).
  if (isWordChar(before)) return tokenEnd(text, pos);
  if ((before === 0x2d || before === 0x2011) && isLetterOrUnderscore(text.charCodeAt(pos - 2))) {
    if (!NAME_PREFIXES.test(text.slice(Math.max(0, pos - 8), pos))) return tokenEnd(text, pos);
  }
  const listEnd = listNumberAt(text, pos);
  if (listEnd >= 0) return listEnd;
  const digitsEnd = digitRunEnd(text, pos);
  const dateEnd = digitFirstDate(text, pos, digitsEnd);
  if (dateEnd >= 0) return push(out, { start: pos, end: dateEnd, text: text.slice(pos, dateEnd), value: null, kind: 'date' });
  const clockEnd = clockOrPhoneEnd(text, pos, digitsEnd);
  if (clockEnd >= 0) return clockEnd;
  if (identifierBefore(text, pos)) return tokenEnd(text, pos);
  const cur = mayFollowCurrency(text, pos) ? CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, pos - 4), pos)) : null;
  const money = cur ? CURRENCY_SIGNS.get(cur[0].trim()) : undefined;
  const a = readDigits(text, pos, money !== undefined);
  if (!a) return tokenEnd(text, pos);
  // Digits glued to letters or more digits: "19th", "3D", "1990s", "3.2.1", "24/7", "1,2345".
  const after = text.charCodeAt(a.end);
  const glued = after === 0x2e || after === 0x2c || after === 0x2f; // . , /
  if (isWordChar(after) || (glued && isDigit(text.charCodeAt(a.end + 1)))) {
    return tokenEnd(text, pos);
  }
  const start = cur ? pos - cur[0].length : pos;
  return finish(text, out, a, start, money);
}

/** Whether a currency may end right before `pos` (across one blank after a code): the regex can match only then. */
function mayFollowCurrency(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos - 1);
  return CURRENCY_LAST_CHARS.has(isBlank(c) ? text.charCodeAt(pos - 2) : c);
}

/** A candidate starting with a word: a number word, "a dozen", "half of", or a month name. It ends at `end`. */
function scanWord(text: string, pos: number, end: number, out: Figure[]): number {
  const lower = candidateWord(text, pos);
  if (MONTH_NAMES.has(lower) && isCapitalised(text, pos, end)) {
    const dateEnd = monthFirstDate(text, pos);
    if (dateEnd >= 0) return push(out, { start: pos, end: dateEnd, text: text.slice(pos, dateEnd), value: null, kind: 'date' });
  }
  const article = lower === 'a' || lower === 'an';
  if (lower === 'half' || article) {
    FRACTION_ARTICLE_RE.lastIndex = pos;
    const frac = FRACTION_ARTICLE_RE.exec(text);
    if (frac) {
      const value = frac[2] === undefined ? 0.5 : frac[2].toLowerCase() === 'third' ? 0.333 : 0.25;
      const fracEnd = pos + frac[1].length;
      return push(out, { start: pos, end: fracEnd, text: frac[1], value, kind: 'ratio' }, qualifierBefore(text, pos, false));
    }
    if (lower === 'half') {
      HALF_SCALE_RE.lastIndex = pos;
      const h = HALF_SCALE_RE.exec(text);
      if (!h) return end;
      const scale = h[1].toLowerCase() === 'dozen' ? 12 : NUMBER_WORDS.get(h[1].toLowerCase())!.value;
      return finish(text, out, { start: pos, end: HALF_SCALE_RE.lastIndex, value: scale / 2, words: true, plainInt: false, wordCount: 3, scale: 0 }, pos, undefined);
    }
  }
  if (!article && !NUMBER_WORDS.has(lower)) return end;
  const before = text.charCodeAt(pos - 1);
  if (before === 0x2d || before === 0x2011 || isDigit(before)) return tokenEnd(text, pos);
  const a = readWords(text, pos);
  if (!a) return end;
  if (identifierBefore(text, pos)) return a.end;
  return finish(text, out, a, pos, undefined);
}

/** Whether the ASCII letters text[start, end) are a capital and then lower case ("October", not "OCTOBER"). */
function isCapitalised(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90) return false;
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) < 97) return false;
  return true;
}

function finish(text: string, out: Figure[], a: NumberRead, start: number, money: string | undefined): number {
  let qualifier = qualifierBefore(text, start, false);
  const shaped = shapeFigure(text, a, start, money, qualifier === 'between');
  const f = shaped.figure;
  if (!f) return shaped.end;
  if (f.kind === 'count' && a.words && a.wordCount === 1 && a.value === 1 && oneIsIdiom(text, f.start, f.end, qualifier !== undefined)) {
    return shaped.end;
  }
  if (qualifier === 'between' && f.kind !== 'range') qualifier = undefined;
  if (!qualifier && (f.kind === 'duration' || (f.kind === 'range' && f.unit !== undefined))) {
    qualifier = qualifierBefore(text, start, true);
  }
  return push(out, f, qualifier);
}

function push(out: Figure[], f: Omit<Figure, 'qualifier'>, qualifier?: string): number {
  const fig: Figure = f;
  if (qualifier !== undefined && f.kind !== 'date') fig.qualifier = qualifier;
  out.push(fig);
  return f.end;
}
