// What `factlens check` must print, built the plain way from the core: load the whole folder,
// check the whole workspace, locate and format every problem, one string. The CLI checks in
// shards, file by file (threads, or one shard on the main thread); tests compare the two.
import { checkWorkspace } from '../../server/src/core/checks';
import { loadFolder } from '../../server/src/core/fsWorkspace';
import { assembleJson, jsonChunk } from '../../server/src/cli/formats/json';
import { LocatedProblem, locate, positionsOfLocated } from '../../server/src/cli/formats/located';
import { formatSarif } from '../../server/src/cli/formats/sarif';
import { assembleText, textBytes } from '../../server/src/cli/formats/text';
import { resolveTargets } from '../../server/src/cli/workspaceArgs';

export function referenceCheck(paths: string[], root: string, format: string, version: string): string {
  const { settings, selected, missing } = resolveTargets(paths, { root });
  const { workspace, fileProblems } = loadFolder(root, settings, selected ? [...selected] : [], { suggestions: false });
  const problems = locate(workspace, [...missing, ...fileProblems, ...checkWorkspace(workspace, selected)]);
  const reported = selected ? [...selected].filter((p) => workspace.getArticle(p)) : workspace.articlePaths();
  const counts = {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    articles: reported.length,
    annotationFiles: workspace.annotationFilePaths().filter((f) => !selected || selected.has(workspace.getAnnotationFile(f)!.articlePath)).length,
    figures: reported.reduce((n, p) => n + workspace.figuresOf(p).length, 0),
  };
  if (format === 'sarif') return formatSarif({ ...counts, problems }, version);
  const byFile: LocatedProblem[][] = [];
  for (const p of problems) {
    if (byFile.length > 0 && byFile[byFile.length - 1][0].file === p.file) byFile[byFile.length - 1].push(p);
    else byFile.push([p]);
  }
  const summary = { ...counts, problems: problems.length };
  return format === 'json'
    ? assembleJson(summary, byFile.map((run) => jsonChunk(run, positionsOfLocated(run))))
    : assembleText(summary, byFile.map((run) => Buffer.from(textBytes(run, positionsOfLocated(run), false)).toString()));
}
