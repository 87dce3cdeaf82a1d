// Approximate matching via approx-string-match (Myers' bit-parallel algorithm).
// Version 1.1.0 (the CommonJS one installed) mis-handles patterns whose length is
// a multiple of 32 (64, 96, ...) when maxErrors is smaller than the length by 32
// or more, returning empty matches; 2.0.0 fixed it (its changelog, PR #13). Such
// patterns are searched without their last character, which is then matched
// against the next character of the text (one more error when it differs).
import search from 'approx-string-match';

export interface Match {
  start: number;
  end: number;
  errors: number;
}

function needsWorkaround(pattern: string, maxErrors: number): boolean {
  return pattern.length >= 64 && pattern.length % 32 === 0 && maxErrors <= pattern.length - 32;
}

/** Best approximate matches of `pattern` in text[from, to) with at most `maxErrors` edits, as offsets in `text`. */
export function approxSearch(text: string, from: number, to: number, pattern: string, maxErrors: number): Match[] {
  const window = text.slice(from, to);
  const found = windowSearch(window, pattern, maxErrors);
  for (const m of found) {
    m.start += from;
    m.end += from;
  }
  return found;
}

function windowSearch(text: string, pattern: string, maxErrors: number): Match[] {
  if (!needsWorkaround(pattern, maxErrors)) return search(text, pattern, maxErrors);
  const last = pattern[pattern.length - 1];
  const matches: Match[] = [];
  for (const m of search(text, pattern.slice(0, -1), maxErrors)) {
    if (text[m.end] === last) matches.push({ start: m.start, end: m.end + 1, errors: m.errors });
    else if (m.errors < maxErrors) matches.push({ start: m.start, end: m.end, errors: m.errors + 1 });
  }
  const best = matches.reduce((min, m) => Math.min(min, m.errors), Infinity);
  return matches.filter((m) => m.errors === best);
}
