// Document symbols (an article's figures grouped by status and its annotations; a YAML
// file's annotations or claims) and workspace symbols (claims, matched against the query).
import { DocumentSymbol, DocumentSymbolParams, Location, SymbolInformation, SymbolKind, WorkspaceSymbolParams } from 'vscode-languageserver';
import { LineIndex } from './core/lineIndex';
import type { ServerContext } from './context';
import { trimSpan } from './cursor';
import { articleSymbols } from './symbolsArticle';
import { locationOf } from './locations';
import { claimDeclaration } from './navigation';
import { toRange } from './ranges';
import { statusLabel } from './statusLabels';
import { shorten } from './core/checks/shorten';

const MAX_WORKSPACE_SYMBOLS = 1000;

export function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol((params: DocumentSymbolParams) => documentSymbols(ctx, params.textDocument.uri));
  ctx.connection.onWorkspaceSymbol((params: WorkspaceSymbolParams) => workspaceSymbols(ctx, params.query));
}

export function documentSymbols(ctx: ServerContext, uri: string): DocumentSymbol[] {
  const file = ctx.lookup(uri);
  const ws = file?.folder.workspace;
  if (!file || !ws) return [];
  if (file.kind === 'article') {
    const resolved = ws.resolve(file.path);
    return resolved ? articleSymbols(resolved, ctx.settings().figureKinds) : [];
  }
  if (file.kind === 'annotations') {
    const entry = ws.getAnnotationFile(file.path);
    if (!entry) return [];
    const lines = new LineIndex(entry.text);
    return entry.model.annotations.map((a) => ({ a, span: trimSpan(entry.text, a.span) })).map(({ a, span }) => ({
      name: a.id,
      detail: `${statusLabel(a.status)}${a.claim ? ` · claim ${a.claim}` : ''} · “${shorten(a.quote, 40)}”`,
      kind: SymbolKind.Object,
      range: toRange(lines, span.start, span.end),
      selectionRange: toRange(lines, (a.fieldSpans.id ?? span).start, (a.fieldSpans.id ?? span).end),
    }));
  }
  const register = ws.getClaimsFile();
  if (!register) return [];
  const lines = new LineIndex(register.text);
  return [...register.model.claims.values()].map((c) => ({
    name: c.id,
    detail: [c.verdict && statusLabel(c.verdict), c.statement && shorten(c.statement, 60)].filter(Boolean).join(' · '),
    kind: SymbolKind.Constant,
    range: toRange(lines, c.span.start, c.span.end),
    selectionRange: toRange(lines, c.span.start, c.span.end),
  }));
}

export function workspaceSymbols(ctx: ServerContext, query: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const folder of ctx.folders.all()) {
    const claims = folder.workspace.claims;
    for (const id of claims.claimIds()) {
      if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
      if (!matchesQuery(id, query)) continue;
      const first = claims.mentions(id)[0];
      const location: Location | undefined =
        claimDeclaration(ctx, folder, id) ?? (first && locationOf(ctx, folder, first.article, first.start, first.end));
      if (!location) continue;
      const statement = claims.getRegister()?.claims.get(id)?.statement;
      out.push({ name: id, kind: SymbolKind.Constant, location, containerName: statement ? shorten(statement, 60) : 'claim' });
    }
  }
  return out;
}

/** Case-insensitive subsequence match, as editors filter symbol names ("gdt" finds "gaza-death-toll"). */
export function matchesQuery(name: string, query: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let i = 0;
  for (const c of n) if (i < q.length && c === q[i]) i++;
  return i === q.length;
}
