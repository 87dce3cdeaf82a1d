// What the words around a number say about it: a qualifier before it ("at least"),
// an identifier word that makes it a label ("Resolution 2735"), list numbering at
// a line start, and the idioms where "one" is not a quantity. Each check reads a
// short, bounded window, so the scan stays linear.

const WINDOW = 48;

const QUALIFIER_RE = new RegExp(
  '(?:^|[^A-Za-z\'’])(' +
    [
      'at least', 'at most', 'no more than', 'no fewer than', 'no less than', 'not more than', 'more than',
      'less than', 'fewer than', 'well over', 'well under', 'just over', 'just under', 'over', 'under',
      'around', 'about', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'about', 'as many as',
      'as few as', 'as much as', 'up to', 'only barely', 'only', 'just', 'barely', 'surpassed', 'surpassing',
      'exceeded', 'exceeding', 'topped', 'close to', 'upwards of', 'in excess of', 'an estimated',
      'estimated', 'between',
    ].map((q) => q.replace(/ /g, '\\s+')).join('|') +
    ')\\s+$',
  'i',
);

/** "had only barely held for two days": an adverb qualifying a duration across a verb. */
const DURATION_QUALIFIER_RE = /(?:^|[^A-Za-z'’])(only barely|only|barely|just|nearly|almost)\s+[a-z]+\s+(?:for|in|within|after|over)\s+$/i;

/** The qualifier right before `start`, lower-cased with single spaces, or undefined. */
export function qualifierBefore(text: string, start: number, duration: boolean): string | undefined {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const m = QUALIFIER_RE.exec(before) ?? (duration ? DURATION_QUALIFIER_RE.exec(before) : null);
  return m ? m[1].toLowerCase().replace(/\s+/g, ' ') : undefined;
}

const IDENTIFIER_RE = new RegExp(
  '(?:^|[^A-Za-z])(?:' +
    [
      'sections?', 'articles?', 'resolutions?', 'phase', 'route', 'room', 'version', 'ver', 'v', 'chapter', 'clause',
      'paragraph', 'para', 'item', 'number', 'no', 'nos', 'pages?', 'p', 'pp', 'figure', 'fig', 'table', 'flight',
      'highway', 'interstate', 'gate', 'terminal', 'building', 'level', 'stage', 'part', 'volume', 'vol', 'act',
      'rule', 'model', 'series', 'episode', 'season', 'platform', 'block', 'apartment', 'apt', 'suite', 'floor',
      'exit', 'bus', 'line', 'category', 'class', 'type', 'division', 'brigade', 'battalion', 'regiment', 'corps',
      'district', 'precinct', 'ward', 'lot', 'step', 'grade', 'amendment', 'title', 'schedule', 'annex',
      'appendix', 'proposition', 'prop', 'psalm', 'verse', 'war', 'cop', 'bill', 'hr', 'ch', 'sec', 'art', 'res',
    ].join('|') +
    ')\\.?[ \\t\\u00a0]*(?:#[ \\t]*)?$|#[ \\t]*$',
  'i',
);
/** Words that need their period to be identifiers ("No. 5"), not "no 5 ways". */
const NEEDS_PERIOD = /(?:^|[^A-Za-z])(?:no|nos|v|p|pp|art|res|sec|ch|hr)[ \t\u00a0]*$/i;

/** Whether the word before `start` makes the number a label: "Article 37", "room 101", "No. 5". */
export function identifierBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (!IDENTIFIER_RE.test(before)) return false;
  return !NEEDS_PERIOD.test(before);
}

const LIST_NUMBER_RE = /\d{1,3}(?:\.\d{1,3})*[.)](?=\s|$)/y;

/** "1." or "2)" opening a line (after spaces or a bullet): numbering, not a figure. Returns its end or -1. */
export function listNumberAt(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0x2022 /* • */ || c === 0x2d /* - */ || c === 0x2a /* * */) i--;
    else break;
  }
  if (i >= 0 && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) return -1;
  LIST_NUMBER_RE.lastIndex = pos;
  return LIST_NUMBER_RE.test(text) ? LIST_NUMBER_RE.lastIndex : -1;
}

const PREV_WORD_RE = /([A-Za-z]+)[ \t\u00a0]+$/;
const ONE_PRONOUN_BEFORE = new Set([
  'no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'another', 'someone', 'anyone', 'everyone',
  'little', 'such', 'last', 'first', 'next', 'right', 'wrong', 'same', 'other', 'one',
]);
const NEXT_WORD_RE = /[ \t\u00a0]+([A-Za-z]+)|(['’]s\b)|[ \t\u00a0]*([,.;:!?)”"'’]|$)/y;
const ONE_PRONOUN_AFTER = new Set([
  'of', 'another', 'in', 'on', 'at', 'who', 'whom', 'whose', 'that', 'which', 'by', 'is', 'was', 'has', 'had',
  'would', 'could', 'can', 'will', 'should', 'must', 'may', 'might', 'does', 'did', 'and', 'or', 'to', 'for',
  'with', 'from', 'as', 'but', 'if', 'than', 'thing', 'way', 'hand', 'day', 'time', 'point', 'side',
]);

/** Whether a bare "one" (start..end) is a pronoun or idiom: "no one", "one of the most", "the one in Gaza". */
export function oneIsIdiom(text: string, start: number, end: number): boolean {
  const prev = PREV_WORD_RE.exec(text.slice(Math.max(0, start - 24), start));
  if (prev && ONE_PRONOUN_BEFORE.has(prev[1].toLowerCase())) return true;
  NEXT_WORD_RE.lastIndex = end;
  const next = NEXT_WORD_RE.exec(text);
  if (!next) return false;
  if (next[2] !== undefined || next[3] !== undefined) return true;
  return ONE_PRONOUN_AFTER.has(next[1].toLowerCase());
}

const TOKEN_RE = /[A-Za-z0-9]*(?:[-.:/‑][A-Za-z0-9]+)*/y;

/** End of the alphanumeric token (with inner - . : /) running on from `pos`: what to skip. */
export function tokenEnd(text: string, pos: number): number {
  TOKEN_RE.lastIndex = pos;
  TOKEN_RE.test(text);
  return Math.max(TOKEN_RE.lastIndex, pos + 1);
}
