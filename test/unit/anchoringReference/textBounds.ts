// Character-level boundary rules: words, numbers glued by separators, and UTF-16
// surrogate pairs. A span must never split any of them unless the quote did.

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const DIGIT = /\p{Nd}/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && DIGIT.test(ch);
}

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

const HYPHENS = '-\u2010\u2011\u2013';

/** A separator that glues its neighbours into one token: "1,200", "2.3", "twenty-five", "10-15". */
function glues(sep: string | undefined, before: string | undefined, after: string | undefined): boolean {
  if (sep === ',' || sep === '.') return isDigit(before) && isDigit(after);
  return sep !== undefined && sep !== '' && HYPHENS.includes(sep) && isWordChar(before) && isWordChar(after);
}

/**
 * True when `pos` lies inside a token: between two word characters, or beside a
 * separator inside a number or a hyphenated word ("1,|200", "1|,200", "twenty-|five").
 */
export function splitsToken(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return false;
  const before = text[pos - 1];
  const after = text[pos];
  if (isWordChar(before) && isWordChar(after)) return true;
  return glues(after, before, text[pos + 1]) || glues(before, text[pos - 2], after);
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `pos` falls between the two halves of a surrogate pair. */
export function splitsSurrogate(text: string, pos: number): boolean {
  return pos > 0 && pos < text.length && isHigh(text.charCodeAt(pos - 1)) && isLow(text.charCodeAt(pos));
}

/** Moves a start offset left out of a surrogate pair. */
export function safeStart(text: string, pos: number): number {
  return splitsSurrogate(text, pos) ? pos - 1 : pos;
}

/** Moves an end offset right out of a surrogate pair. */
export function safeEnd(text: string, pos: number): number {
  return splitsSurrogate(text, pos) ? pos + 1 : pos;
}
