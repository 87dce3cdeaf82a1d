// textDocument/hover: figures and annotated spans in articles, annotations in YAML files,
// claims in the register. Plain Markdown with every user string escaped (see markdown.ts);
// links only to http(s) sources and to workspace files.
import { Hover, HoverParams, MarkupKind, Position } from 'vscode-languageserver';
import { LineIndex } from './core/lineIndex';
import { spanOf } from './core/resolvedArticle';
import type { ServerContext } from './context';
import { anchoredFor, articleCursor, qualifiedStart, trimSpan, yamlCursor } from './cursor';
import { annotationHover, unannotatedFigureHover } from './hoverArticle';
import { claimEntryHover, yamlAnnotationHover } from './hoverYaml';
import { toOffset, toRange } from './ranges';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params: HoverParams) => hoverAt(ctx, params.textDocument.uri, params.position) ?? null);
}

export function hoverAt(ctx: ServerContext, uri: string, position: Position): Hover | undefined {
  const file = ctx.lookup(uri);
  if (file?.kind === 'article') return articleHover(ctx, uri, position);
  if (file?.kind === 'annotations') return annotationFileHover(ctx, uri, position);
  if (file?.kind === 'claims') return claimsFileHover(ctx, uri, position);
  return undefined;
}

function markdown(value: string, range: Hover['range']): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

function articleHover(ctx: ServerContext, uri: string, position: Position): Hover | undefined {
  const cursor = articleCursor(ctx, uri, position);
  if (!cursor) return undefined;
  const { resolved, figure, annotations, file } = cursor;
  const [primary, ...others] = annotations;
  if (primary) {
    const span = spanOf(primary)!;
    const value = annotationHover(ctx, file.folder, primary, figure, others);
    return markdown(value, toRange(resolved.lines, span.start, span.end));
  }
  if (figure) return markdown(unannotatedFigureHover(figure), toRange(resolved.lines, qualifiedStart(resolved.article.text, figure), figure.end));
  return undefined;
}

function annotationFileHover(ctx: ServerContext, uri: string, position: Position): Hover | undefined {
  const cursor = yamlCursor(ctx, uri, position);
  if (!cursor?.annotation) return undefined;
  const { file, entry, annotation, lines } = cursor;
  const anchored = anchoredFor(file, entry, annotation);
  const value = yamlAnnotationHover(ctx, file.folder, entry, anchored, annotation.id, annotation.status);
  const span = trimSpan(entry.text, annotation.span);
  return markdown(value, toRange(lines, span.start, span.end));
}

function claimsFileHover(ctx: ServerContext, uri: string, position: Position): Hover | undefined {
  const file = ctx.lookup(uri);
  const register = file?.folder.workspace.getClaimsFile();
  if (!file || !register) return undefined;
  const lines = new LineIndex(register.text);
  const offset = toOffset(lines, position);
  const entry = [...register.model.claims.values()].find((c) => c.span.start <= offset && offset <= c.span.end);
  if (!entry) return undefined;
  return markdown(claimEntryHover(file.folder, entry), toRange(lines, entry.span.start, entry.span.end));
}
