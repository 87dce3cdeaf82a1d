// Character classes by UTF-16 code, for the scanners' quick checks before a regex (all
// false for NaN, which charCodeAt returns outside the text), and the scanners' small helpers.

export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The blanks that figure patterns allow between words: space, tab, no-break space ([ \t\u00a0]). */
export const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;
/** A regex \w character (without the u flag). */
export const isWordChar = (c: number) => isAsciiLetter(c) || isDigit(c) || c === 0x5f;

/** End of the run of ASCII digits starting at `pos` (`pos` itself when there is none). */
export function digitRunEnd(text: string, pos: number): number {
  let i = pos;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** End of the run of ASCII letters starting at `pos` (`pos` itself when there is none). */
export function letterRunEnd(text: string, pos: number): number {
  let i = pos;
  while (isAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

/** End of the blanks ([ \t\u00a0]*) starting at `pos`. */
export function skipBlanks(text: string, pos: number): number {
  let i = pos;
  while (isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** A sticky regex's match at `pos`, or null. */
export function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
