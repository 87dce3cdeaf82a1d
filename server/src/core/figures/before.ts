// The words right before a figure: a qualifier that changes its meaning ("at least",
// "over") or an identifier word that makes the number a label ("Resolution 2735").
// Reads backwards a few words from the figure, so the cost per figure is constant.
// Words are looked up in tables in place (see WordTable); only words that may be
// part of a qualifier are read past the first.

import { isAsciiLetter } from './chars';
import { WordTable } from './wordTable';

const QUALIFIERS = new Set([
  'at least', 'at most', 'no more than', 'no fewer than', 'no less than', 'not more than', 'more than',
  'less than', 'fewer than', 'well over', 'well under', 'just over', 'just under', 'over', 'under',
  'around', 'about', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'as many as', 'as few as',
  'as much as', 'up to', 'only barely', 'only', 'just', 'barely', 'surpassed', 'surpassing', 'exceeded',
  'exceeding', 'topped', 'close to', 'upwards of', 'in excess of', 'an estimated', 'estimated', 'between',
]);
/** Adverbs that qualify a duration across a verb: "had only barely held for two days". */
const DURATION_ADVERBS = new Set(['only barely', 'only', 'barely', 'just', 'nearly', 'almost']);
const DURATION_PREPOSITIONS = new Set(['for', 'in', 'within', 'after', 'over']);

const IDENTIFIERS = new Set([
  'section', 'sections', 'article', 'articles', 'resolution', 'resolutions', 'phase', 'route', 'room', 'version',
  'chapter', 'clause', 'paragraph', 'item', 'number', 'page', 'pages', 'table', 'flight', 'highway',
  'interstate', 'gate', 'terminal', 'building', 'level', 'stage', 'part', 'volume', 'act', 'rule', 'model',
  'series', 'episode', 'season', 'platform', 'block', 'apartment', 'suite', 'floor', 'exit', 'bus', 'line',
  'category', 'class', 'type', 'division', 'brigade', 'battalion', 'regiment', 'corps', 'district', 'precinct',
  'ward', 'lot', 'step', 'grade', 'amendment', 'title', 'schedule', 'annex', 'appendix', 'proposition', 'psalm',
  'verse', 'war', 'cop', 'bill', 'unit', 'units',
]);
/** Abbreviations that are identifiers only with their period: "No. 5", "Art. 5", but not "no 5 ways". */
const ABBREVIATIONS = new Set(['no', 'nos', 'v', 'ver', 'p', 'pp', 'para', 'fig', 'vol', 'apt', 'art', 'res', 'sec', 'ch', 'hr', 'prop']);

/** Last words of the qualifiers: any other word right before a figure rules a qualifier out at once. */
const QUALIFIER_ENDS = new Set([...QUALIFIERS].map((q) => q.slice(q.lastIndexOf(' ') + 1)));
/** Last words of the qualifiers of more than one word. */
const PHRASE_ENDS = new Set([...QUALIFIERS].filter((q) => q.includes(' ')).map((q) => q.slice(q.lastIndexOf(' ') + 1)));
const wordsOf = (phrases: Iterable<string>) => [...phrases].flatMap((p) => p.split(' '));
/** Every word that a qualifier lookup may need to tell apart from others. */
const QUALIFIER_WORDS = new WordTable([...wordsOf(QUALIFIERS), ...wordsOf(DURATION_ADVERBS), ...DURATION_PREPOSITIONS]);
/** The words that may come right before a qualified figure. */
const LAST_WORDS = new WordTable([...QUALIFIER_ENDS, ...DURATION_PREPOSITIONS]);
const IDENTIFIER_WORDS = new WordTable([...IDENTIFIERS, ...ABBREVIATIONS]);
/** What `wordBefore` returns for a word that is not in the table it was given: in no set. */
const OTHER_WORD = '#';
/** A word read and found in its table: only such words can be part of a qualifier. */
const known = (w: string) => w !== '' && w !== OTHER_WORD;

const MAX_GAP = 4;

/** Scratch for `wordBefore`: start of the word found and whether a period followed it. */
let wordStart = 0;
let wordDot = false;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/**
 * The word ending before `pos` across a little whitespace (and a period when `dot`): '' when there
 * is none, else the lower-case word when it is in `words`, else OTHER_WORD.
 */
function wordBefore(text: string, pos: number, dot: boolean, words: WordTable): string {
  let i = pos - 1;
  const stop = Math.max(0, pos - MAX_GAP);
  while (i >= stop && isSpace(text.charCodeAt(i))) i--;
  wordDot = false;
  if (dot && i >= 0 && text.charCodeAt(i) === 46) { wordDot = true; i--; }
  const end = i + 1;
  while (i >= 0 && end - i <= 16 && isAsciiLetter(text.charCodeAt(i))) i--;
  if (i >= 0 && (isAsciiLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2019)) return '';
  wordStart = i + 1;
  return end > wordStart ? words.find(text, wordStart, end) ?? OTHER_WORD : '';
}

/** The qualifier right before `start`, lower-cased with single spaces, or undefined. */
export function qualifierBefore(text: string, start: number, duration: boolean): string | undefined {
  if (start === 0 || !isSpace(text.charCodeAt(start - 1))) return undefined;
  const w1 = wordBefore(text, start, false, LAST_WORDS);
  if (!known(w1)) return undefined;
  const durationPreposition = duration && DURATION_PREPOSITIONS.has(w1);
  // Most qualifiers are one word: read further back only when a phrase may end with w1.
  if (!PHRASE_ENDS.has(w1) && !durationPreposition) return QUALIFIERS.has(w1) ? w1 : undefined;
  const s1 = wordStart;
  const w2 = wordBefore(text, s1, false, QUALIFIER_WORDS);
  const s2 = wordStart;
  const w3 = w2 ? wordBefore(text, s2, false, QUALIFIER_WORDS) : '';
  const s3 = wordStart;
  if (known(w3) && known(w2) && QUALIFIERS.has(`${w3} ${w2} ${w1}`)) return `${w3} ${w2} ${w1}`;
  if (known(w2) && QUALIFIERS.has(`${w2} ${w1}`)) return `${w2} ${w1}`;
  if (QUALIFIERS.has(w1)) return w1;
  if (!durationPreposition || !w3) return undefined;
  // ADVERB VERB PREPOSITION: w3 (or w4 w3) is the adverb, w2 the verb.
  const w4 = wordBefore(text, s3, false, QUALIFIER_WORDS);
  if (known(w4) && known(w3) && DURATION_ADVERBS.has(`${w4} ${w3}`)) return `${w4} ${w3}`;
  return DURATION_ADVERBS.has(w3) ? w3 : undefined;
}

/** Whether the word before `start` makes the number a label: "Article 37", "room 101", "No. 5", "#5". */
export function identifierBefore(text: string, start: number): boolean {
  let pos = start;
  if (text.charCodeAt(pos - 1) === 35 /* # */) return true;
  while (pos > start - MAX_GAP && pos > 0 && isSpace(text.charCodeAt(pos - 1))) pos--;
  if (text.charCodeAt(pos - 1) === 35) return true;
  const w = wordBefore(text, pos, true, IDENTIFIER_WORDS);
  if (w === '' || w === OTHER_WORD) return false;
  return wordDot ? ABBREVIATIONS.has(w) : IDENTIFIERS.has(w);
}

/** Whether the word right before `pos` (across a little whitespace) is one of `words`. */
export function previousWordIn(text: string, pos: number, words: WordTable): boolean {
  const w = wordBefore(text, pos, false, words);
  return w !== '' && w !== OTHER_WORD;
}
