// An article's outline: its figures grouped under their status, then its anchored
// annotations with their status as detail.
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver';
import { figureStatus, ResolvedArticle, spanOf } from './core/resolvedArticle';
import { Status } from './core/types';
import { qualifiedStart } from './cursor';
import { toRange } from './ranges';
import { SUMMARY_ORDER, statusLabel } from './statusLabels';

export function articleSymbols(resolved: ResolvedArticle, kinds: readonly string[]): DocumentSymbol[] {
  const byStatus = new Map<Status, DocumentSymbol[]>();
  for (const figure of resolved.figures) {
    if (!kinds.includes(figure.kind)) continue;
    const { status } = figureStatus(resolved, figure);
    const range = toRange(resolved.lines, figure.start, figure.end);
    // Named as the article writes it, qualifier included: "About 300", "at least 45".
    const name = resolved.article.text.slice(qualifiedStart(resolved.article.text, figure), figure.end);
    const list = byStatus.get(status) ?? [];
    list.push({ name, detail: figure.kind, kind: SymbolKind.Number, range, selectionRange: range });
    byStatus.set(status, list);
  }
  const groups: DocumentSymbol[] = [];
  for (const status of SUMMARY_ORDER) {
    const children = byStatus.get(status);
    if (children?.length) groups.push(group(`${statusLabel(status)} (${children.length})`, 'figures', children));
  }
  const annotations: DocumentSymbol[] = [];
  for (const a of resolved.anchored) {
    const span = spanOf(a);
    if (!span) continue;
    const range = toRange(resolved.lines, span.start, span.end);
    const detail = a.annotation.claim ? `${statusLabel(a.annotation.status)} · claim ${a.annotation.claim}` : statusLabel(a.annotation.status);
    annotations.push({ name: a.annotation.id, detail, kind: SymbolKind.Key, range, selectionRange: range });
  }
  annotations.sort((x, y) => compare(x.range, y.range));
  if (annotations.length) groups.push(group(`Annotations (${annotations.length})`, 'annotations', annotations));
  return groups;
}

/** A parent symbol whose range spans its children (LSP requires children inside the parent). */
function group(name: string, detail: string, children: DocumentSymbol[]): DocumentSymbol {
  let range = children[0].range;
  for (const c of children) {
    if (compare(c.range, range) < 0) range = { start: c.range.start, end: range.end };
    if (after(c.range.end, range.end)) range = { start: range.start, end: c.range.end };
  }
  return { name, detail, kind: SymbolKind.Namespace, range, selectionRange: children[0].range, children };
}

function compare(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

function after(a: Range['end'], b: Range['end']): boolean {
  return a.line > b.line || (a.line === b.line && a.character > b.character);
}
