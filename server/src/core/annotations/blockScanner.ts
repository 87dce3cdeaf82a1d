// A strict line scanner for the block-style YAML subset annotation files use: comments,
// `key: value` mappings, `- ` sequences (of mappings or scalars), plain, single- and
// double-quoted one-line scalars, `|`/`>` block scalars (clip or strip), and `[]`/`{}`.
// It reads such files several times faster than js-yaml. It returns exactly what
// `load(text, { schema: CORE_SCHEMA })` returns, or `undefined` ("not sure") for anything
// outside the subset (flow collections, anchors, tags, multi-line plain or quoted scalars,
// odd indentation, several documents…), and the caller falls back to js-yaml.
// It works on offsets into the whole text (no line strings), as most of its time is spent
// walking characters.
import { boolCoreTag, floatCoreTag, intCoreTag, NOT_RESOLVED, nullCoreTag, type ScalarTagDefinition } from 'js-yaml';

/**
 * The characters the scanner reads itself (in a character class): YAML-printable characters
 * but the surrogates (checked apart); so not tabs, the BOM, NEL or the Unicode line and
 * paragraph separators, which are all left to js-yaml.
 */
export const USUAL_CHARS = '\\n\\r\\x20-\\x7E\\xA0-\\u2027\\u202A-\\uD7FF\\uE000-\\uFEFE\\uFF00-\\uFFFD';
const UNUSUAL_CHAR_OR_SURROGATE = new RegExp(`[^${USUAL_CHARS}]`);
/** The same with surrogate pairs allowed (slower, so only run on texts that have surrogates). */
const UNUSUAL_CHAR = new RegExp(`[^${USUAL_CHARS}\\u{10000}-\\u{10FFFF}]`, 'u');
const BARE_CR = /\r(?!\n)/;
/** Simple keys js-yaml does not read as the same string (the core schema resolves them) or sets specially. */
const UNUSUAL_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);

/** CORE_SCHEMA's implicit scalar tags by first character, in its order (the first that resolves wins; else a string). */
const CORE_IMPLICIT_TAGS: ScalarTagDefinition[] = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];
const TAGS_BY_FIRST_CHAR = new Map<string, ScalarTagDefinition[]>();
for (const tag of CORE_IMPLICIT_TAGS) {
  for (const first of tag.implicitFirstChars ?? []) {
    const tags = TAGS_BY_FIRST_CHAR.get(first) ?? [];
    tags.push(tag);
    TAGS_BY_FIRST_CHAR.set(first, tags);
  }
}

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const PIPE = 0x7c;
const GREATER = 0x3e;

/**
 * Deeper nesting is left to js-yaml (which stops at 100 levels); annotation files nest five
 * collections deep, and a bound keeps the recursion far from the stack limit.
 */
const MAX_DEPTH = 32;

/** Sentinel for "outside the subset": thrown anywhere inside, caught once at the top. */
const notSure = new Error('not in the block subset');

/** The value js-yaml's CORE_SCHEMA load gives for `text`, or undefined when not sure. */
export function scanBlockYaml(text: string): unknown {
  return scanScreenedBlockYaml(text, UNUSUAL_CHAR_OR_SURROGATE.test(text));
}

/**
 * The same, for a caller that already looked for characters outside USUAL_CHARS
 * (`unusualOrSurrogate`: whether there is one) in a pass of its own over the text.
 */
export function scanScreenedBlockYaml(text: string, unusualOrSurrogate: boolean): unknown {
  if (unusualOrSurrogate && UNUSUAL_CHAR.test(text)) return undefined;
  if (text.includes('\r') && BARE_CR.test(text)) return undefined;
  try {
    return new Scanner(text).document();
  } catch (error) {
    if (error === notSure) return undefined;
    throw error;
  }
}

class Scanner {
  /** The current line: [start, end) without its line break; `next` is where the following line starts. */
  private start = 0;
  private end = 0;
  private next = 0;
  /** How many collections the current one is nested in. */
  private depth = 0;

  constructor(private readonly text: string) {
    this.enterLine(0);
  }

  document(): unknown {
    if (this.nextContent() !== 0) throw notSure; // empty documents (js-yaml throws), indented roots
    const root = this.mapping(0, 0);
    if (this.nextContent() !== -1) throw notSure;
    return root;
  }

  private enterLine(start: number): void {
    const text = this.text;
    this.start = start;
    if (start > text.length) return; // past the end
    const lineBreak = text.indexOf('\n', start);
    const end = lineBreak < 0 ? text.length : lineBreak;
    this.next = end + 1;
    this.end = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
  }

  private get atEnd(): boolean {
    return this.start > this.text.length;
  }

  /** Skips blank and comment lines; the indentation of the next content line (now current), or -1 at the end. */
  private nextContent(): number {
    const text = this.text;
    while (!this.atEnd) {
      const i = skipSpaces(text, this.start, this.end);
      if (i < this.end && text.charCodeAt(i) !== HASH) return i - this.start;
      this.enterLine(this.next);
    }
    return -1;
  }

  /** A block mapping with keys at column `indent`; its first key is at `column` of the current line. */
  private mapping(indent: number, column: number): Record<string, unknown> {
    const text = this.text;
    if (++this.depth > MAX_DEPTH) throw notSure;
    const out: Record<string, unknown> = {};
    let keyStart = this.start + column;
    for (;;) {
      const colon = keyEnd(text, keyStart, this.end);
      if (colon < 0) throw notSure;
      const key = knownKey(text, keyStart, colon);
      if (Object.prototype.hasOwnProperty.call(out, key)) throw notSure;
      out[key] = this.mappingValue(colon + 1, indent);
      const next = this.nextContent();
      if (next < indent) {
        this.depth--;
        return out;
      }
      if (next > indent) throw notSure; // a multi-line plain scalar, or bad indentation
      keyStart = this.start + indent;
    }
  }

  /** The value after `key:` (at `from` on the current line) in a mapping at `indent`; moves past it. */
  private mappingValue(from: number, indent: number): unknown {
    const text = this.text;
    const start = skipSpaces(text, from, this.end);
    if (start === this.end || text.charCodeAt(start) === HASH) {
      this.enterLine(this.next);
      const next = this.nextContent();
      if (next > indent) return this.block(next);
      if (next === indent && isDash(text, this.start + indent, this.end)) return this.sequence(indent);
      return null;
    }
    const first = text.charCodeAt(start);
    if (first === PIPE || first === GREATER) return this.blockScalar(start, indent);
    const value = inlineValue(text, start, this.end);
    this.enterLine(this.next);
    return value;
  }

  /** A nested mapping or sequence whose first line, the current one, is indented by `indent`. */
  private block(indent: number): unknown {
    return isDash(this.text, this.start + indent, this.end) ? this.sequence(indent) : this.mapping(indent, indent);
  }

  /** A block sequence with dashes at column `indent`; the current line is its first item. */
  private sequence(indent: number): unknown[] {
    const text = this.text;
    if (++this.depth > MAX_DEPTH) throw notSure;
    const out: unknown[] = [];
    for (;;) {
      const start = skipSpaces(text, this.start + indent + 1, this.end);
      if (start === this.end || text.charCodeAt(start) === HASH) throw notSure; // `-` alone: a nested block, or null
      if (keyEnd(text, start, this.end) >= 0) out.push(this.mapping(start - this.start, start - this.start));
      else {
        const first = text.charCodeAt(start);
        if (first === PIPE || first === GREATER || isDash(text, start, this.end)) throw notSure; // block scalars, nested sequences
        out.push(inlineValue(text, start, this.end));
        this.enterLine(this.next);
      }
      const next = this.nextContent();
      if (next > indent) throw notSure;
      if (next < indent || !isDash(text, this.start + indent, this.end)) {
        // (at the dashes' column, a key: the parent mapping goes on)
        this.depth--;
        return out;
      }
    }
  }

  /** A `|` or `>` block scalar whose header is at `header` on the current line, in a mapping at `indent`. */
  private blockScalar(header: number, indent: number): string {
    const text = this.text;
    const folded = text.charCodeAt(header) === GREATER;
    let i = header + 1;
    const strip = i < this.end && text.charCodeAt(i) === DASH;
    if (strip) i++;
    const after = skipSpaces(text, i, this.end);
    if (after < this.end && (after === i || text.charCodeAt(after) !== HASH)) throw notSure; // `|+`, `|2`, `|x`…
    if (this.next > text.length) throw notSure;
    this.enterLine(this.next);
    const contentIndent = skipSpaces(text, this.start, this.end) - this.start;
    if (contentIndent <= indent || this.start + contentIndent === this.end) throw notSure; // empty, or leading blank lines
    const parts: string[] = [];
    let contentParts = 0;
    let lastHadBreak = true;
    while (!this.atEnd) {
      const spaces = skipSpaces(text, this.start, this.end) - this.start;
      if (this.start + spaces === this.end) {
        if (spaces > contentIndent) throw notSure; // whitespace-only lines longer than the indentation
        parts.push('');
      } else {
        if (spaces < contentIndent) {
          if (spaces > indent) throw notSure; // the next line must belong to an enclosing block
          break;
        }
        if (folded && (spaces > contentIndent || text.charCodeAt(this.end - 1) === SPACE)) throw notSure; // more-indented or trailing spaces
        parts.push(text.slice(this.start + contentIndent, this.end));
        contentParts = parts.length;
        lastHadBreak = this.next <= text.length;
      }
      this.enterLine(this.next);
    }
    if (!lastHadBreak) throw notSure; // no line break after the last content line: left to js-yaml
    parts.length = contentParts; // clip and strip both drop trailing blank lines
    const value = folded ? fold(parts) : parts.join('\n');
    return strip ? value : value + '\n';
  }
}

/** Folded-scalar line folding: a single line break becomes a space, and each blank line one break. */
function fold(lines: string[]): string {
  let out = lines[0];
  let blanks = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '') {
      blanks++;
      continue;
    }
    out += blanks === 0 ? ' ' + lines[i] : '\n'.repeat(blanks) + lines[i];
    blanks = 0;
  }
  return out;
}

/** A scalar, `[]` or `{}` filling the line from `start` to `end` (a comment may follow). */
function inlineValue(text: string, start: number, end: number): unknown {
  const first = text.charCodeAt(start);
  if (first === DOUBLE_QUOTE) return doubleQuoted(text, start, end);
  if (first === SINGLE_QUOTE) return singleQuoted(text, start, end);
  if (first === 0x5b /* [ */ || first === 0x7b /* { */) {
    if (text.charCodeAt(start + 1) !== first + 2 /* ] or } */) throw notSure;
    endOfLine(text, start + 2, end);
    return first === 0x5b ? [] : {};
  }
  return plain(text, start, end);
}

/** Characters a plain scalar cannot start with (YAML indicators, all ASCII), by code; `-` only when a space follows. */
const PLAIN_START_FORBIDDEN = new Uint8Array(128);
for (const c of '?:,[]{}#&*!|>\'"%@`') PLAIN_START_FORBIDDEN[c.charCodeAt(0)] = 1;
/** TAGS_BY_FIRST_CHAR for ASCII first characters, by code (a Map lookup per scalar cost more). */
const ASCII_TAGS: (ScalarTagDefinition[] | undefined)[] = [];
for (let c = 0; c < 128; c++) ASCII_TAGS.push(TAGS_BY_FIRST_CHAR.get(String.fromCharCode(c)));

/** A one-line plain scalar, resolved as the core schema does (null, bool, int, float, else string). */
function plain(text: string, start: number, end: number): unknown {
  const first = text.charCodeAt(start);
  if (first < 128 && PLAIN_START_FORBIDDEN[first] === 1) throw notSure;
  if (first === DASH && (start + 1 === end || text.charCodeAt(start + 1) === SPACE)) throw notSure;
  // One walk finds where a comment starts (` #`) and the first `: `, then one slice: the value
  // ends before the comment and trailing spaces (only spaces: js-yaml keeps other white
  // space, such as no-break spaces).
  let cut = end;
  let colonSpace = -1;
  for (let i = start + 1; i + 1 < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) {
      if (text.charCodeAt(i + 1) === HASH) {
        cut = i;
        break;
      }
    } else if (c === COLON && colonSpace < 0 && text.charCodeAt(i + 1) === SPACE) colonSpace = i;
  }
  let stop = cut;
  while (text.charCodeAt(stop - 1) === SPACE) stop--; // stops at `first`, which is no space
  if ((colonSpace >= 0 && colonSpace + 1 < stop) || text.charCodeAt(stop - 1) === COLON) throw notSure; // a mapping where a scalar should be
  const source = text.slice(start, stop);
  if (first >= 0x30 && first <= 0x39) {
    const value = digitsOrDate(source);
    if (value !== undefined) return value;
  }
  const tags = first < 128 ? ASCII_TAGS[first] : TAGS_BY_FIRST_CHAR.get(source.charAt(0));
  if (tags) {
    for (const tag of tags) {
      const value: unknown = tag.resolve(source, false, tag.tagName);
      if (value !== NOT_RESOLVED) return value;
    }
  }
  return source;
}

/**
 * The two plain scalars annotation files are full of, resolved without the core schema's
 * regular expressions: up to 15 digits (an int, exact in a double) and a YYYY-MM-DD date
 * (a string: the core schema has no timestamps). Undefined for anything else.
 */
function digitsOrDate(source: string): number | string | undefined {
  const length = source.length;
  if (length <= 15) {
    let value = 0;
    let i = 0;
    for (; i < length; i++) {
      const digit = source.charCodeAt(i) - 0x30;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (i === length) return value;
  }
  return length === 10 && ISO_DATE.test(source) ? source : undefined;
}
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

const SIMPLE_ESCAPES = new Map<number, string>(
  Object.entries({ '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' }).map(
    ([escape, value]) => [escape.charCodeAt(0), value],
  ),
);
const HEX_ESCAPE_LENGTH = new Map<number, number>([
  [0x78 /* x */, 2],
  [0x75 /* u */, 4],
  [0x55 /* U */, 8],
]);
const HEX = /^[0-9a-fA-F]+$/;

/** A double-quoted scalar opening at `start` and closing on the same line. */
function doubleQuoted(text: string, start: number, end: number): string {
  const close = text.indexOf('"', start + 1);
  if (close < 0 || close >= end) throw notSure; // multi-line
  const body = text.slice(start + 1, close);
  if (!body.includes('\\')) {
    endOfLine(text, close + 1, end);
    return body;
  }
  return escapedDoubleQuoted(text, start, end);
}

/** The same, for a scalar with escapes. */
function escapedDoubleQuoted(text: string, start: number, end: number): string {
  let out = '';
  let from = start + 1;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOUBLE_QUOTE) {
      endOfLine(text, i + 1, end);
      return out + text.slice(from, i);
    }
    if (c !== BACKSLASH) continue;
    out += text.slice(from, i);
    const kind = text.charCodeAt(i + 1);
    const simple = i + 1 < end ? SIMPLE_ESCAPES.get(kind) : undefined;
    if (simple !== undefined) {
      out += simple;
      i++;
    } else {
      const length = HEX_ESCAPE_LENGTH.get(kind);
      const digits = length === undefined || i + 2 + length > end ? '' : text.slice(i + 2, i + 2 + length);
      if (!HEX.test(digits)) throw notSure; // unknown escapes, and line continuations
      const code = parseInt(digits, 16);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw notSure;
      out += String.fromCodePoint(code);
      i += 1 + length!;
    }
    from = i + 1;
  }
  throw notSure; // multi-line
}

/** A single-quoted scalar opening at `start` and closing on the same line. */
function singleQuoted(text: string, start: number, end: number): string {
  let out = '';
  let from = start + 1;
  for (let i = from; i < end; i++) {
    if (text.charCodeAt(i) !== SINGLE_QUOTE) continue;
    out += text.slice(from, i);
    if (text.charCodeAt(i + 1) !== SINGLE_QUOTE || i + 1 >= end) {
      endOfLine(text, i + 1, end);
      return out;
    }
    out += "'";
    i++;
    from = i + 1;
  }
  throw notSure;
}

/** After a value: only spaces, then maybe a comment (which needs a space before it). */
function endOfLine(text: string, from: number, end: number): void {
  const i = skipSpaces(text, from, end);
  if (i < end && (i === from || text.charCodeAt(i) !== HASH)) throw notSure;
}

/** A hash of the last key keyEnd found (of its characters), for knownKey. */
let keyHash = 0;

/**
 * Where a simple key (`[A-Za-z_][A-Za-z0-9_-]*`) starting at `start` ends, at a colon
 * followed by a space or the end of the line; -1 if there is no such key there.
 */
function keyEnd(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  if (!(isLetter(first) || first === 0x5f)) return -1;
  let hash = first;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON) {
      keyHash = hash;
      return i + 1 === end || text.charCodeAt(i + 1) === SPACE ? i : -1;
    }
    if (!(isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH)) return -1;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return -1;
}

/**
 * Keys seen before, in slots by hash (a newer key takes the slot of an older one): files
 * repeat a few keys thousands of times, and reusing one string for each makes setting them
 * on objects cheaper than a fresh slice.
 */
const KEY_SLOTS = 512;
const keyCache: (string | undefined)[] = new Array<string | undefined>(KEY_SLOTS).fill(undefined);
const MAX_CACHED_KEY_LENGTH = 64;

/** The key text[start, end) (just found by keyEnd) as a string seen before if possible; not sure for keys js-yaml reads differently. */
function knownKey(text: string, start: number, end: number): string {
  const length = end - start;
  const slot = (keyHash ^ (length << 4)) & (KEY_SLOTS - 1);
  const cached = keyCache[slot];
  if (cached !== undefined && cached.length === length && sameChars(text, start, cached)) return cached;
  let key = text.slice(start, end);
  if (UNUSUAL_KEYS.has(key)) throw notSure;
  if (length <= MAX_CACHED_KEY_LENGTH) {
    key = Object.keys({ [key]: 0 })[0]; // the engine's own (internalized) copy, which property stores use directly
    keyCache[slot] = key;
  }
  return key;
}

/** Whether `text` has `key` at `start` (a loop: the keys are short). */
function sameChars(text: string, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (text.charCodeAt(start + i) !== key.charCodeAt(i)) return false;
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Whether there is a block sequence dash (`-` then a space or the end of the line) at `at`. */
function isDash(text: string, at: number, end: number): boolean {
  return at < end && text.charCodeAt(at) === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE);
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  return i;
}
