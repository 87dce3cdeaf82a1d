// approx-string-match's `search` for patterns of at most 32 UTF-16 units (one
// 32-bit block of Myers' algorithm), with the same results in the same order.
// The library builds a Map and a 256-entry array per call, copies the searched
// window, and reverses the pattern and a slice of the text for every match to
// find where it starts; here the block state lives in local variables, the
// character masks in reused tables, and the backward pass reads the text in
// place. For one block the library's cut-off logic never applies (its only
// block is always the last), so this is the whole algorithm.
import type { Match } from './approxSearch';

/** Longest pattern this search handles: one machine word of Myers' algorithm. */
export const SHORT_PATTERN = 32;

// Masks of the pattern's positions holding each character below 256, reused (and
// cleared) by every call; rarer characters are looked up in a short list.
const forwardAscii = new Int32Array(256);
const backwardAscii = new Int32Array(256);
const otherCodes: number[] = [];
const otherForward: number[] = [];
const otherBackward: number[] = [];

function loadPattern(pattern: string): void {
  const m = pattern.length;
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    const back = 1 << (m - 1 - i);
    if (code < 256) {
      forwardAscii[code] |= 1 << i;
      backwardAscii[code] |= back;
      continue;
    }
    let k = otherCodes.indexOf(code);
    if (k === -1) {
      k = otherCodes.length;
      otherCodes.push(code);
      otherForward.push(0);
      otherBackward.push(0);
    }
    otherForward[k] |= 1 << i;
    otherBackward[k] |= back;
  }
}

function unloadPattern(pattern: string): void {
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (code < 256) forwardAscii[code] = backwardAscii[code] = 0;
  }
  otherCodes.length = otherForward.length = otherBackward.length = 0;
}

/** Mask of a character of 256 or above (curly quotes, dashes, emoji halves). */
function otherMask(code: number, masks: number[]): number {
  const k = otherCodes.indexOf(code);
  return k === -1 ? 0 : masks[k];
}

// Ends of the best matches of the forward scan, reused between calls.
let ends: Int32Array = new Int32Array(64);
/** Errors of the matches whose ends scanForward left in `ends`. */
let endsErrors = 0;

/**
 * The best approximate matches of `pattern` (1..32 units) in text[from, to) with at
 * most `maxErrors` edits, as absolute offsets; exactly what approx-string-match's
 * `search(text.slice(from, to), pattern, maxErrors)` returns, shifted by `from`.
 */
export function shortPatternSearch(text: string, from: number, to: number, pattern: string, maxErrors: number): Match[] {
  const m = pattern.length;
  if (m === 0) return [];
  const lastBit = m - 1;
  loadPattern(pattern);
  try {
    const count = scanForward(text, from, to, m, Math.min(maxErrors, m), lastBit);
    const matches: Match[] = [];
    for (let i = 0; i < count; i++) {
      const end = ends[i];
      matches.push({ start: matchStart(text, from, end, m, endsErrors, lastBit), end, errors: endsErrors });
    }
    return matches;
  } finally {
    // The tables are shared by every search: never leave this pattern's bits behind.
    unloadPattern(pattern);
  }
}

/** Fills `ends` with the ends of the best matches and returns how many there are (kept apart from the rest so the hot loop is compiled alone). */
function scanForward(text: string, from: number, to: number, m: number, maxErrors: number, lastBit: number): number {
  let limit = maxErrors;
  let count = 0;
  let pV = ~0;
  let mV = 0;
  let score = m;
  for (let j = from; j < to; j++) {
    // One column of the block: the library's advanceBlock with no carry in.
    const code = text.charCodeAt(j);
    const eq = code < 256 ? forwardAscii[code] : otherMask(code, otherForward);
    const xV = eq | mV;
    const xH = ((((eq & pV) + pV) | 0) ^ pV) | eq; // "| 0": wrap the sum as int32, as "^" does
    const pH = mV | ~(xH | pV);
    const mH = pV & xH;
    score += ((pH >>> lastBit) & 1) - ((mH >>> lastBit) & 1); // the last row's change, without branches
    pV = (mH << 1) | ~(xV | (pH << 1));
    mV = (pH << 1) & xV;
    if (score <= limit) {
      // Like the library: a better match discards the earlier ones and lowers the limit.
      if (score < limit) count = 0;
      if (count === ends.length) ends = grow(ends);
      ends[count++] = j + 1;
      limit = score;
    }
  }
  endsErrors = limit;
  return count;
}

function grow(old: Int32Array): Int32Array {
  const grown = new Int32Array(old.length * 2);
  grown.set(old);
  return grown;
}

/**
 * Where the match ending at `end` starts: the library searches the reversed pattern
 * in the reversed text before `end` and keeps the longest match among the best ones.
 */
function matchStart(text: string, from: number, end: number, m: number, errors: number, lastBit: number): number {
  const minStart = Math.max(from, end - m - errors);
  let limit = Math.min(errors, m);
  let longest = 0;
  let pV = ~0;
  let mV = 0;
  let score = m;
  for (let j = end - 1, reach = 1; j >= minStart; j--, reach++) {
    // The same column step as in shortPatternSearch, over the pattern reversed.
    const code = text.charCodeAt(j);
    const eq = code < 256 ? backwardAscii[code] : otherMask(code, otherBackward);
    const xV = eq | mV;
    const xH = ((((eq & pV) + pV) | 0) ^ pV) | eq; // "| 0": wrap the sum as int32, as "^" does
    const pH = mV | ~(xH | pV);
    const mH = pV & xH;
    score += ((pH >>> lastBit) & 1) - ((mH >>> lastBit) & 1); // the last row's change, without branches
    pV = (mH << 1) | ~(xV | (pH << 1));
    mV = (pH << 1) & xV;
    if (score <= limit) {
      limit = score;
      longest = reach;
    }
  }
  return end - longest;
}
