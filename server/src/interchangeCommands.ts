// factlens.server.export and factlens.server.import over workspace/executeCommand.
// Both read the folder fresh from disk with the open buffers laid over it, so they see
// every article even while the background index is still filling, and unsaved edits too.
// Export writes its file(s) atomically; import computes the new annotations with the core
// and has the client apply them (workspace/applyEdit) through the shared AnnotationEditor,
// replaying the additions on the text the client has, so undo works and nothing is overwritten.
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { AnnotationEditor } from './annotationEdits';
import { invalid } from './commandArgs';
import { addCommandHandler } from './commands';
import type { ServerContext } from './context';
import { loadFolder } from './core/fsWorkspace';
import {
  DEFAULT_OUT, exportWorkspace, importSummary, isExportFormat, isImportFormat, planImport, readImport, replayAdditions,
  writeFileAtomic, writeFilesAtomic,
} from './core/interchange';
import type { FactWorkspace } from './core/workspace';
import type { Folder } from './folders';
import { Commands, ExportResult, ImportResult } from './protocol';

export function registerInterchangeCommands(ctx: ServerContext, editor: AnnotationEditor = new AnnotationEditor(ctx)): void {
  addCommandHandler(Commands.export, (args) => runExport(ctx, argObject(args)));
  addCommandHandler(Commands.import, (args) => runImport(ctx, editor, argObject(args)));
}

function runExport(ctx: ServerContext, args: Record<string, unknown>): ExportResult {
  if (!isExportFormat(args.format)) throw invalid("'format' must be w3c, claimreview, brat, html or md");
  const baseUrl = optional(args, 'baseUrl');
  if (baseUrl !== undefined && !/^https?:\/\/\S+$/.test(baseUrl)) throw invalid("'baseUrl' must be an http(s) URL");
  const folder = folderOf(ctx, args);
  const ws = freshWorkspace(ctx, folder);
  const result = exportWorkspace(ws, args.format, { today: new Date().toISOString().slice(0, 10), baseUrl, author: optional(args, 'author') });
  const out = toFsPath(folder, optional(args, 'out') ?? DEFAULT_OUT[args.format]);
  const written = result.output.kind === 'file'
    ? (writeFileAtomic(out, result.output.content), [out])
    : writeFilesAtomic(out, result.output.files);
  return { files: written.map((p) => pathToFileURL(p).href), skipped: result.skipped, counts: result.counts };
}

async function runImport(ctx: ServerContext, editor: AnnotationEditor, args: Record<string, unknown>): Promise<ImportResult> {
  if (!isImportFormat(args.format)) throw invalid("'format' must be w3c, hypothesis or brat");
  const file = optional(args, 'file');
  if (!file) throw invalid("'file' must name the file to import");
  const folder = folderOf(ctx, args);
  const ws = freshWorkspace(ctx, folder);
  let article = optional(args, 'article');
  if (article !== undefined) {
    const rel = path.relative(folder.root, toFsPath(folder, article)).split(path.sep).join('/');
    if (!ws.getArticle(rel)) throw invalid(`'article' ${article} is not an article of the workspace`);
    article = rel;
  }
  let parsed;
  try {
    parsed = readImport(args.format, toFsPath(folder, file));
  } catch (error) {
    throw invalid((error as Error).message);
  }
  const dryRun = args.dryRun === true;
  const plan = planImport(ws, parsed.annotations, { article, textOf: (p) => ctx.textOf(folder, p) }, parsed.invalid);
  let applied = false;
  if (!dryRun && plan.edits.length > 0) {
    const edits = plan.edits.map((e) => ({ folder, path: e.file, edit: (text: string | undefined) => replayAdditions(text, e) }));
    applied = await editor.apply(`Import ${plan.report.imported.length} annotations (${args.format})`, edits);
  }
  return {
    applied,
    files: plan.edits.map((e) => ctx.folders.uriOf(folder, e.file)),
    ...plan.report,
    summary: importSummary(plan.report, dryRun),
  };
}

/** The folder from disk, with every open buffer of it laid over (unsaved text wins). */
function freshWorkspace(ctx: ServerContext, folder: Folder): FactWorkspace {
  const { workspace } = loadFolder(folder.root, ctx.settings());
  for (const doc of ctx.documents.all()) {
    const located = ctx.lookup(doc.uri);
    if (!located || located.folder !== folder) continue;
    if (located.kind === 'article') workspace.setArticle(located.path, doc.getText());
    else workspace.setAnnotationFile(located.path, doc.getText());
  }
  workspace.flush();
  return workspace;
}

function folderOf(ctx: ServerContext, args: Record<string, unknown>): Folder {
  const uri = optional(args, 'folder');
  const all = ctx.folders.all();
  const folder = uri ? all.find((f) => f.uri === uri || ctx.folders.locate(uri)?.folder === f) : [...all].sort((a, b) => a.root.length - b.root.length)[0];
  if (!folder) throw invalid(uri ? `no workspace folder ${uri}` : 'no workspace folder is open');
  return folder;
}

/** A file URI, an absolute path, or a path relative to the workspace folder. */
function toFsPath(folder: Folder, value: string): string {
  if (value.startsWith('file:')) return fileURLToPath(value);
  return path.resolve(folder.root, value);
}

function argObject(list: unknown[] | undefined): Record<string, unknown> {
  const first = list?.[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) throw invalid('expects one object argument');
  return first as Record<string, unknown>;
}

function optional(args: Record<string, unknown>, key: string): string | undefined {
  const value = args[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(`'${key}' must be a string`);
  return value;
}
