// Hover text in YAML files: in an annotation file, the article text an annotation anchors
// to (with a few words around it) or why it did not anchor; in the claims register, a
// claim's statement and mentions.
import type { AnchoredAnnotation } from './core/resolvedArticle';
import type { ClaimEntry } from './core/annotations';
import type { AnnotationFileEntry } from './core/workspace';
import type { ServerContext } from './context';
import type { Folder } from './folders';
import { lineNumber, lineUri, plural } from './locations';
import * as md from './markdown';
import { statusHeadline, statusLabel } from './statusLabels';

const CONTEXT_WORDS = 6;

export function yamlAnnotationHover(ctx: ServerContext, folder: Folder, entry: AnnotationFileEntry, anchored: AnchoredAnnotation | undefined, id: string, status: AnchoredAnnotation['annotation']['status']): string {
  const blocks = [`**FactLens · annotation ${md.code(id)}** · ${statusHeadline(status)}`];
  const article = entry.articlePath;
  const text = folder.workspace.getArticle(article)?.text;
  if (text === undefined || !anchored) {
    blocks.push(`Its article ${md.text(article)} is not in the workspace, so this annotation anchors nowhere.`);
    return blocks.join('\n\n');
  }
  const where = (offset: number) => {
    const line = lineNumber(ctx, folder, article, offset) ?? 1;
    return md.fileLink(`${article}:${line}`, lineUri(ctx, folder, article, line));
  };
  const result = anchored.result;
  if (result.status === 'anchored') {
    const how = result.method === 'fuzzy' ? ' (found by fuzzy match: the article changed since it was annotated)' : '';
    blocks.push(`Anchors to ${where(result.start)}${how}:`);
    blocks.push('> ' + inContext(text, result.start, result.end));
  } else if (result.status === 'ambiguous') {
    blocks.push(`⚠ **Ambiguous**: the quote matches ${plural(result.candidates.length, 'place')} equally well; add a prefix or suffix to choose one.`);
    blocks.push(result.candidates.map((c) => `- ${where(c.start)}: ${inContext(text, c.start, c.end)}`).join('\n'));
  } else {
    blocks.push(`⚠ **Orphaned**: ${md.text(result.reason)}. The annotation is kept; fix its quote or re-anchor it with a quick fix in the article.`);
  }
  const claim = anchored.annotation.claim;
  if (claim) blocks.push(claimSummary(folder, claim));
  return blocks.join('\n\n');
}

export function claimEntryHover(folder: Folder, entry: ClaimEntry): string {
  const blocks = [`**FactLens · claim ${md.code(entry.id)}**${entry.verdict ? ` · verdict: ${statusHeadline(entry.verdict)}` : ''}`];
  if (entry.statement) blocks.push(md.text(entry.statement));
  blocks.push(claimSummary(folder, entry.id));
  return blocks.join('\n\n');
}

function claimSummary(folder: Folder, claim: string): string {
  const claims = folder.workspace.claims;
  const mentions = claims.mentions(claim);
  const articles = new Set(mentions.map((m) => m.article)).size;
  const statement = claims.getRegister()?.claims.get(claim)?.statement;
  const conflict = claims.conflict(claim) ? ' · ⚠ conflicting values' : '';
  const verdict = claims.getRegister()?.claims.get(claim)?.verdict;
  return `**Claim** ${md.code(claim)}${statement ? ` — ${md.text(statement)}` : ''}${verdict ? ` · verdict: ${statusLabel(verdict)}` : ''} · ${plural(mentions.length, 'mention')} in ${plural(articles, 'article')}${conflict}`;
}

/** "…reportedly killed **at least 45** Palestinians, according to…" (escaped). */
export function inContext(text: string, start: number, end: number): string {
  // Context stays on the quote's own lines: the next paragraph is not its context.
  const before = text.slice(Math.max(0, start - 200), start).split(/\r\n|\r|\n/).pop()!;
  const after = text.slice(end, end + 200).split(/\r\n|\r|\n/)[0];
  const lead = lastWords(before, CONTEXT_WORDS);
  const tail = firstWords(after, CONTEXT_WORDS);
  const gapBefore = /\s$/.test(before) ? ' ' : '';
  const gapAfter = /^\s/.test(after) ? ' ' : '';
  const open = before.trimEnd().length > lead.length ? '…' : '';
  const close = after.trimStart().length > tail.length ? '…' : '';
  return `${open}${md.text(lead)}${gapBefore}**${md.text(text.slice(start, end))}**${gapAfter}${md.text(tail)}${close}`;
}

function lastWords(s: string, n: number): string {
  const words = s.trimEnd().split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(' ');
}

function firstWords(s: string, n: number): string {
  return s.trimStart().split(/\s+/).slice(0, n).join(' ');
}
