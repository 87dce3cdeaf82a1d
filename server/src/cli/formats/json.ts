// Machine-readable problems: one object each, with offsets and 1-based line/column.
import { CheckReport } from './located';

export function formatJson(report: CheckReport): string {
  const problems = report.problems.map((p) => ({
    file: p.file,
    line: p.line + 1,
    column: p.character + 1,
    endLine: p.endLine + 1,
    endColumn: p.endCharacter + 1,
    start: p.start,
    end: p.end,
    severity: p.severity,
    code: p.code,
    message: p.message,
    ...(p.data ? { data: p.data } : {}),
  }));
  const { errors, warnings, articles, annotationFiles, figures } = report;
  return JSON.stringify({ summary: { errors, warnings, articles, annotationFiles, figures }, problems }, null, 2) + '\n';
}
