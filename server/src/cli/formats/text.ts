// `file:line:col severity message [code]`, one a line, then a summary (like eslint's unix format).
import { CheckReport } from './located';

export function formatText(report: CheckReport, color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines = report.problems.map((p) => {
    const severity = p.severity === 'error' ? paint(31, 'error') : p.severity === 'warning' ? paint(33, 'warning') : paint(36, p.severity);
    return `${p.file}:${p.line + 1}:${p.character + 1} ${severity} ${p.message} ${paint(2, `[${p.code}]`)}`;
  });
  lines.push(summaryLine(report));
  return lines.join('\n') + '\n';
}

export function summaryLine(r: CheckReport): string {
  const scope = `${r.articles} article${r.articles === 1 ? '' : 's'}, ${r.figures} figures, ${r.annotationFiles} annotation file${r.annotationFiles === 1 ? '' : 's'}`;
  if (r.problems.length === 0) return `No problems (${scope}).`;
  const others = r.problems.length - r.errors - r.warnings;
  const parts = [`${r.errors} error${r.errors === 1 ? '' : 's'}`, `${r.warnings} warning${r.warnings === 1 ? '' : 's'}`];
  if (others > 0) parts.push(`${others} info`);
  return `${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} (${parts.join(', ')}) in ${scope}.`;
}
