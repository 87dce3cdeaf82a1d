// `factlens import --format w3c|hypothesis|brat <file> [--dry-run] [--article PATH]`:
// anchors each imported annotation in the current article text and adds the new ones to
// the annotation files (comments and order kept, each file written atomically). Nothing
// existing is overwritten: duplicates and conflicts are reported and skipped.
// Exit 0 when everything was imported or already there (duplicates), 1 when something was
// orphaned, conflicting or invalid (listed), 2 on usage or unreadable input.
import * as path from 'path';
import { importSummary, isImportFormat, planImport, readImport, writeFileAtomic } from '../core/interchange';
import { safeRelative } from '../core/workspacePaths';
import type { CliRun } from './export';
import { UsageError } from './usage';
import { CommonOptions, openWorkspace } from './workspaceArgs';

export interface ImportCliOptions extends CommonOptions {
  format?: string;
  'dry-run'?: boolean;
  article?: string;
}

export function runImport(positionals: string[], options: ImportCliOptions): CliRun {
  const format = options.format;
  if (!isImportFormat(format)) throw new UsageError(`--format must be w3c, hypothesis or brat${format ? ` (got "${format}")` : ''}`);
  if (positionals.length !== 1) throw new UsageError('import takes exactly one file (a brat import may name a folder of .ann files)');
  const { workspace, root } = openWorkspace([], options);
  let article: string | undefined;
  if (options.article !== undefined) {
    article = safeRelative(path.relative(root, path.resolve(options.article)).split(path.sep).join('/'));
    if (!article || !workspace.getArticle(article)) throw new UsageError(`--article ${options.article} is not an article of the workspace`);
  }
  let parsed;
  try {
    parsed = readImport(format, path.resolve(positionals[0]));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const plan = planImport(workspace, parsed.annotations, { article }, parsed.invalid);
  const dryRun = options['dry-run'] === true;
  if (!dryRun) for (const edit of plan.edits) writeFileAtomic(path.join(root, ...edit.file.split('/')), edit.newText);
  const r = plan.report;
  const failed = r.orphaned.length + r.conflicts.length + r.invalid.length > 0;
  return { stdout: importSummary(r, dryRun).join('\n') + '\n', stderr: '', exitCode: failed ? 1 : 0 };
}
