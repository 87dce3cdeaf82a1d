// Lenses above figures that are not linked to a claim but look like the same figure as one
// elsewhere (same value and kind, a shared subject word, from the claim index): "possibly
// the same as 002_… line 7 — link?". Clicking runs factlens.server.linkFigures.
import { CodeLens } from 'vscode-languageserver';
import { annotationCovering, ResolvedArticle } from './core/resolvedArticle';
import type { LocatedFile, ServerContext } from './context';
import { lineNumber, shortName } from './locations';
import { Commands } from './protocol';
import { toRange } from './ranges';

export interface LinkFiguresArgs {
  uri: string;
  range: ReturnType<typeof toRange>;
  otherUri: string;
  otherRange: ReturnType<typeof toRange>;
  /** Versions the ranges were computed for: the command refuses them once either article changed. */
  version: number;
  otherVersion?: number;
}

export function suggestionLenses(ctx: ServerContext, file: LocatedFile, uri: string, resolved: ResolvedArticle): CodeLens[] {
  const ws = file.folder.workspace;
  const kinds = ctx.settings().figureKinds;
  const lenses: CodeLens[] = [];
  for (const figure of resolved.figures) {
    if (!kinds.includes(figure.kind)) continue;
    const covering = annotationCovering(resolved, figure.start, figure.end)?.annotation;
    if (covering?.claim || covering?.status === 'not-a-claim') continue;
    const suggestions = ws.claims.suggestionsFor(file.path, resolved.article.text, figure);
    const first = suggestions[0];
    const otherLines = first && ctx.linesOf(file.folder, first.target.article);
    if (!first || !otherLines) continue;
    const target = first.target;
    const line = lineNumber(ctx, file.folder, target.article, target.figure.start) ?? 1;
    const where = target.article === file.path ? `line ${line}` : `${shortName(target.article)} line ${line}`;
    const more = suggestions.length > 1 ? ` (+${suggestions.length - 1} more)` : '';
    const range = toRange(resolved.lines, figure.start, figure.end);
    const otherUri = ctx.folders.uriOf(file.folder, target.article);
    const args: LinkFiguresArgs = {
      uri,
      range,
      otherUri,
      otherRange: toRange(otherLines, target.figure.start, target.figure.end),
      version: ctx.documents.get(uri)?.version ?? resolved.article.version,
      otherVersion: ctx.documents.get(otherUri)?.version ?? ws.getArticle(target.article)?.version,
    };
    lenses.push({ range, command: { title: `“${figure.text}” possibly the same as ${where}${more} — link?`, command: Commands.linkFigures, arguments: [args] } });
  }
  return lenses;
}
