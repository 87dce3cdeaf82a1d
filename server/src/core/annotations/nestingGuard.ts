// A linear pre-scan for runaway nesting, before the YAML parser sees the text: the
// `yaml` package can exhaust the stack or even the heap (a fatal, uncatchable error) on
// tens of thousands of nested `[` or `- `. Annotation files are about five levels deep.
import type { Span } from '../types';

/** Deeper than this is refused without parsing; the parsed tree is checked more strictly after. */
export const SCAN_DEPTH_LIMIT = 64;

/** Where flow brackets or block dashes first nest deeper than SCAN_DEPTH_LIMIT, if they do. */
export function runawayNesting(text: string): Span | undefined {
  // Quick exit for ordinary files: too few brackets to nest that deep, and no long run of dashes.
  if (count(text, '[') + count(text, '{') <= SCAN_DEPTH_LIMIT && !LONG_DASH_RUN.test(text)) return undefined;
  let depth = 0;
  let lineStart = true; // only indentation, dashes and brackets so far on this line
  let dashes = 0;
  let prev = '\n'; // last non-space character
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      lineStart = true;
      dashes = 0;
      prev = '\n';
      continue;
    }
    if (c === ' ' || c === '\t') continue;
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      i = skipTo(text, i, '\n') - 1; // a comment: to the end of the line
      continue;
    }
    const atTokenStart = '\n:,[{-?'.includes(prev);
    if ((c === '"' || c === "'") && atTokenStart) {
      i = skipQuoted(text, i);
      prev = c;
      lineStart = false;
      continue;
    }
    if (c === '-' && lineStart && /[ \t\r\n]/.test(text[i + 1] ?? '\n')) {
      if (++dashes > SCAN_DEPTH_LIMIT) return { start: i, end: i + 1 };
    } else if ((c === '[' || c === '{') && atTokenStart) {
      if (++depth > SCAN_DEPTH_LIMIT) return { start: i, end: i + 1 };
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    } else {
      lineStart = false;
      if (c === '[' || c === '{') {
        prev = 'x'; // inside a plain scalar (`a[b`): not a collection, and neither is the next one
        continue;
      }
    }
    prev = c;
  }
  return undefined;
}

const LONG_DASH_RUN = new RegExp(`(?:-[ \\t]+){${SCAN_DEPTH_LIMIT + 1}}`);

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

function skipTo(text: string, from: number, char: string): number {
  const i = text.indexOf(char, from);
  return i < 0 ? text.length : i;
}

/** Index of the closing quote ("…\"…" escapes, '…''…' doubling), or the end of the text. */
function skipQuoted(text: string, open: number): number {
  const q = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}
