// The figures guard: the numeric content of a text is the sequence of its digit
// runs ("1,200" -> "1200") and number words ("seven", "twenty-five", "dozen").
// An anchor may only land on text whose numeric content equals the quote's, so
// an annotation is never moved from "1,200" to "1,400" or from "seven" to "eight".

export interface NumericToken {
  /** As written: "1,200", "twenty-five", "six-week". */
  raw: string;
  /** Compared form: "1200", "twenty-five", "six". */
  norm: string;
  /** Offset of `raw` in the text it came from. */
  offset: number;
}

const UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen';
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety';
const SCALES = 'hundred thousand million billion trillion bn dozen hundreds thousands millions billions trillions dozens';
const ORDINALS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth ' +
  'sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth hundredth thousandth millionth';
const FRACTIONS = 'half halves quarter quarters thirds fourths fifths sixths sevenths eighths ninths tenths twice thrice';

const NUMBER_WORDS = new Set([UNITS, TENS, SCALES, ORDINALS, FRACTIONS].join(' ').split(' '));

// A digit run with separators and decimals, or a (possibly hyphenated) word.
const TOKEN = /\p{Nd}+(?:[.,]\p{Nd}+)*|\p{L}+(?:[-\u2010\u2011\u2013]\p{L}+)*/gu;
const DIGIT_START = /^\p{Nd}/u;

export function numericTokens(text: string): NumericToken[] {
  const tokens: NumericToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    if (DIGIT_START.test(raw)) {
      // Thousands separators are formatting; decimal points are not.
      tokens.push({ raw, norm: raw.replace(/,/g, ''), offset: m.index! });
      continue;
    }
    const parts = raw.toLowerCase().split(/[-\u2010\u2011\u2013]/).filter((p) => NUMBER_WORDS.has(p));
    if (parts.length > 0) tokens.push({ raw, norm: parts.join('-'), offset: m.index! });
  }
  return tokens;
}

/**
 * Null when both token sequences carry the same figures; otherwise a sentence
 * saying what the candidate text would change, e.g. "changes the figure 1,200 to 1,400".
 */
export function figureChange(quote: NumericToken[], found: NumericToken[]): string | null {
  const n = Math.max(quote.length, found.length);
  for (let i = 0; i < n; i++) {
    const q = quote[i];
    const f = found[i];
    if (q && f && q.norm === f.norm) continue;
    if (q && f) return `changes the figure ${q.raw} to ${f.raw}`;
    if (q) return `drops the figure ${q.raw}`;
    return `adds the figure ${f!.raw}`;
  }
  return null;
}
