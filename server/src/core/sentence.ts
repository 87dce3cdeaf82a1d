// The article sentence around a span, as a claim's statement. Sentences come from the
// built-in Intl.Segmenter (Unicode sentence boundaries), mended where it splits after an
// abbreviation or a date ("Mr. Smith", "Oct. 7"); only the paragraph holding the span is read.

/** Periods that do not end a sentence: titles, months, initials ("U.S.", "J."), Latin. */
const ABBREVIATION = /(?:^|[\s(“"'‘])(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Rep|Sen|Gov|Pres|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|etc|approx|est|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|e\.g|i\.e)\.\s*$/;
const PARAGRAPH_BREAK = /\r\n|\n|\r/g;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentence(s) containing [start, end), trimmed; longer than `max` (UTF-16 units): a window around the span with "…". */
export function sentenceAround(text: string, start: number, end: number, max = 200): string {
  const para = paragraphOf(text, start, end);
  const sentences = mended([...segmenter.segment(text.slice(para.start, para.end))].map((s) => ({ start: para.start + s.index, text: s.segment })));
  const first = lastWhere(sentences, (s) => s.start <= start) ?? sentences[0];
  const last = lastWhere(sentences, (s) => s.start < Math.max(end, start + 1)) ?? first;
  let from = first?.start ?? para.start;
  let to = last ? last.start + last.text.length : para.end;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return to - from <= max ? text.slice(from, to) : windowAround(text, from, to, Math.max(start, from), Math.min(end, to), max);
}

function lastWhere<T>(list: T[], test: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return list[i];
  return undefined;
}

function paragraphOf(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    if (m.index! + m[0].length <= start) from = m.index! + m[0].length;
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  return { start: from, end: to };
}

/** Joins a segment ending in an abbreviation, or followed by a lower-case word or a digit, to the next one. */
function mended(segments: { start: number; text: string }[]): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  for (const s of segments) {
    const previous = out[out.length - 1];
    if (previous && (ABBREVIATION.test(previous.text) || /^[\p{Ll}\d]/u.test(s.text))) previous.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** At most `max` units of [from, to) around [start, end), cut at spaces, with "…" where text was left out. */
function windowAround(text: string, from: number, to: number, start: number, end: number, max: number): string {
  const budget = max - 2; // room for the two ellipses
  if (end - start >= budget) return cut(text, start, start + max - 1) + '…';
  const spare = budget - (end - start);
  let a = Math.max(from, start - Math.floor(spare / 2));
  const b = Math.min(to, a + budget);
  a = Math.max(from, b - budget);
  // Whole words only: move the cuts inwards to a space, never into the span itself.
  let left = a;
  if (left > from) {
    const space = text.slice(left, start).search(/\s/);
    if (space >= 0) left += space + 1;
  }
  let right = b;
  if (right < to) {
    const tail = text.slice(end, right);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\t'));
    if (space >= 0) right = end + space;
  }
  return (left > from ? '…' : '') + cut(text, left, right).trim() + (right < to ? '…' : '');
}

/** text.slice(a, b) without half a surrogate pair at either end. */
function cut(text: string, a: number, b: number): string {
  const isLow = (i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]) && /[\uD800-\uDBFF]/.test(text[i - 1]);
  if (isLow(a)) a++;
  if (isLow(b)) b--;
  return text.slice(a, b);
}
