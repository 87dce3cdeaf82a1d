// The custom requests of protocol.ts that the VS Code client's views, decorations and
// status bar use: factlens/articleState, factlens/claims, factlens/summary.
import { figureStatus, spanOf } from './core/resolvedArticle';
import type { ServerContext } from './context';
import type { Indexer } from './indexer';
import { locationOf } from './locations';
import {
  ArticleState,
  ArticleStateParams,
  ArticleStateRequest,
  ClaimInfo,
  ClaimMention,
  ClaimsRequest,
  Summary,
  SummaryParams,
  SummaryRequest,
} from './protocol';
import { toRange } from './ranges';
import { UnverifiedCounts } from './unverifiedCounts';

export function registerCustomRequests(ctx: ServerContext, indexer: Indexer): void {
  const counts = new UnverifiedCounts();
  ctx.connection.onRequest(ArticleStateRequest, (params: ArticleStateParams) => articleState(ctx, params.uri));
  ctx.connection.onRequest(ClaimsRequest, () => claimInfos(ctx));
  ctx.connection.onRequest(SummaryRequest, (params: SummaryParams | undefined) => summary(ctx, counts, indexer.indexing, params?.uri));
}

export function articleState(ctx: ServerContext, uri: string): ArticleState | null {
  const file = ctx.lookup(uri);
  if (file?.kind !== 'article') return null;
  const ws = file.folder.workspace;
  const resolved = ws.resolve(file.path);
  if (!resolved) return null;
  const kinds = ctx.settings().figureKinds;
  const lines = resolved.lines;
  return {
    uri,
    version: ctx.documents.get(uri)?.version ?? null,
    figures: resolved.figures
      .filter((f) => kinds.includes(f.kind))
      .map((f) => {
        const { status, annotation } = figureStatus(resolved, f);
        return {
          range: toRange(lines, f.start, f.end), text: f.text, kind: f.kind, value: f.value, status,
          annotationId: annotation?.annotation.id, claim: annotation?.annotation.claim,
        };
      }),
    // Ambiguous annotations are not placed either: they count as orphaned here (no range).
    annotations: resolved.anchored.map((a) => {
      const span = spanOf(a);
      return {
        id: a.annotation.id, status: a.annotation.status, claim: a.annotation.claim,
        range: span && toRange(lines, span.start, span.end), orphaned: !span,
      };
    }),
    annotationFile: ctx.folders.uriOf(file.folder, ws.annotationFileForNew(file.path)),
  };
}

export function claimInfos(ctx: ServerContext): ClaimInfo[] {
  const out: ClaimInfo[] = [];
  for (const folder of ctx.folders.all()) {
    const claims = folder.workspace.claims;
    const register = claims.getRegister();
    for (const id of claims.claimIds()) {
      const mentions: ClaimMention[] = [];
      for (const m of claims.mentions(id)) {
        const location = locationOf(ctx, folder, m.article, m.start, m.end);
        if (location) mentions.push({ ...location, text: m.text, annotationId: m.annotationId, status: m.status });
      }
      const entry = register?.claims.get(id);
      out.push({ id, statement: entry?.statement, verdict: entry?.verdict, mentions, conflict: claims.conflict(id) !== undefined });
    }
  }
  return out;
}

export function summary(ctx: ServerContext, counts: UnverifiedCounts, indexing: boolean, uri?: string): Summary {
  const result: Summary = { workspace: 0, articles: 0, indexing };
  for (const folder of ctx.folders.all()) {
    const total = counts.workspace(folder.workspace);
    result.workspace += total.unverified;
    result.articles += total.articles;
  }
  const file = uri ? ctx.lookup(uri) : undefined;
  if (file?.kind === 'article') result.article = counts.article(file.folder.workspace, file.path);
  return result;
}
