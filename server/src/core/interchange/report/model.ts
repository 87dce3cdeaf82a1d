// What a fact-check report shows, computed once from the workspace and rendered as HTML
// or Markdown: per article its figures with status, sources and notes; per claim its
// mentions and conflicts; totals for the summary.
import { figureStatus } from '../../resolvedArticle';
import { FigureKind, Source, STATUSES, Status } from '../../types';
import type { FactWorkspace } from '../../workspace';
import { collectAnnotations } from '../collect';

export type StatusCounts = Record<Status, number>;

export interface Snippet {
  before: string;
  text: string;
  after: string;
}

export interface AnnotationInfo {
  id: string;
  status: Status;
  claim?: string;
  note?: string;
  sources: Source[];
  by?: string;
  updated?: string;
}

export interface FigureRow {
  line: number;
  kind: FigureKind;
  status: Status;
  snippet: Snippet;
  annotation?: AnnotationInfo;
}

export interface PassageRow {
  line?: number;
  quote: string;
  annotation: AnnotationInfo;
  /** Why it is not placed (orphaned, ambiguous, article missing). */
  problem?: string;
}

export interface ArticleReport {
  path: string;
  /** The article's opening words, to recognise it by. */
  lede: string;
  counts: StatusCounts;
  figures: FigureRow[];
  /** Anchored annotations that are not the status of any figure (a claim in words, a wider passage). */
  passages: PassageRow[];
  unplaced: PassageRow[];
}

export interface MentionRow {
  article: string;
  line: number;
  text: string;
  status: Status;
  annotationId: string;
}

export interface ClaimReport {
  id: string;
  statement?: string;
  verdict?: Status;
  note?: string;
  sources: Source[];
  mentions: MentionRow[];
  /** Values that disagree, with where each is stated. */
  conflict?: { kind: FigureKind; values: { value: string; mentions: MentionRow[] }[] };
}

export interface ReportData {
  title: string;
  generated: string;
  articles: ArticleReport[];
  claims: ClaimReport[];
  totals: StatusCounts;
  figures: number;
  annotations: number;
  unplaced: number;
  conflicts: number;
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function buildReport(ws: FactWorkspace, options: { title?: string; generated: string }): ReportData {
  ws.flush();
  const placed = collectAnnotations(ws);
  const totals = emptyCounts();
  const articles: ArticleReport[] = [];
  const lineOf = (article: string, offset: number) => (ws.linesOf(article)?.positionAt(offset).line ?? 0) + 1;

  for (const path of new Set(placed.map((p) => p.article).concat(ws.articlePaths()))) {
    const resolved = ws.resolve(path);
    const counts = emptyCounts();
    const figures: FigureRow[] = [];
    const covered = new Set<string>();
    for (const figure of resolved?.figures ?? []) {
      const { status, annotation } = figureStatus(resolved!, figure);
      counts[status]++;
      totals[status]++;
      if (annotation) covered.add(`${annotation.file}#${annotation.annotation.id}`);
      figures.push({
        line: lineOf(path, figure.start),
        kind: figure.kind,
        status,
        snippet: snippet(resolved!.article.text, figure.start, figure.end),
        annotation: annotation ? info(annotation.annotation) : undefined,
      });
    }
    const mine = placed.filter((p) => p.article === path);
    const passages = mine
      .filter((p) => p.span && !covered.has(`${p.file}#${p.annotation.id}`))
      .map((p) => ({ line: lineOf(path, p.span!.start), quote: p.annotation.quote, annotation: info(p.annotation) }));
    const unplaced = mine.filter((p) => !p.span).map((p) => ({ quote: p.annotation.quote, annotation: info(p.annotation), problem: p.unplaced }));
    articles.push({ path, lede: lede(resolved?.article.text ?? ''), counts, figures, passages, unplaced });
  }
  articles.sort((a, b) => a.path.localeCompare(b.path));

  const claims = ws.claims.claimIds().map((id) => claimReport(ws, id, lineOf));
  return {
    title: options.title ?? 'Fact-check report',
    generated: options.generated,
    articles,
    claims,
    totals,
    figures: articles.reduce((n, a) => n + a.figures.length, 0),
    annotations: placed.length,
    unplaced: placed.filter((p) => !p.span).length,
    conflicts: claims.filter((c) => c.conflict).length,
  };
}

function claimReport(ws: FactWorkspace, id: string, lineOf: (article: string, offset: number) => number): ClaimReport {
  const entry = ws.claims.getRegister()?.claims.get(id);
  const row = (m: ReturnType<FactWorkspace['claims']['mentions']>[number]): MentionRow => ({
    article: m.article, line: lineOf(m.article, m.start), text: m.text, status: m.status, annotationId: m.annotationId,
  });
  const conflict = ws.claims.conflict(id);
  return {
    id,
    statement: entry?.statement,
    verdict: entry?.verdict,
    note: entry?.note,
    sources: entry?.sources ?? [],
    mentions: ws.claims.mentions(id).map(row),
    conflict: conflict ? { kind: conflict.kind, values: conflict.values.map((v) => ({ value: v.value, mentions: v.mentions.map(row) })) } : undefined,
  };
}

function info(a: AnnotationInfo): AnnotationInfo {
  return { id: a.id, status: a.status, claim: a.claim, note: a.note, sources: a.sources, by: a.by, updated: a.updated };
}

/** About 70 characters either side, within the paragraph, cut at word boundaries. */
export function snippet(text: string, start: number, end: number, reach = 70): Snippet {
  let from = Math.max(0, start - reach);
  let to = Math.min(text.length, end + reach);
  const paraStart = text.lastIndexOf('\n', start - 1);
  if (paraStart >= from) from = paraStart + 1;
  const paraEnd = text.indexOf('\n', end);
  if (paraEnd >= 0 && paraEnd < to) to = paraEnd;
  if (from > 0 && text[from - 1] !== '\n') from = Math.min(start, text.indexOf(' ', from) + 1 || start);
  if (to < text.length && text[to] !== '\n') to = Math.max(end, text.lastIndexOf(' ', to));
  const before = text.slice(from, start).replace(/\s+/g, ' ');
  const after = text.slice(end, to).replace(/\s+/g, ' ').replace(/\r$/, '');
  return {
    before: (from > 0 && text[from - 1] !== '\n' ? '…' : '') + before.trimStart(),
    text: text.slice(start, end),
    after: after.trimEnd() + (to < text.length && text[to] !== '\n' && text[to] !== '\r' ? '…' : ''),
  };
}

function lede(text: string): string {
  const first = text.trim().split(/\r?\n/)[0] ?? '';
  if (first.length <= 180) return first;
  const cut = first.lastIndexOf(' ', 180);
  return first.slice(0, cut > 0 ? cut : 180) + '…';
}
