// Unverified figures per article and per workspace, for factlens/summary. Each article's
// count is cached against its resolved state (a new object whenever the article or its
// annotations change), and the workspace total is recomputed only when the claim index
// has done work since the last answer, so status-bar refreshes stay cheap at any size.
import { figureStatus, ResolvedArticle } from './core/resolvedArticle';
import type { FactWorkspace } from './core/workspace';

interface ArticleCount {
  resolved: ResolvedArticle;
  unverified: number;
}

interface Total {
  /** ClaimIndex.operations when the total was computed: any re-indexed article with figures changes it. */
  operations: number;
  pending: number;
  unverified: number;
  articles: number;
}

export class UnverifiedCounts {
  private readonly articles = new WeakMap<FactWorkspace, Map<string, ArticleCount>>();
  private readonly totals = new WeakMap<FactWorkspace, Total>();

  /** Unverified figures of one article (of the reported kinds), or undefined when it is unknown. */
  article(ws: FactWorkspace, path: string): number | undefined {
    const resolved = ws.resolve(path);
    if (!resolved) return undefined;
    let perArticle = this.articles.get(ws);
    if (!perArticle) this.articles.set(ws, (perArticle = new Map()));
    const cached = perArticle.get(path);
    if (cached?.resolved === resolved) return cached.unverified;
    const unverified = countUnverified(resolved, ws.settings.figureKinds);
    perArticle.set(path, { resolved, unverified });
    return unverified;
  }

  workspace(ws: FactWorkspace): { unverified: number; articles: number } {
    const cached = this.totals.get(ws);
    if (cached && cached.operations === ws.claims.operations && cached.pending === ws.pendingIndex) return cached;
    const paths = ws.articlePaths();
    let unverified = 0;
    for (const path of paths) unverified += this.article(ws, path) ?? 0;
    // Forget removed articles.
    const perArticle = this.articles.get(ws);
    if (perArticle && perArticle.size > paths.length) {
      const live = new Set(paths);
      for (const path of perArticle.keys()) if (!live.has(path)) perArticle.delete(path);
    }
    const total = { operations: ws.claims.operations, pending: ws.pendingIndex, unverified, articles: paths.length };
    this.totals.set(ws, total);
    return total;
  }
}

export function countUnverified(resolved: ResolvedArticle, kinds: readonly string[]): number {
  let n = 0;
  for (const figure of resolved.figures) if (kinds.includes(figure.kind) && figureStatus(resolved, figure).status === 'unverified') n++;
  return n;
}
