// A set of lower-case ASCII words that can be asked whether a stretch of the text spells
// one of them, in any case, without slicing or lower-casing the text: the words read
// around each figure are mostly not in the tables, and allocating a string for every
// one of them was a large part of the detector's time.

/** Buckets per table: a power of two, many more than the words of any table, so most hold one word. */
const BUCKETS = 1024;

/** Bucket of a word from its length and its first and last letters (ASCII letters; | 0x20 lower-cases). */
function bucketOf(length: number, first: number, last: number): number {
  return (length * 961 + (first | 0x20) * 31 + (last | 0x20)) & (BUCKETS - 1);
}

export class WordTable {
  /** Dense, so that V8 keeps it a plain array: a sparse one is a slow dictionary. */
  private readonly buckets: (string[] | undefined)[] = new Array<string[] | undefined>(BUCKETS).fill(undefined);

  /** `words` are lower-case ASCII letters. */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!/^[a-z]+$/.test(w)) throw new Error(`WordTable: not a lower-case word: "${w}"`);
      const b = bucketOf(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1));
      const list = (this.buckets[b] ??= []);
      if (!list.includes(w)) list.push(w);
    }
  }

  /** The word that text[start, end) spells in any case, or undefined. The stretch must be ASCII letters. */
  find(text: string, start: number, end: number): string | undefined {
    const length = end - start;
    if (length < 1) return undefined;
    const list = this.buckets[bucketOf(length, text.charCodeAt(start), text.charCodeAt(end - 1))];
    if (list === undefined) return undefined;
    for (const w of list) {
      if (w.length !== length) continue;
      let k = 0;
      while (k < length && (text.charCodeAt(start + k) | 0x20) === w.charCodeAt(k)) k++;
      if (k === length) return w;
    }
    return undefined;
  }
}
