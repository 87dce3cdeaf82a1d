// Context similarity for ranking candidates: normalised Levenshtein distance
// between the remembered prefix/suffix and the text now around a candidate.

/** Context beyond this many characters adds cost without adding evidence. */
const MAX_CONTEXT = 64;

// Two reusable rows: similarity runs on every candidate of a repeated quote.
let prevRow = new Uint16Array(MAX_CONTEXT + 1);
let currRow = new Uint16Array(MAX_CONTEXT + 1);

/** Edit distance of two strings of at most MAX_CONTEXT characters. */
function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = prevRow;
  let curr = currRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const indel = Math.min(prev[j], curr[j - 1]) + 1;
      curr[j] = substitution < indel ? substitution : indel;
    }
    [prev, curr] = [curr, prev];
  }
  [prevRow, currRow] = [prev, curr];
  return prev[b.length];
}

/** 1 for identical strings, towards 0 as they differ. Compares at most 64 chars. */
export function similarity(expected: string, actual: string, from: 'end' | 'start'): number {
  const e = from === 'end' ? expected.slice(-MAX_CONTEXT) : expected.slice(0, MAX_CONTEXT);
  const a = from === 'end' ? actual.slice(-MAX_CONTEXT) : actual.slice(0, MAX_CONTEXT);
  const longest = Math.max(e.length, a.length);
  return longest === 0 ? 1 : 1 - levenshtein(e, a) / longest;
}
