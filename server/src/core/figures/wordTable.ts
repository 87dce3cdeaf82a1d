// A set of lower-case ASCII words that can be asked whether a stretch of the text spells
// one of them, in any case, without slicing or lower-casing the text: the words read
// before each figure are mostly not in the tables, and allocating a string for every
// one of them was a large part of the detector's time.

const MAX_LENGTH = 31;

/** Index of a word by its length and its first and last letters (ASCII; | 0x20 lower-cases). */
function keyOf(length: number, first: number, last: number): number {
  return (length * 32 + ((first | 0x20) & 31)) * 32 + ((last | 0x20) & 31);
}

export class WordTable {
  private readonly index: (string[] | undefined)[] = [];

  /** `words` are lower-case ASCII letters, at most 31 of them. */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!/^[a-z]{1,31}$/.test(w)) throw new Error(`WordTable: not a lower-case word: "${w}"`);
      const key = keyOf(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1));
      const list = (this.index[key] ??= []);
      if (!list.includes(w)) list.push(w);
    }
  }

  /** The word that text[start, end) spells in any case, or undefined. The stretch must be ASCII letters. */
  find(text: string, start: number, end: number): string | undefined {
    const length = end - start;
    if (length < 1 || length > MAX_LENGTH) return undefined;
    const list = this.index[keyOf(length, text.charCodeAt(start), text.charCodeAt(end - 1))];
    if (list === undefined) return undefined;
    for (const w of list) {
      let k = 1;
      while (k < length - 1 && (text.charCodeAt(start + k) | 0x20) === w.charCodeAt(k)) k++;
      if (k >= length - 1) return w;
    }
    return undefined;
  }
}
