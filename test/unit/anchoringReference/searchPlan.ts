// Bounds the fuzzy search. Small articles are scanned whole; in a large one only
// windows are searched: around the position hint, and around the places where
// one of the quote's figures occurs (a match must contain every figure exactly,
// so any one of them is a sound filter) or, for a quote without figures, its
// longest words (a heuristic). The windows' total cost is capped.
import type { Span } from '../../../server/src/core/types';
import type { NumericToken } from './numericContent';
import type { Query } from './query';

/** Cost unit: characters searched times 32-character pattern blocks (Myers' algorithm). */
const WORK_BUDGET = 1_500_000;
/** How far from the position hint an edited quote is looked for first. */
const HINT_REACH = 2048;
/** Room for snapping a match out to whole words at either end. */
const PAD = 64;
/** Occurrences of one filter word beyond which it no longer filters anything. */
const MAX_HITS = 2000;
/** Windows searched at most (each has a fixed set-up cost), nearest the hint first. */
const MAX_WINDOWS = 256;

export interface SearchPlan {
  windows: Span[];
  /** False when parts of the article were not searched. */
  complete: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offsets of `needle` in `text` (case-insensitive for words), at most MAX_HITS + 1 of them. */
function hits(text: string, needle: string, ignoreCase: boolean): number[] {
  const found: number[] = [];
  if (!ignoreCase) {
    for (let at = text.indexOf(needle); at !== -1 && found.length <= MAX_HITS; at = text.indexOf(needle, at + 1)) found.push(at);
    return found;
  }
  const re = new RegExp(escapeRegExp(needle), 'giu');
  for (let m = re.exec(text); m && found.length <= MAX_HITS; m = re.exec(text)) found.push(m.index);
  return found;
}

interface Anchor {
  /** Offset of the anchor word inside the quote. */
  offset: number;
  positions: number[];
}

function figureAnchor(text: string, figures: NumericToken[]): Anchor[] {
  let best: Anchor | undefined;
  for (const f of figures) {
    const isDigits = /^\p{Nd}/u.test(f.raw);
    const positions = hits(text, f.raw, !isDigits);
    if (isDigits && f.norm !== f.raw) positions.push(...hits(text, f.norm, false));
    if (!best || positions.length < best.positions.length) best = { offset: f.offset, positions };
  }
  return best ? [best] : [];
}

function wordAnchors(text: string, q: Query): Anchor[] {
  const words = [...q.quote.matchAll(/\p{L}{4,}/gu)].sort((a, b) => b[0].length - a[0].length).slice(0, 3);
  return words.map((w) => ({ offset: w.index!, positions: hits(text, w[0], false) }));
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function planSearch(text: string, q: Query, figures: NumericToken[], maxErrors: number): SearchPlan {
  const blocks = Math.ceil(q.quote.length / 32);
  if (text.length * blocks <= WORK_BUDGET) return { windows: [{ start: 0, end: text.length }], complete: true };
  const m = q.quote.length;
  const clamp = (s: number, e: number): Span => ({ start: Math.max(0, s), end: Math.min(text.length, e) });
  const spans: Span[] = [];
  if (q.hint !== undefined) spans.push(clamp(q.hint - HINT_REACH - maxErrors, q.hint + m + HINT_REACH + maxErrors));
  const anchors = figures.length > 0 ? figureAnchor(text, figures) : wordAnchors(text, q);
  for (const a of anchors) {
    for (const p of a.positions.slice(0, MAX_HITS)) {
      const start = p - a.offset;
      spans.push(clamp(start - maxErrors - PAD, start + m + maxErrors + PAD));
    }
  }
  const near = q.hint ?? 0;
  const distance = (s: Span) => (near < s.start ? s.start - near : near > s.end ? near - s.end : 0);
  const ordered = merge(spans).sort((a, b) => distance(a) - distance(b));
  const windows: Span[] = [];
  let work = 0;
  for (const w of ordered.slice(0, MAX_WINDOWS)) {
    work += (w.end - w.start) * blocks;
    if (work > WORK_BUDGET) break;
    windows.push(w);
  }
  return { windows, complete: false };
}
