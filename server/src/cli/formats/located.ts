// Problems with line/column attached, computed once for every output format.
import { LineIndex } from '../../core/lineIndex';
import { Problem } from '../../core/types';
import type { FactWorkspace } from '../../core/workspace';

export interface LocatedProblem extends Problem {
  /** 0-based, as in LSP; formats add 1 where humans read them. */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface CheckReport {
  problems: LocatedProblem[];
  errors: number;
  warnings: number;
  articles: number;
  annotationFiles: number;
  figures: number;
}

/** The counts of a report, without the problems themselves (what the summary line shows). */
export interface ReportSummary extends Omit<CheckReport, 'problems'> {
  problems: number;
}

export function summaryOf(report: CheckReport): ReportSummary {
  const { errors, warnings, articles, annotationFiles, figures } = report;
  return { errors, warnings, articles, annotationFiles, figures, problems: report.problems.length };
}

export function locate(ws: FactWorkspace, problems: Problem[]): LocatedProblem[] {
  const indexes = new Map<string, LineIndex | undefined>();
  const indexFor = (file: string) => {
    if (!indexes.has(file)) {
      const text = ws.getArticle(file)?.text ?? ws.getAnnotationFile(file)?.text ?? (ws.getClaimsFile()?.path === file ? ws.getClaimsFile()!.text : undefined);
      indexes.set(file, text === undefined ? undefined : ws.linesOf(file) ?? new LineIndex(text));
    }
    return indexes.get(file);
  };
  // Built field by field (not by spreading the problem): this runs for every problem,
  // hundreds of thousands in a large workspace.
  return problems.map((p) => {
    const index = indexFor(p.file);
    const line = index ? index.lineOf(p.start) : 0;
    const endLine = index ? index.lineOf(p.end) : line;
    return {
      file: p.file,
      start: p.start,
      end: p.end,
      code: p.code,
      severity: p.severity,
      message: p.message,
      data: p.data,
      line,
      character: index ? index.characterOf(p.start, line) : 0,
      endLine,
      endCharacter: index ? index.characterOf(p.end, endLine) : 0,
    };
  });
}
