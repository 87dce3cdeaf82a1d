// `factlens export --format w3c|claimreview|brat|html|md [--out path]`: single-file formats
// go to stdout unless --out is given; brat writes a folder and needs --out. What was left
// out (claims without a verdict, annotations that do not anchor) is listed on stderr.
// Exit 0 when the export was written (left-out items are reported, not failures), 2 on usage.
import * as path from 'path';
import { DEFAULT_OUT, exportWorkspace, isExportFormat, writeFileAtomic, writeFilesAtomic } from '../core/interchange';
import { UsageError } from './usage';
import { CommonOptions, openWorkspace } from './workspaceArgs';

export interface ExportCliOptions extends CommonOptions {
  format?: string;
  out?: string;
  'base-url'?: string;
  author?: string;
  title?: string;
}

export interface CliRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function runExport(positionals: string[], options: ExportCliOptions, today = new Date().toISOString().slice(0, 10)): CliRun {
  const format = options.format;
  if (!isExportFormat(format)) throw new UsageError(`--format must be w3c, claimreview, brat, html or md${format ? ` (got "${format}")` : ''}`);
  if (positionals.length > 0) throw new UsageError(`export takes no paths (got "${positionals[0]}"); it exports the whole workspace under --root`);
  if (format === 'brat' && !options.out) throw new UsageError(`--format brat writes a folder: pass --out FOLDER (e.g. --out ${DEFAULT_OUT.brat})`);
  if (options['base-url'] !== undefined && !/^https?:\/\/\S+$/.test(options['base-url'])) throw new UsageError('--base-url must be an http(s) URL');

  const { workspace, fileProblems } = openWorkspace([], options);
  const result = exportWorkspace(workspace, format, { today, baseUrl: options['base-url'], author: options.author, title: options.title });
  const notes = [...fileProblems.map((p) => `${p.file}: ${p.message}`), ...result.skipped.map((s) => `skipped ${s}`)];
  let stdout = '';
  if (result.output.kind === 'file') {
    if (options.out) {
      writeFileAtomic(path.resolve(options.out), result.output.content);
      notes.push(`wrote ${options.out}`);
    } else stdout = result.output.content;
  } else {
    const root = path.resolve(options.out!);
    writeFilesAtomic(root, result.output.files);
    notes.push(`wrote ${result.output.files.length} files to ${options.out}`);
  }
  notes.push(Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(', '));
  return { stdout, stderr: notes.join('\n') + '\n', exitCode: 0 };
}
