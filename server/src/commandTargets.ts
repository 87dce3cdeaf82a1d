// What a command's arguments point at: an article and a span of its current text (refusing
// stale versions and empty ranges), or an annotation by id and the YAML file it lives in.
import { AnchoredAnnotation, ResolvedArticle, spanOf } from './core/resolvedArticle';
import type { LoadedAnnotation } from './core/types';
import { invalid, refuse } from './commandArgs';
import type { ServerContext } from './context';
import type { Folder } from './folders';
import type { LspRange } from './protocol';
import { toOffsets } from './ranges';

export interface ArticleTarget {
  folder: Folder;
  /** Workspace-relative path of the article. */
  path: string;
  uri: string;
  resolved: ResolvedArticle;
  version: number;
}

export interface SpanTarget extends ArticleTarget {
  start: number;
  end: number;
}

export interface AnnotationTarget {
  folder: Folder;
  /** Workspace-relative path of the YAML file holding the annotation. */
  yamlPath: string;
  annotation: LoadedAnnotation;
  /** The article it annotates. */
  articlePath: string;
}

export function articleTarget(ctx: ServerContext, uri: string, version?: number): ArticleTarget {
  const file = ctx.lookup(uri);
  if (!file || file.kind !== 'article') throw invalid(`${uri} is not a FactLens article (see the factlens.articles setting)`);
  const { folder, path } = file;
  const resolved = folder.workspace.resolve(path);
  if (!resolved) throw refuse(ctx.connection, `${path} is not indexed yet; try again in a moment`);
  const current = ctx.documents.get(uri)?.version ?? resolved.article.version;
  if (version !== undefined && version !== current) {
    throw refuse(ctx.connection, `the article changed since this range was computed (version ${version}, now ${current}); try again on the current text`);
  }
  return { folder, path, uri, resolved, version: current };
}

/** The article span a range selects, without surrounding whitespace; refuses empty spans. */
export function spanTarget(ctx: ServerContext, uri: string, range: LspRange, version?: number): SpanTarget {
  const target = articleTarget(ctx, uri, version);
  const { lines, article } = target.resolved;
  if (range.start.line >= lines.lineCount || range.end.line >= lines.lineCount) {
    throw invalid(`the range ends past the last line of ${target.path} (${lines.lineCount} lines)`);
  }
  let { start, end } = toOffsets(lines, range);
  while (start < end && /\s/.test(article.text[start])) start++;
  while (end > start && /\s/.test(article.text[end - 1])) end--;
  if (start === end) throw invalid('the range is empty: select the figure or passage to annotate');
  return { ...target, start, end };
}

/** The anchored annotation whose span is exactly [start, end). */
export function annotationExactlyAt(resolved: ResolvedArticle, start: number, end: number): AnchoredAnnotation | undefined {
  return resolved.anchored.find((a) => {
    const span = spanOf(a);
    return span !== undefined && span.start === start && span.end === end;
  });
}

/** The narrowest anchored annotation containing [start, end). */
export function annotationContaining(resolved: ResolvedArticle, start: number, end: number): AnchoredAnnotation | undefined {
  let best: AnchoredAnnotation | undefined;
  let bestLength = Infinity;
  for (const a of resolved.anchored) {
    const s = spanOf(a);
    if (!s || s.start > start || s.end < end || s.end - s.start >= bestLength) continue;
    best = a;
    bestLength = s.end - s.start;
  }
  return best;
}

/** An annotation by id; `uri` is its article or its YAML file. */
export function annotationTarget(ctx: ServerContext, uri: string, id: string): AnnotationTarget {
  const file = ctx.lookup(uri);
  if (!file || file.kind === 'claims') throw invalid(`${uri} is neither a FactLens article nor an annotation file`);
  const ws = file.folder.workspace;
  const entries = file.kind === 'article' ? ws.annotationFilesFor(file.path) : [ws.getAnnotationFile(file.path)].filter((e) => e !== undefined);
  for (const entry of entries) {
    const annotation = entry.model.annotations.find((a) => a.id === id);
    if (annotation) return { folder: file.folder, yamlPath: entry.path, annotation, articlePath: entry.articlePath };
  }
  throw refuse(ctx.connection, `no annotation "${id}" for ${file.path}`);
}
