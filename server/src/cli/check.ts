// `factlens check`: every problem of the selected articles and their annotation files.
import { checkWorkspace } from '../core/checks';
import { formatJson } from './formats/json';
import { CheckReport, locate } from './formats/located';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { UsageError } from './usage';
import { CommonOptions, openWorkspace } from './workspaceArgs';

export interface CheckOptions extends CommonOptions {
  format?: string;
  maxWarnings?: string;
}

export interface CliOutput {
  stdout: string;
  exitCode: number;
}

export function runCheck(paths: string[], options: CheckOptions, version: string, color: boolean): CliOutput {
  const format = options.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif (got "${format}")`);
  const maxWarnings = options.maxWarnings === undefined ? Infinity : Number(options.maxWarnings);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) throw new UsageError('--max-warnings takes a whole number');
  if (maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number');

  const { workspace, fileProblems, selected } = openWorkspace(paths, options);
  const problems = locate(workspace, [...fileProblems, ...checkWorkspace(workspace, selected)]);
  const reported = selected ? [...selected].filter((p) => workspace.getArticle(p)) : workspace.articlePaths();
  const report: CheckReport = {
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    articles: reported.length,
    annotationFiles: workspace.annotationFilePaths().filter((f) => !selected || selected.has(workspace.getAnnotationFile(f)!.articlePath)).length,
    figures: reported.reduce((n, p) => n + workspace.figuresOf(p).length, 0),
  };
  const stdout =
    format === 'json' ? formatJson(report) : format === 'sarif' ? formatSarif(report, version) : formatText(report, color);
  const failed = report.errors > 0 || report.warnings > maxWarnings;
  return { stdout, exitCode: failed ? 1 : 0 };
}
