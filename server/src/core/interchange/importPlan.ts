// Turns imported annotations into new YAML text for the workspace's annotation files,
// never touching what is there: each one is anchored through the normal anchoring, and
// one that anchors to the span of an existing annotation is a duplicate (same status) or
// a conflict (different status) — reported and left out. What cannot be placed is
// reported as orphaned and left out. New annotations go in through the comment-preserving
// `addAnnotation`, one at a time, so the plan's text is exactly what the edits produce.
import { anchor, selectorFor } from '../anchoring';
import { addAnnotation } from '../annotations';
import type { Annotation, Span, Status } from '../types';
import type { FactWorkspace } from '../workspace';
import { matchArticle } from './articleMatch';
import type { IncomingAnnotation, InvalidEntry } from './incoming';
import { OffsetMap } from './offsets';

export interface ImportOptions {
  /** Place every annotation on this article (e.g. a Hypothesis export of the published page). */
  article?: string;
  /** Current text of a YAML file (open editor buffers); default: the workspace's copy. */
  textOf?: (path: string) => string | undefined;
}

export interface FileEdit {
  /** Workspace-relative path of the YAML file. */
  file: string;
  article: string;
  /** undefined when the file does not exist yet. */
  oldText: string | undefined;
  newText: string;
  /** The annotations added, in order, so an editor can replay them on a newer text. */
  added: Annotation[];
  /** The `article:` value a new file needs (when its name does not say the article). */
  articleKey?: string;
}

export interface ImportReport {
  imported: { label: string; article: string; file: string; id: string }[];
  duplicates: { label: string; article: string; existingId: string }[];
  conflicts: { label: string; article: string; existingId: string; existingStatus: Status; status: Status }[];
  orphaned: { label: string; article?: string; reason: string }[];
  invalid: InvalidEntry[];
  /** Imported under another id because theirs was taken. */
  renamed: { label: string; from: string; to: string }[];
}

export interface ImportPlan {
  edits: FileEdit[];
  report: ImportReport;
}

interface Taken extends Span {
  id: string;
  status: Status;
}

export function planImport(ws: FactWorkspace, incoming: IncomingAnnotation[], options: ImportOptions = {}, invalid: InvalidEntry[] = []): ImportPlan {
  const report: ImportReport = { imported: [], duplicates: [], conflicts: [], orphaned: [], invalid: [...invalid], renamed: [] };
  const texts = new Map<string, { article: string; oldText: string | undefined; text: string | undefined; added: Annotation[] }>();
  const spans = new Map<string, Taken[]>();
  const ids = new Map<string, Set<string>>();
  const articles = ws.articlePaths();

  const spansOf = (article: string): Taken[] => {
    let list = spans.get(article);
    if (!list) {
      list = [];
      for (const a of ws.resolve(article)?.anchored ?? []) {
        if (a.result.status === 'anchored') list.push({ start: a.result.start, end: a.result.end, id: a.annotation.id, status: a.annotation.status });
      }
      spans.set(article, list);
    }
    return list;
  };
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) ids.set(file, (set = new Set(ws.getAnnotationFile(file)?.model.annotations.map((a) => a.id) ?? [])));
    return set;
  };

  for (const item of incoming) {
    const match = options.article
      ? ws.getArticle(options.article) ? { article: options.article } : { reason: `the article ${options.article} is not in the workspace` }
      : matchArticle(item.source, articles);
    if ('reason' in match) {
      report.orphaned.push({ label: item.label, reason: match.reason });
      continue;
    }
    const article = match.article;
    const text = ws.getArticle(article)!.text;
    const placed = place(text, item);
    if ('reason' in placed) {
      report.orphaned.push({ label: item.label, article, reason: placed.reason });
      continue;
    }
    const same = spansOf(article).find((s) => s.start === placed.start && s.end === placed.end);
    if (same) {
      if (same.status === item.status) report.duplicates.push({ label: item.label, article, existingId: same.id });
      else report.conflicts.push({ label: item.label, article, existingId: same.id, existingStatus: same.status, status: item.status });
      continue;
    }

    const file = ws.annotationFileForNew(article);
    const taken = idsOf(file);
    const id = freeId(item.id ?? 'imported', taken);
    const annotation = toAnnotation(item, id, text, placed);
    let state = texts.get(file);
    if (!state) {
      const oldText = options.textOf?.(file) ?? ws.getAnnotationFile(file)?.text;
      state = { article, oldText, text: oldText, added: [] };
    }
    try {
      state.text = addAnnotation(state.text, annotation, articleKey(ws, file, article));
    } catch (error) {
      report.invalid.push({ label: item.label, reason: `cannot add it to ${file}: ${(error as Error).message}` });
      continue;
    }
    texts.set(file, state);
    state.added.push(annotation);
    taken.add(id);
    spansOf(article).push({ ...placed, id, status: item.status });
    if (item.id && id !== item.id) report.renamed.push({ label: item.label, from: item.id, to: id });
    report.imported.push({ label: item.label, article, file, id });
  }

  const edits = [...texts].map(([file, s]) => ({
    file, article: s.article, oldText: s.oldText, newText: s.text!, added: s.added, articleKey: articleKey(ws, file, s.article),
  }));
  return { edits, report };
}

/** A new file names its article only when the file name does not. */
function articleKey(ws: FactWorkspace, file: string, article: string): string | undefined {
  return ws.paths.defaultArticleFor(file) === article ? undefined : article;
}

/** Replays a plan's additions on a file's current text (an open buffer may have moved on). */
export function replayAdditions(text: string | undefined, edit: FileEdit): string {
  let out = text;
  for (const annotation of edit.added) out = addAnnotation(out, annotation, edit.articleKey);
  return out ?? '';
}

/** The span an incoming annotation anchors to in the current article text. */
function place(text: string, item: IncomingAnnotation): Span | { reason: string } {
  let hint: Span | undefined;
  if (item.position) {
    const { start, end, unit } = item.position;
    const map = unit === 'utf16' ? undefined : new OffsetMap(text, { collapseCrlf: unit === 'brat' });
    hint = map ? { start: map.toUtf16(start), end: map.toUtf16(end) } : { start, end };
  }
  if (item.quote !== undefined && item.quote !== '') {
    const result = anchor(text, { quote: item.quote, prefix: item.prefix, suffix: item.suffix, offset: hint?.start });
    if (result.status === 'anchored') return { start: result.start, end: result.end };
    if (result.status === 'ambiguous') return { reason: `ambiguous: "${item.quote}" fits ${result.candidates.length} places equally well` };
    return { reason: result.reason };
  }
  if (hint && hint.end <= text.length && hint.start < hint.end) return hint;
  return { reason: 'its position lies outside the article and it has no quote' };
}

function toAnnotation(item: IncomingAnnotation, id: string, text: string, span: Span): Annotation {
  const quote = text.slice(span.start, span.end);
  // Keep the input's context when it still sits around the quote; otherwise take fresh context.
  const fresh = selectorFor(text, span.start, span.end);
  const prefixFits = item.prefix !== undefined && text.slice(span.start - item.prefix.length, span.start) === item.prefix;
  const suffixFits = item.suffix !== undefined && text.slice(span.end, span.end + item.suffix.length) === item.suffix;
  const keep = item.quote === quote && (item.prefix === undefined || prefixFits) && (item.suffix === undefined || suffixFits);
  const annotation: Annotation = { id, quote, status: item.status, sources: item.sources };
  // An empty list would be written as `sources: []`; leave the key out instead.
  if (item.sources.length === 0) delete (annotation as Partial<Annotation>).sources;
  const prefix = keep ? item.prefix : fresh.prefix;
  const suffix = keep ? item.suffix : fresh.suffix;
  if (prefix) annotation.prefix = prefix;
  if (suffix) annotation.suffix = suffix;
  annotation.offset = span.start;
  if (item.claim) annotation.claim = item.claim;
  if (item.note !== undefined) annotation.note = item.note;
  if (item.by !== undefined) annotation.by = item.by;
  if (item.updated !== undefined) annotation.updated = item.updated;
  return annotation;
}

function freeId(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}
