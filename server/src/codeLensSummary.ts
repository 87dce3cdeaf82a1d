// The lens at the top of an article: its figures counted by status.
import { CodeLens } from 'vscode-languageserver';
import { figureStatus, ResolvedArticle } from './core/resolvedArticle';
import { Status } from './core/types';
import type { ServerContext } from './context';
import { plural } from './locations';
import { ClientCommands } from './protocol';
import { SUMMARY_ORDER } from './statusLabels';

export interface FigureCounts {
  figures: number;
  byStatus: Map<Status, number>;
  orphaned: number;
}

/** Figures of the reported kinds, counted by the status of the annotation covering each. */
export function countFigures(resolved: ResolvedArticle, kinds: readonly string[]): FigureCounts {
  const byStatus = new Map<Status, number>();
  let figures = 0;
  for (const figure of resolved.figures) {
    if (!kinds.includes(figure.kind)) continue;
    figures++;
    const { status } = figureStatus(resolved, figure);
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  const orphaned = resolved.anchored.filter((a) => a.result.status !== 'anchored').length;
  return { figures, byStatus, orphaned };
}

/** "FactLens: 12 figures · 3 verified · 8 unverified · 1 disputed" */
export function summaryTitle(counts: FigureCounts): string {
  const parts = [`FactLens: ${plural(counts.figures, 'figure')}`];
  for (const status of SUMMARY_ORDER) {
    const n = counts.byStatus.get(status) ?? 0;
    if (n > 0 || (status === 'unverified' && counts.figures > 0)) parts.push(`${n} ${status}`);
  }
  if (counts.orphaned > 0) parts.push(`${counts.orphaned} orphaned ${counts.orphaned === 1 ? 'annotation' : 'annotations'}`);
  return parts.join(' · ');
}

export function summaryLens(ctx: ServerContext, uri: string, resolved: ResolvedArticle): CodeLens {
  const counts = countFigures(resolved, ctx.settings().figureKinds);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    command: { title: summaryTitle(counts), command: ClientCommands.openProblems, arguments: [uri] },
  };
}
