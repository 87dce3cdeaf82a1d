// `file:line:col severity message [code]`, one a line, then a summary (like eslint's unix format).
// Built from per-file chunks so parallel workers can format their own files.
import type { Positions, ReportSummary } from './located';
import type { Problem } from '../../core/types';

/** The lines of some problems, joined, UTF-8 encoded (empty for none); `positions` as positionsOf gives them. */
export function textBytes(problems: readonly Problem[], positions: Positions, color: boolean): Uint8Array {
  return Buffer.from(textLines(problems, positions, color));
}

function textLines(problems: readonly Problem[], positions: Positions, color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const error = paint(31, 'error');
  const warning = paint(33, 'warning');
  // One string built in a loop (this runs for every problem: hundreds of thousands in a large workspace).
  // Writing the pieces straight into a Buffer allocated less but cost more CPU (a call per piece).
  let out = '';
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i];
    const severity = p.severity === 'error' ? error : p.severity === 'warning' ? warning : paint(36, p.severity);
    out += `${i === 0 ? '' : '\n'}${p.file}:${positions[4 * i] + 1}:${positions[4 * i + 1] + 1} ${severity} ${p.message} ${paint(2, `[${p.code}]`)}`;
  }
  return out;
}

export function assembleText(summary: ReportSummary, chunks: string[]): string {
  return [...chunks.filter((c) => c !== ''), summaryLine(summary)].join('\n') + '\n';
}

export function summaryLine(r: ReportSummary): string {
  const scope = `${r.articles} article${r.articles === 1 ? '' : 's'}, ${r.figures} figures, ${r.annotationFiles} annotation file${r.annotationFiles === 1 ? '' : 's'}`;
  if (r.problems === 0) return `No problems (${scope}).`;
  const others = r.problems - r.errors - r.warnings;
  const parts = [`${r.errors} error${r.errors === 1 ? '' : 's'}`, `${r.warnings} warning${r.warnings === 1 ? '' : 's'}`];
  if (others > 0) parts.push(`${others} info`);
  return `${r.problems} problem${r.problems === 1 ? '' : 's'} (${parts.join(', ')}) in ${scope}.`;
}
