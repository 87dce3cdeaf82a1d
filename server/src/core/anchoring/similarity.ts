// Context similarity for ranking candidates: normalised Levenshtein distance
// between the remembered prefix/suffix and the text now around a candidate.

/** Context beyond this many characters adds cost without adding evidence. */
const MAX_CONTEXT = 64;

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length];
}

/** 1 for identical strings, towards 0 as they differ. Compares at most 64 chars. */
export function similarity(expected: string, actual: string, from: 'end' | 'start'): number {
  const e = from === 'end' ? expected.slice(-MAX_CONTEXT) : expected.slice(0, MAX_CONTEXT);
  const a = from === 'end' ? actual.slice(-MAX_CONTEXT) : actual.slice(0, MAX_CONTEXT);
  const longest = Math.max(e.length, a.length);
  return longest === 0 ? 1 : 1 - levenshtein(e, a) / longest;
}
