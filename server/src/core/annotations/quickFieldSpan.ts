// The span of one field of one annotation (annotations[i].quote, .claim, …) found by
// scanning the lines of a plainly written block-style file, without building a YAML
// Document. Files loaded by the light parse path have no spans until asked; problems on
// a few annotations (orphaned quotes, unknown claims) would otherwise cost a full parse
// of the file each. Anything unusual returns undefined and the caller asks the full
// parser, so the answer is always the one `yaml` gives (a test compares them).
import type { Span } from '../types';

const TOP_KEY = /^annotations:[ \t]*(?:#.*)?$/gm;
const PLAIN_START = /^[^\s[\]{}|>&*!%@`#,?:'"-]/;

export function quickFieldSpan(text: string, index: number, key: string): Span | undefined {
  TOP_KEY.lastIndex = 0;
  const top = TOP_KEY.exec(text);
  if (!top || TOP_KEY.exec(text) || text.includes('\t')) return undefined;
  // Lines are read one at a time, up to the field: not the whole rest of the file each time.
  const firstStart = text.indexOf('\n', top.index + top[0].length) + 1;
  if (firstStart === 0) return undefined;
  // The sequence's indentation, from its first item.
  let first = lineAt(text, firstStart);
  while (first && blank(first.text)) first = lineAt(text, first.next);
  const itemIndent = first ? /^( *)- /.exec(first.text)?.[1].length : undefined;
  if (itemIndent === undefined) return undefined;
  const keyIndent = itemIndent + 2;
  let item = -1;
  for (let line = lineAt(text, firstStart); line; line = lineAt(text, line.next)) {
    if (blank(line.text)) continue;
    const indent = indentOf(line.text);
    if (indent < itemIndent || (indent === itemIndent && !line.text.startsWith('- ', indent))) return undefined; // the list ended first
    let keyAt: number;
    if (indent === itemIndent) {
      item++;
      keyAt = indent + 2;
    } else if (indent === keyIndent) {
      keyAt = indent;
    } else continue;
    if (item !== index) {
      if (item > index) return undefined;
      continue;
    }
    if (line.text.startsWith(`${key}:`, keyAt)) return valueSpan(text, line, keyAt + key.length + 1, keyIndent);
  }
  return undefined;
}

interface Line {
  start: number;
  /** The line without its line break. */
  text: string;
  /** Where the following line starts. */
  next: number;
}

/** The line starting at `start`, or undefined at the end of the text. */
function lineAt(text: string, start: number): Line | undefined {
  if (start >= text.length) return undefined;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  return { start, text: text.slice(start, text[end - 1] === '\r' ? end - 1 : end), next: end + 1 };
}

/** YAML indents and separates with spaces only (String.trim would also take U+2000 and friends). */
function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++; // a loop, not a match array per line
  return i;
}

function blank(line: string): boolean {
  const indent = indentOf(line);
  return indent === line.length || line.charCodeAt(indent) === 0x23 /* # */;
}

/** The scalar after `key:` on `line`, from column `from`; undefined unless it is a simple one-line scalar. */
function valueSpan(text: string, line: Line, from: number, keyIndent: number): Span | undefined {
  const rest = line.text.slice(from);
  const lead = indentOf(rest);
  if (lead === 0 && rest !== '') return undefined;
  const start = line.start + from + lead;
  const quote = text[start];
  let end: number;
  if (quote === '"' || quote === "'") {
    const close = closingQuote(line.text, from + lead, quote);
    if (close === undefined) return undefined;
    const tail = line.text.slice(close + 1);
    if (!/^ *$|^ +#/.test(tail)) return undefined;
    end = line.start + close + 1;
  } else {
    // yaml counts extra spaces before a plain scalar into its range; only the usual one-space form here.
    if (lead !== 1) return undefined;
    const value = rest.replace(/^ +| +$/g, '');
    if (!PLAIN_START.test(value) || / #|: /.test(value) || value.endsWith(':')) return undefined;
    end = start + value.length;
  }
  // A more-indented line after a plain scalar would continue it; leave that to the parser.
  const next = lineAt(text, line.next);
  if (next && !blank(next.text) && indentOf(next.text) > keyIndent) return undefined;
  return { start, end };
}

/** Column of the quote closing the scalar opened at `open` on this line, or undefined. */
function closingQuote(line: string, open: number, quote: string): number | undefined {
  for (let i = open + 1; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return undefined;
}
