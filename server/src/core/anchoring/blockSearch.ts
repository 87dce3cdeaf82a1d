// approx-string-match 1.1.0's `search` for patterns of any length, step for step
// (Myers' block algorithm with the same cut-off and the same arithmetic, so the same
// results, including its mishandling of lengths that are multiples of 32, which
// approxSearch.ts works around). It differs only in cost: the character masks are
// one typed array instead of a Map of arrays, and a match's start is found by
// reading the text backwards in place instead of reversing strings.
import type { Match } from './approxSearch';

const W = 32;

/** Masks of the pattern's positions per character: rows 0-255 by code, row 256 empty, then rarer characters. */
interface PatternMasks {
  blocks: number;
  masks: Int32Array;
  codes: number[];
}

const EMPTY_ROW = 256;

function patternMasks(pattern: string, reversed: boolean): PatternMasks {
  const m = pattern.length;
  const blocks = Math.ceil(m / W);
  const codes: number[] = [];
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    if (code >= 256 && !codes.includes(code)) codes.push(code);
  }
  const masks = new Int32Array((EMPTY_ROW + 1 + codes.length) * blocks);
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(reversed ? m - 1 - i : i);
    const row = code < 256 ? code : EMPTY_ROW + 1 + codes.indexOf(code);
    masks[row * blocks + ((i / W) | 0)] |= 1 << i % W;
  }
  return { blocks, masks, codes };
}

function rowOf(p: PatternMasks, code: number): number {
  if (code < 256) return code * p.blocks;
  const k = p.codes.indexOf(code);
  return (k === -1 ? EMPTY_ROW : EMPTY_ROW + 1 + k) * p.blocks;
}

/** Block state: the library's ctx (P, M, last-row bit per block) and scores, reused between calls. */
interface BlockState {
  P: Int32Array;
  M: Int32Array;
  /** Bit of each block's last row (the library keeps it as a mask, 1 << bit). */
  lastBit: Int32Array;
  /** Unsigned like the library's, so that any wrap-around behaves the same. */
  score: Uint32Array;
}

let state: BlockState = blockState(4);

function blockState(blocks: number): BlockState {
  return { P: new Int32Array(blocks), M: new Int32Array(blocks), lastBit: new Int32Array(blocks), score: new Uint32Array(blocks) };
}

function prepareState(blocks: number, m: number): BlockState {
  if (state.P.length < blocks) state = blockState(blocks);
  const s = state;
  s.P.fill(0);
  s.M.fill(0);
  s.score.fill(0);
  s.lastBit.fill(31);
  s.lastBit[blocks - 1] = (m - 1) % W;
  return s;
}

/** The library's advanceBlock: one block of one column; returns the horizontal delta out. */
function advanceBlock(P: Int32Array, M: Int32Array, lastBit: Int32Array, eqIn: number, b: number, hIn: number): number {
  let pV = P[b];
  let mV = M[b];
  const hInIsNegative = hIn >>> 31;
  const eq = eqIn | hInIsNegative;
  const xV = eq | mV;
  const xH = ((((eq & pV) + pV) | 0) ^ pV) | eq; // "| 0": wrap the sum as int32, as "^" does
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const bit = lastBit[b];
  const hOut = ((pH >>> bit) & 1) - ((mH >>> bit) & 1);
  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= (hIn !== 0 ? 1 : 0) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  P[b] = pV;
  M[b] = mV;
  return hOut;
}

// Ends of the best matches found by the last findEnds, and their errors.
let ends: Int32Array = new Int32Array(64);
let endsErrors = 0;

/**
 * The library's findMatchEnds over `length` characters of `text` read from `first`
 * forwards, or backwards when `backward`; returns how many ends it left in `ends`
 * (counted in characters read).
 */
function findEnds(text: string, first: number, length: number, backward: boolean, p: PatternMasks, m: number, maxErrorsIn: number): number {
  let maxErrors = Math.min(maxErrorsIn, m);
  const bMax = p.blocks - 1;
  const masks = p.masks;
  const s = prepareState(p.blocks, m);
  const { P, M, lastBit, score } = s;
  const blocks = p.blocks;
  let y = Math.max(0, Math.ceil(maxErrors / W) - 1);
  for (let b = 0; b <= y; b++) score[b] = (b + 1) * W;
  score[bMax] = m;
  for (let b = 0; b <= y; b++) {
    P[b] = ~0;
    M[b] = 0;
  }
  let count = 0;
  for (let j = 0; j < length; j++) {
    const code = text.charCodeAt(backward ? first - j : first + j);
    const row = code < 256 ? code * blocks : rowOf(p, code);
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(P, M, lastBit, masks[row + b], b, carry);
      score[b] += carry;
    }
    if (score[y] - carry <= maxErrors && y < bMax && (masks[row + y + 1] & 1 || carry < 0)) {
      y += 1;
      P[y] = ~0;
      M[y] = 0;
      const maxBlockScore = y === bMax ? m % W : W;
      score[y] = score[y - 1] + maxBlockScore - carry + advanceBlock(P, M, lastBit, masks[row + y], y, carry);
    } else {
      while (y > 0 && score[y] >= maxErrors + W) y -= 1;
    }
    if (y === bMax && score[y] <= maxErrors) {
      if (score[y] < maxErrors) count = 0;
      if (count === ends.length) ends = grow(ends);
      ends[count++] = j + 1;
      maxErrors = score[y];
    }
  }
  endsErrors = maxErrors;
  return count;
}

function grow(old: Int32Array): Int32Array {
  const grown = new Int32Array(old.length * 2);
  grown.set(old);
  return grown;
}

/** What approx-string-match's `search(text, pattern, maxErrors)` returns. */
export function blockSearch(text: string, pattern: string, maxErrors: number): Match[] {
  const m = pattern.length;
  if (m === 0) return [];
  const count = findEnds(text, 0, text.length, false, patternMasks(pattern, false), m, maxErrors);
  if (count === 0) return [];
  const errors = endsErrors;
  const found = Array.from(ends.subarray(0, count));
  const reversed = patternMasks(pattern, true);
  return found.map((end) => {
    // The library reverses text[minStart, end) and the pattern, and keeps the longest of the best matches.
    const minStart = Math.max(0, end - m - errors);
    const n = findEnds(text, end - 1, end - minStart, true, reversed, m, errors);
    let start = end;
    for (let i = 0; i < n; i++) if (end - ends[i] < start) start = end - ends[i];
    return { start, end, errors };
  });
}
