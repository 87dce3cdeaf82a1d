// Converts between FactLens offsets (UTF-16 code units) and the character counts other
// formats use: code points (W3C TextPositionSelector, brat) and, for brat's line-based
// text files, code points of the text with CRLF collapsed to LF.
//
// Each "extra" is the first unit of a two-unit character (a surrogate pair, or a CRLF
// when collapsing): counted as one character, so every extra before an offset lowers the
// character count by one. Lookups are binary searches over the sorted extras.

export class OffsetMap {
  private readonly extras: number[] = [];

  constructor(readonly text: string, options: { collapseCrlf?: boolean } = {}) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      const crlf = options.collapseCrlf === true && c === 13 && next === 10;
      if (pair || crlf) {
        this.extras.push(i);
        i++;
      }
    }
  }

  /** Characters in the text. */
  get length(): number {
    return this.text.length - this.extras.length;
  }

  /** UTF-16 offset -> character offset. An offset inside a pair counts as its start. */
  toChars(utf16: number): number {
    return utf16 - this.extrasBefore(utf16);
  }

  /** Character offset -> UTF-16 offset (clamped to the text). */
  toUtf16(chars: number): number {
    const target = Math.max(0, Math.min(chars, this.length));
    let k = 0;
    for (;;) {
      const u = target + k;
      const before = this.extrasBefore(u);
      if (before === k) return u;
      k = before;
    }
  }

  /** Number of extras at positions < u. */
  private extrasBefore(u: number): number {
    let lo = 0;
    let hi = this.extras.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.extras[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Code points of a whole string (what Python's len() and the W3C model count). */
export function codePointLength(text: string): number {
  return new OffsetMap(text).length;
}
