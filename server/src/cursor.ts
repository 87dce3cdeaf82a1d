// What sits under the cursor in an article or an annotation file, shared by hover,
// navigation and symbols so each feature maps the same core objects to its LSP shape.
import { Position } from 'vscode-languageserver';
import type { AnnotationFileEntry } from './core/workspace';
import { LineIndex } from './core/lineIndex';
import { annotationsAt, AnchoredAnnotation, figureAt, ResolvedArticle, spanOf } from './core/resolvedArticle';
import { Figure, LoadedAnnotation, Span } from './core/types';
import type { LocatedFile, ServerContext } from './context';
import { toOffset } from './ranges';

export interface ArticleCursor {
  file: LocatedFile;
  resolved: ResolvedArticle;
  offset: number;
  figure?: Figure;
  /** Anchored annotations covering the offset, narrowest first. */
  annotations: AnchoredAnnotation[];
}

export function articleCursor(ctx: ServerContext, uri: string, position: Position): ArticleCursor | undefined {
  const file = ctx.lookup(uri);
  if (file?.kind !== 'article') return undefined;
  const resolved = file.folder.workspace.resolve(file.path);
  if (!resolved) return undefined;
  const offset = toOffset(resolved.lines, position);
  const annotations = annotationsAt(resolved, offset).sort((a, b) => length(a) - length(b));
  const text = resolved.article.text;
  const figure = figureAt(resolved, offset) ?? resolved.figures.find((f) => f.qualifier && qualifiedStart(text, f) <= offset && offset < f.start);
  return { file, resolved, offset, figure, annotations };
}

/** Where a figure starts with its qualifier ("at least 45" rather than "45") when the qualifier is right before it. */
export function qualifiedStart(text: string, figure: Figure): number {
  if (!figure.qualifier) return figure.start;
  const before = text.slice(Math.max(0, figure.start - figure.qualifier.length - 3), figure.start);
  const match = new RegExp(`${escapeRegExp(figure.qualifier)}\\s+$`, 'i').exec(before);
  return match ? figure.start - (before.length - match.index) : figure.start;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function length(a: AnchoredAnnotation): number {
  const span = spanOf(a);
  return span ? span.end - span.start : Infinity;
}

export interface YamlCursor {
  file: LocatedFile;
  entry: AnnotationFileEntry;
  /** Lines of the YAML text the model was parsed from (spans refer to it). */
  lines: LineIndex;
  offset: number;
  /** The annotation whose list item holds the cursor. */
  annotation?: LoadedAnnotation;
}

export function yamlCursor(ctx: ServerContext, uri: string, position: Position): YamlCursor | undefined {
  const file = ctx.lookup(uri);
  if (file?.kind !== 'annotations') return undefined;
  const entry = file.folder.workspace.getAnnotationFile(file.path);
  if (!entry) return undefined;
  const lines = new LineIndex(entry.text);
  const offset = toOffset(lines, position);
  const annotation = entry.model.annotations.find((a) => {
    const span = itemSpan(entry.text, a);
    return span.start <= offset && offset <= span.end;
  });
  return { file, entry, lines, offset, annotation };
}

/** The list item of an annotation, widened to take in its "- " so the whole item counts. */
export function itemSpan(yamlText: string, annotation: LoadedAnnotation): Span {
  let start = annotation.span.start;
  const before = yamlText.slice(Math.max(0, start - 80), start);
  const dash = /-[ \t]*$/.exec(before);
  if (dash) start -= before.length - dash.index;
  return { start, end: annotation.span.end };
}

/** A span without the whitespace and line breaks YAML counts into a block's end. */
export function trimSpan(text: string, span: Span): Span {
  return { start: span.start, end: span.start + text.slice(span.start, span.end).trimEnd().length };
}

/** How an annotation of a YAML file anchors in its article (undefined when the article is missing). */
export function anchoredFor(file: LocatedFile, entry: AnnotationFileEntry, annotation: LoadedAnnotation): AnchoredAnnotation | undefined {
  const resolved = file.folder.workspace.resolve(entry.articlePath);
  return resolved?.anchored.find((a) => a.file === entry.path && a.annotation.id === annotation.id);
}
