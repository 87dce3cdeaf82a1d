// textDocument/codeLens for articles: a summary at the top, and above claim-linked
// mentions, conflicts and likely-same figures. Everything comes from the article's
// resolved state and the claim index; nothing here scans the workspace.
import { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { claimLenses } from './codeLensClaims';
import { suggestionLenses } from './codeLensSuggestions';
import { summaryLens } from './codeLensSummary';

export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens((params: CodeLensParams) => codeLenses(ctx, params.textDocument.uri));
}

export function codeLenses(ctx: ServerContext, uri: string): CodeLens[] {
  const file = ctx.lookup(uri);
  if (file?.kind !== 'article') return [];
  const resolved = file.folder.workspace.resolve(file.path);
  if (!resolved) return [];
  const lenses = [...claimLenses(ctx, file, uri, resolved), ...suggestionLenses(ctx, file, uri, resolved)];
  // In reading order (a stable sort keeps a line's claim lens before its conflict lens).
  lenses.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return [summaryLens(ctx, uri, resolved), ...lenses];
}
