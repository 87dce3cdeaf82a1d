// `factlens figures`: every detected figure, as JSON or one line each.
import { CliOutput } from './check';
import { CommonOptions, openWorkspace } from './workspaceArgs';

export function runFigures(paths: string[], options: CommonOptions & { json?: boolean }): CliOutput {
  const { workspace, fileProblems, selected } = openWorkspace(paths, options);
  const articles = selected ? [...selected].filter((p) => workspace.getArticle(p)).sort() : workspace.articlePaths();
  const rows = articles.flatMap((file) => {
    const lines = workspace.linesOf(file)!;
    return workspace.figuresOf(file).map((f) => {
      const { line, character } = lines.positionAt(f.start);
      return { file, start: f.start, end: f.end, line, character, text: f.text, value: f.value, kind: f.kind, qualifier: f.qualifier ?? null };
    });
  });
  const errors = fileProblems.map((p) => `${p.file}: error: ${p.message}`).join('\n');
  if (errors) process.stderr.write(errors + '\n');
  const stdout = options.json
    ? JSON.stringify(rows, null, 2) + '\n'
    : rows.map((r) => `${r.file}:${r.line + 1}:${r.character + 1} ${r.kind} ${r.qualifier ? r.qualifier + ' ' : ''}${r.text}${r.value === null ? '' : ` = ${r.value}`}`).join('\n') + '\n';
  return { stdout, exitCode: fileProblems.length > 0 ? 1 : 0 };
}
