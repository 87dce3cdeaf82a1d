// Hover text for an article: an annotated span (status, figure, sources, note, claim and
// its other mentions) or an unannotated figure (unverified, and how to annotate it).
// Every piece of user text goes through markdown.ts.
import type { AnchoredAnnotation } from './core/resolvedArticle';
import { Figure } from './core/types';
import type { ServerContext } from './context';
import type { Folder } from './folders';
import { lineNumber, lineUri } from './locations';
import * as md from './markdown';
import { ClientCommands, Commands } from './protocol';
import { statusHeadline, statusLabel } from './statusLabels';

const MAX_MENTIONS = 10;
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** "“at least 45” · count · value 45 · qualifier “at least”" */
export function describeFigure(figure: Figure): string {
  const parts = [`“${md.text(figure.text)}”`, figure.kind];
  if (figure.value !== null) parts.push(`value ${NUMBER.format(figure.value)}${figure.unit ? ' ' + md.text(figure.unit) : ''}`);
  else if (figure.low !== undefined && figure.high !== undefined) parts.push(`from ${NUMBER.format(figure.low)} to ${NUMBER.format(figure.high)}`);
  if (figure.qualifier) parts.push(`qualifier “${md.text(figure.qualifier)}”`);
  return parts.join(' · ');
}

export function unannotatedFigureHover(figure: Figure): string {
  return [
    '**FactLens · Unverified figure**',
    describeFigure(figure),
    'No annotation checks this figure yet. To annotate it, select it and run **FactLens: Annotate Selection** ' +
      `(${md.code(ClientCommands.annotateSelection)}) or use a quick fix; other editors can run the server command ` +
      `${md.code(Commands.annotate)} with the range, a status and sources, or add an entry to the article's annotation file.`,
  ].join('\n\n');
}

export function annotationHover(ctx: ServerContext, folder: Folder, a: AnchoredAnnotation, figure: Figure | undefined, others: AnchoredAnnotation[]): string {
  const { annotation } = a;
  const blocks: string[] = [`**FactLens · ${statusHeadline(annotation.status)}**`];
  const figures = figure ? [figure] : a.figures;
  if (figures.length > 0) blocks.push(figures.map((f) => `**Figure** ${describeFigure(f)}`).join('  \n'));
  if (annotation.sources.length > 0) blocks.push(['**Sources**', '', ...annotation.sources.map(sourceItem)].join('\n'));
  else if (annotation.status !== 'unverified' && annotation.status !== 'not-a-claim') blocks.push('*No source given yet.*');
  if (annotation.note) blocks.push(`**Note** ${md.text(annotation.note)}`);
  if (annotation.status === 'unverified') {
    blocks.push(`Not checked yet. To record a verdict, run **FactLens: Set Status** (${md.code(ClientCommands.setStatus)}) or use a quick fix; other editors can run ${md.code(Commands.setStatus)}.`);
  }
  const byline = [
    annotation.by ? `By ${md.text(annotation.by)}` : undefined,
    annotation.updated ? `updated ${md.text(annotation.updated)}` : undefined,
    `annotation ${md.code(annotation.id)} in ${md.text(a.file)}`,
  ].filter(Boolean);
  blocks.push(byline.join(' · '));
  if (annotation.claim) blocks.push(claimBlock(ctx, folder, annotation.claim, a));
  if (others.length > 0) {
    blocks.push(`Also inside: ${others.map((o) => `${md.code(o.annotation.id)} (${statusLabel(o.annotation.status)})`).join(', ')}`);
  }
  return blocks.join('\n\n');
}

function sourceItem(source: { url: string; title?: string; accessed?: string; quote?: string }): string {
  const head = `- ${md.webLink(source.title ?? source.url, source.url)}${source.accessed ? ` · accessed ${md.text(source.accessed)}` : ''}`;
  if (!source.quote) return head;
  return head + '\n\n' + md.quote(source.quote).split('\n').map((line) => '  ' + line).join('\n');
}

function claimBlock(ctx: ServerContext, folder: Folder, claim: string, self: AnchoredAnnotation): string {
  const ws = folder.workspace;
  const entry = ws.claims.getRegister()?.claims.get(claim);
  const lines: string[] = [];
  let head = `**Claim** ${md.code(claim)}`;
  if (entry?.statement) head += ` — ${md.text(entry.statement)}`;
  if (entry?.verdict) head += ` · verdict: **${statusLabel(entry.verdict)}**`;
  if (!entry && ws.claims.getRegister()) head += ' · *not in the claims register*';
  lines.push(head);
  const others = ws.claims.mentions(claim).filter((m) => !(m.annotationId === self.annotation.id && m.file === self.file));
  if (others.length === 0) {
    lines.push('No other mentions.');
  } else {
    const links = others.slice(0, MAX_MENTIONS).map((m) => {
      const line = lineNumber(ctx, folder, m.article, m.start) ?? 1;
      return `${md.fileLink(`${m.article}:${line}`, lineUri(ctx, folder, m.article, line))} “${md.text(m.text)}” (${statusLabel(m.status)})`;
    });
    if (others.length > MAX_MENTIONS) links.push(`…and ${others.length - MAX_MENTIONS} more`);
    lines.push(`${others.length === 1 ? 'Other mention' : `Other mentions (${others.length})`}:`, '', ...links.map((l) => `- ${l}`));
  }
  const conflict = ws.claims.conflict(claim);
  if (conflict) lines.push('', `⚠ The mentions of this claim disagree: ${conflict.values.map((v) => md.text(v.mentions[0]?.figures[0]?.text ?? v.value)).join(' vs ')}`);
  return lines.join('\n');
}
