// The fact-check report as Markdown (GitHub flavour): for pull requests, wikis and
// newsroom tools that take Markdown. Same content as the HTML report, statuses in words.
import type { Source } from '../../types';
import { shortName } from './chart';
import { escapeMarkdown as md } from './escape';
import type { AnnotationInfo, ArticleReport, ClaimReport, ReportData } from './model';
import { REPORT_ORDER, STATUS_LABELS } from './statusStyle';

export function renderMarkdown(report: ReportData): string {
  const out: string[] = [`# ${md(report.title)}`, '', `${report.articles.length} articles · ${report.figures} figures · ${report.annotations} annotations · generated ${report.generated} by FactLens`, ''];
  out.push('## Summary', '');
  out.push(`| Article | ${REPORT_ORDER.map((s) => STATUS_LABELS[s]).join(' | ')} | Total |`);
  out.push(`| --- | ${REPORT_ORDER.map(() => '---:').join(' | ')} | ---: |`);
  for (const a of report.articles) out.push(`| ${md(shortName(a.path))} | ${REPORT_ORDER.map((s) => a.counts[s]).join(' | ')} | ${a.figures.length} |`);
  out.push(`| **All** | ${REPORT_ORDER.map((s) => `**${report.totals[s]}**`).join(' | ')} | **${report.figures}** |`, '');
  if (report.conflicts > 0) out.push(`**${report.conflicts} claim(s) have conflicting figures.**`, '');
  if (report.unplaced > 0) out.push(`**${report.unplaced} annotation(s) lost their place in the article** and need re-anchoring.`, '');

  if (report.claims.length > 0) {
    out.push('## Claims across articles', '');
    for (const c of report.claims) out.push(...claim(c));
  }
  for (const a of report.articles) out.push(...article(a));
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function claim(c: ClaimReport): string[] {
  const out = [`### \`${c.id}\` — ${c.verdict ? STATUS_LABELS[c.verdict] : 'no verdict yet'}`, ''];
  if (c.statement) out.push(md(c.statement), '');
  if (c.conflict) {
    const values = c.conflict.values.map((v) => `“${md(v.mentions[0]?.text ?? v.value)}” (${v.mentions.map((m) => `${md(shortName(m.article))}:${m.line}`).join(', ')})`);
    out.push(`> **Conflict:** the mentions disagree — ${values.join(' vs ')}.`, '');
  }
  for (const m of c.mentions) out.push(`- ${md(shortName(m.article))}:${m.line} “${md(m.text)}” — ${STATUS_LABELS[m.status]}`);
  if (c.mentions.length === 0) out.push('- No article mentions this claim yet.');
  out.push('', ...sources(c.sources));
  return out;
}

function article(a: ArticleReport): string[] {
  const out = [`## ${md(shortName(a.path))}`, '', `_${md(a.lede)}_`, ''];
  out.push(`${a.figures.length} figures: ${REPORT_ORDER.filter((s) => a.counts[s] > 0).map((s) => `${a.counts[s]} ${STATUS_LABELS[s].toLowerCase()}`).join(', ') || 'none'}.`, '');
  if (a.figures.length > 0) {
    out.push('| Line | Figure in context | Status | Evidence and notes |', '| ---: | --- | --- | --- |');
    for (const f of a.figures) {
      const context = `${md(f.snippet.before)}**${md(f.snippet.text)}**${md(f.snippet.after)}`;
      out.push(`| ${f.line} | ${context} | ${STATUS_LABELS[f.status]} | ${evidence(f.annotation)} |`);
    }
    out.push('');
  }
  if (a.passages.length > 0) {
    out.push('### Other checked passages', '');
    for (const p of a.passages) out.push(`- line ${p.line}: “${md(p.quote)}” — ${STATUS_LABELS[p.annotation.status]}. ${evidence(p.annotation)}`);
    out.push('');
  }
  if (a.unplaced.length > 0) {
    out.push('### Annotations that lost their place', '');
    for (const p of a.unplaced) out.push(`- \`${p.annotation.id}\` “${md(p.quote)}” — ${md(p.problem ?? '')}`);
    out.push('');
  }
  return out;
}

function evidence(a: AnnotationInfo | undefined): string {
  if (!a) return '';
  const parts: string[] = [];
  if (a.note) parts.push(md(a.note));
  for (const s of a.sources) parts.push(sourceLink(s) + (s.quote ? `: “${md(s.quote)}”` : ''));
  if (a.claim) parts.push(`claim \`${a.claim}\``);
  const who = [a.by, a.updated].filter(Boolean).join(', ');
  if (who) parts.push(`_${md(who)}_`);
  return parts.join('<br>');
}

function sources(list: Source[]): string[] {
  if (list.length === 0) return [];
  return ['Sources:', ...list.map((s) => `- ${sourceLink(s)}${s.quote ? `: “${md(s.quote)}”` : ''}`), ''];
}

function sourceLink(s: Source): string {
  const title = md(s.title ?? s.url);
  const safe = /^https?:\/\/[^\s()<>]+$/i.test(s.url);
  return (safe ? `[${title}](${s.url})` : title) + (s.accessed ? ` (read ${s.accessed})` : '');
}
