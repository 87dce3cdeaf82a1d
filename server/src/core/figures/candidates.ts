// Where figures may start: a digit, or a whole word in any case that is a number word,
// "half", a month name, or "a"/"an" before a scale word ("a dozen", "a third"). One
// global regex finds them; RegExp.test rather than exec, since most candidates are
// digits and the match arrays were a third of the detector's allocation.

import { prefixAlternation } from './alternation';
import { isAsciiLetter, isBlank, isDigit, isWordChar, letterRunEnd } from './chars';
import { NUMBER_WORDS } from './lexicon';
import { WordTable } from './wordTable';

/** Month names and abbreviations; as candidates they match in any case, as dates only capitalised. */
const MONTH_WORDS = new Set(
  ('January February March April May June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec').split(' '),
);
const ARTICLE_SCALES = ['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'third', 'quarter'];
/** Month names and abbreviations in lower case. */
export const MONTH_NAMES = new Set([...MONTH_WORDS].map((m) => m.toLowerCase()));
const WORDS = [...NUMBER_WORDS.keys(), 'half', ...MONTH_NAMES];
/** The words with their prefixes factored, which makes the scan faster. */
const CANDIDATE_WORDS = prefixAlternation(WORDS);
const CANDIDATE_RE = new RegExp(`[0-9]|\\b(?:${CANDIDATE_WORDS}|an?[ \\t\\u00a0]+(?:${ARTICLE_SCALES.join('|')}))\\b`, 'gi');
const ARTICLE_SCALE_WORDS = new WordTable(ARTICLE_SCALES);
const FIRST_WORDS = new WordTable([...WORDS, 'a', 'an']);

/** The candidate found: text[start, end). */
export interface Candidate {
  start: number;
  end: number;
}

/** Finds the first candidate at or after `from` into `found`; false when there is none. */
export function nextCandidate(text: string, from: number, found: Candidate): boolean {
  CANDIDATE_RE.lastIndex = from;
  if (!CANDIDATE_RE.test(text)) return false;
  found.end = CANDIDATE_RE.lastIndex;
  found.start = matchStart(text, from, found.end);
  return true;
}

/**
 * Where the match ending at `end` starts. A match is one digit, one whole word (a run of
 * letters), or an article, blanks and a scale word. When that article starts at or after
 * `from`, the regex matched from it: it is further left than the scale word alone.
 */
function matchStart(text: string, from: number, end: number): number {
  if (isDigit(text.charCodeAt(end - 1))) return end - 1;
  const word = letterRunStart(text, end);
  if (!ARTICLE_SCALE_WORDS.find(text, word, end)) return word;
  let blanks = word;
  while (isBlank(text.charCodeAt(blanks - 1))) blanks--;
  if (blanks === word) return word;
  const article = letterRunStart(text, blanks);
  return article >= from && isArticle(text, article, blanks) && !isWordChar(text.charCodeAt(article - 1)) ? article : word;
}

/**
 * The first word of the candidate at `start`, in lower case: a number word, "half", a month name,
 * or "a"/"an" (of "a dozen"). Read in place, so that no string is made for each candidate.
 */
export function candidateWord(text: string, start: number): string {
  return FIRST_WORDS.find(text, start, letterRunEnd(text, start))!;
}

function letterRunStart(text: string, end: number): number {
  let i = end;
  while (isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return i;
}

/** "a" or "an", in any case. */
function isArticle(text: string, start: number, end: number): boolean {
  if ((text.charCodeAt(start) | 0x20) !== 0x61) return false;
  return end === start + 1 || (end === start + 2 && (text.charCodeAt(start + 1) | 0x20) === 0x6e);
}
