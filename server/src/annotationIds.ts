// Readable ids for new annotations and claims, made from the figure they are about
// ("over 1,200" -> "over-1200"), unique in their file (or among claims) by a suffix.
import { parseAnnotationFile } from './core/annotations';
import type { Figure } from './core/types';

const MAX_WORDS = 5;
const MAX_LENGTH = 40;

/** A slug matching the id pattern ^[a-z0-9][a-z0-9._-]*$, or '' when the text has no letters or digits. */
export function slugOf(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d)[,\u202f\u00a0 ](?=\d{3}\b)/g, '$1') // 1,200 -> 1200
    .replace(/(\d)\.(\d)/g, '$1-$2') // 2.3 -> 2-3
    .replace(/%/g, ' percent')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words.slice(0, MAX_WORDS)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, MAX_LENGTH);
}

/**
 * The id base for text[start, end): its first figure with its qualifier ("over-1200"), a bare
 * number followed by the next word ("40000-marched", as an id should not read as a number),
 * or else the span's first words.
 */
export function idBaseFor(text: string, start: number, end: number, figures: Figure[]): string {
  const figure = figures.find((f) => f.start < end && f.end > start);
  let base = '';
  if (figure) {
    const qualifier = figure.qualifier && !figure.text.toLowerCase().startsWith(figure.qualifier.toLowerCase()) ? `${figure.qualifier} ` : '';
    base = slugOf(qualifier + figure.text);
    if (/^[0-9-]+$/.test(base)) {
      const next = /^\s*([\p{L}]+)/u.exec(text.slice(figure.end, figure.end + 40))?.[1];
      const word = next ? slugOf(next) : '';
      base = word ? `${base}-${word}` : `${figure.kind}-${base}`;
    }
  }
  return base || slugOf(text.slice(start, end)) || 'annotation';
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Every id used in an annotation file's text, valid annotations or not. */
export function idsInFile(text: string | undefined, file: string): Set<string> {
  const ids = new Set<string>();
  if (!text) return ids;
  const model = parseAnnotationFile(text, file);
  for (const a of model.annotations) ids.add(a.id);
  for (const p of model.problems) if (p.data?.annotationId) ids.add(p.data.annotationId);
  // Items the parser rejected may still hold an id: keep clear of anything that looks like one.
  for (const m of text.matchAll(/^[ \t-]*id:[ \t]*["']?([a-z0-9][a-z0-9._-]*)/gm)) ids.add(m[1]);
  return ids;
}
