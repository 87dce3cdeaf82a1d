// The light way to read a YAML file nobody is editing: plain values only, no document
// model. Files in the usual block style are read by blockScanner (several times faster
// than js-yaml; it gives up on anything it is not sure of), the rest by js-yaml. Only
// text that is surely clean takes this path; anything unusual (anchors, aliases, tags,
// merge keys, conflict markers, a syntax error, an oversized file) returns undefined and
// the caller uses its full parser, which reports the problems.
import { CORE_SCHEMA, load } from 'js-yaml';
import { scanScreenedBlockYaml } from './blockScanner';
import { MAX_YAML_CHARS } from './readYaml';

/** Anchors, aliases, tags (at a token start), merge keys, conflict markers: leave them to the full parser. */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,])[&*!]\S|(?:^|\s)<<\s*:|^(?:<{7}|={7}|>{7})/m;
/** The same, matching only at lastIndex. */
const NEEDS_FULL_PARSER_HERE = new RegExp(NEEDS_FULL_PARSER.source, 'my');
/** The characters NEEDS_FULL_PARSER's matches start at or just after. */
const MARKS = '!&*<=>';
/**
 * Characters outside blockScanner's USUAL_CHARS, and the MARKS (a test checks both). One pass
 * with it finds both what the block scanner cannot read and where NEEDS_FULL_PARSER could
 * match: two whole-text regular expressions cost twice as much, and that one is slow.
 */
const WORTH_A_LOOK = /[^\n\r\x20\x22-\x25\x27-\x29\x2B-\x3B\x3F-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/g;

/** What screenText found. */
export type Screen = 'clean' | 'unusual' | 'needs full parser';

/** `{ value }` when the text is clean YAML (null for an empty document); undefined otherwise. */
export function loadPlainYaml(text: string): { value: unknown } | undefined {
  if (text.length > MAX_YAML_CHARS) return undefined; // the full parser reports the size
  const screen = screenText(text);
  if (screen === 'needs full parser') return undefined;
  const scanned = scanScreenedBlockYaml(text, screen === 'unusual');
  if (scanned !== undefined) return { value: scanned ?? null };
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}

/** 'needs full parser' exactly when NEEDS_FULL_PARSER matches, else 'unusual' when a character is outside USUAL_CHARS (maybe a surrogate pair: the scanner looks closer). */
export function screenText(text: string): Screen {
  let screen: Screen = 'clean';
  WORTH_A_LOOK.lastIndex = 0;
  for (let found = WORTH_A_LOOK.exec(text); found !== null; found = WORTH_A_LOOK.exec(text)) {
    const at = found.index;
    if (!MARKS.includes(text.charAt(at))) screen = 'unusual';
    else if ((at > 0 && matchesAt(text, at - 1)) || matchesAt(text, at)) return 'needs full parser';
  }
  return screen;
}

function matchesAt(text: string, at: number): boolean {
  NEEDS_FULL_PARSER_HERE.lastIndex = at;
  return NEEDS_FULL_PARSER_HERE.test(text);
}
