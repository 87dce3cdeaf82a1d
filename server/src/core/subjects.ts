// What a figure is about: the content words around it in its sentence. Two figures with
// the same value are only suggested as the same claim when their subjects share a word,
// so "100 hostages released" is not linked to "100 Israeli planes".
import { Figure } from './types';

const WINDOW = 90;
const WORDS_AFTER = 4;
const WORDS_BEFORE = 4;

const STOPWORDS = new Set(
  ('a an the and or but of in on at to for from by with without into over under after before during about around than ' +
    'that this these those which who whom whose what when where while as is are was were be been being has have had do does did ' +
    'will would could should may might can must not no nor only also just very more most less least some any each every ' +
    'its it their they them he she his her we our you your i me my us there here then so such other another up down out off ' +
    'least nearly almost roughly approximately barely course same both all per via amid amidst despite through ' +
    // Reporting verbs say who spoke, not what was counted.
    'said says say told tell reported reports according confirmed claimed stated added announced noted')
    .split(' '),
);

/** Unit and number words carry no subject. */
const NUMERIC_WORDS = new Set(
  ('day days week weeks month months year years hour hours minute minutes percent per cent million millions billion billions ' +
    'thousand thousands hundred hundreds dozen dozens bn m k one two three four five six seven eight nine ten eleven twelve ' +
    'twenty thirty forty fifty sixty seventy eighty ninety half third thirds quarter quarters dollars usd euros pounds')
    .split(' '),
);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const out: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/['’]s$/, '');
    if (word.length < 3 || STOPWORDS.has(word) || NUMERIC_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** Content words of the figure's sentence, nearest first: a few after it and a few before. */
export function subjectOf(text: string, figure: Pick<Figure, 'start' | 'end'>): string[] {
  const sentenceStart = lastBoundaryBefore(text, figure.start);
  const sentenceEnd = firstBoundaryAfter(text, figure.end);
  const before = contentWords(text.slice(Math.max(sentenceStart, figure.start - WINDOW), figure.start)).slice(-WORDS_BEFORE);
  const after = contentWords(text.slice(figure.end, Math.min(sentenceEnd, figure.end + WINDOW))).slice(0, WORDS_AFTER);
  return [...new Set([...after, ...before.reverse()])];
}

function lastBoundaryBefore(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0 && i >= offset - WINDOW; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' '))) return i + 1;
  }
  return Math.max(0, offset - WINDOW);
}

function firstBoundaryAfter(text: string, offset: number): number {
  for (let i = offset; i < text.length && i < offset + WINDOW; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' '))) return i;
  }
  return Math.min(text.length, offset + WINDOW);
}

/** Words two subjects share. */
export function sharedSubject(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(a);
  return b.filter((w) => set.has(w));
}
