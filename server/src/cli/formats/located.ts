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

/**
 * Where each problem starts and ends, four numbers a problem (line, character, endLine,
 * endCharacter, 0-based, as locate attaches them): formats read these instead of a located
 * copy of every problem (hundreds of thousands in a large workspace).
 */
export type Positions = Float64Array;

/** The line index of a workspace file (article, annotation file or claims register), looked up once per file. */
export function lineIndexes(ws: FactWorkspace): (file: string) => LineIndex | undefined {
  const indexes = new Map<string, LineIndex | undefined>();
  return (file) => {
    if (!indexes.has(file)) {
      const text = ws.getArticle(file)?.text ?? ws.getAnnotationFile(file)?.text ?? (ws.getClaimsFile()?.path === file ? ws.getClaimsFile()!.text : undefined);
      indexes.set(file, text === undefined ? undefined : ws.linesOf(file) ?? new LineIndex(text));
    }
    return indexes.get(file);
  };
}

export function positionsOf(problems: readonly Problem[], indexFor: (file: string) => LineIndex | undefined): Positions {
  const out = new Float64Array(problems.length * 4);
  let file: string | undefined;
  let index: LineIndex | undefined;
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i];
    if (p.file !== file) index = indexFor((file = p.file));
    if (!index) continue; // 0, 0, 0, 0 for a file without text
    const line = index.lineOf(p.start);
    const endLine = index.lineOf(p.end);
    out[4 * i] = line;
    out[4 * i + 1] = index.characterOf(p.start, line);
    out[4 * i + 2] = endLine;
    out[4 * i + 3] = index.characterOf(p.end, endLine);
  }
  return out;
}

/** The positions located problems carry. */
export function positionsOfLocated(problems: readonly LocatedProblem[]): Positions {
  const out = new Float64Array(problems.length * 4);
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i];
    out[4 * i] = p.line;
    out[4 * i + 1] = p.character;
    out[4 * i + 2] = p.endLine;
    out[4 * i + 3] = p.endCharacter;
  }
  return out;
}

export function locate(ws: FactWorkspace, problems: Problem[]): LocatedProblem[] {
  const positions = positionsOf(problems, lineIndexes(ws));
  // Built field by field (not by spreading the problem): this runs for every problem,
  // hundreds of thousands in a large workspace.
  return problems.map((p, i) => ({
    file: p.file,
    start: p.start,
    end: p.end,
    code: p.code,
    severity: p.severity,
    message: p.message,
    data: p.data,
    line: positions[4 * i],
    character: positions[4 * i + 1],
    endLine: positions[4 * i + 2],
    endCharacter: positions[4 * i + 3],
  }));
}
