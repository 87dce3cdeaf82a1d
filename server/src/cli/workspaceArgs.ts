// Turns the CLI's paths and options into a loaded workspace plus the articles to report on.
import * as fs from 'fs';
import * as path from 'path';
import { listFiles, loadFolder, LoadedFolder, staysInside } from '../core/fsWorkspace';
import { outsideWorkspace, resolveSettings, Settings } from '../core/settings';
import { Problem } from '../core/types';
import type { WorkspaceOptions } from '../core/workspace';
import { UsageError } from './usage';

export interface CommonOptions {
  root?: string;
  articles?: string;
  annotations?: string;
}

/** What the command line asks for, before anything is read. */
export interface CliTargets {
  root: string;
  settings: Settings;
  /** Articles named on the command line; undefined means all. */
  selected?: Set<string>;
  /** Named paths that do not exist. */
  missing: Problem[];
}

export interface CliWorkspace extends LoadedFolder {
  root: string;
  /** Articles named on the command line; undefined means all. */
  selected?: Set<string>;
}

export function resolveTargets(paths: string[], options: CommonOptions): CliTargets {
  const root = path.resolve(options.root ?? process.cwd());
  if (!fs.existsSync(root)) throw new UsageError(`--root ${root} does not exist`);
  const outside = outsideWorkspace(options.articles, options.annotations);
  if (outside) throw new UsageError(outside);
  const settings = resolveSettings({ articles: options.articles, annotationsDir: options.annotations });
  const missing: Problem[] = [];
  let selected: Set<string> | undefined;
  if (paths.length > 0) {
    selected = new Set();
    for (const p of paths) {
      const abs = path.resolve(p);
      const rel = path.relative(root, abs).split(path.sep).join('/');
      if (rel.startsWith('..') || path.isAbsolute(rel)) throw new UsageError(`${p} is outside the root folder ${root}; pass --root`);
      if (!staysInside(root, rel)) throw new UsageError(`${p} is a link to a place outside the root folder ${root}; FactLens does not follow it`);
      const stat = fs.statSync(abs, { throwIfNoEntry: false });
      if (!stat) {
        missing.push({ file: rel || p, start: 0, end: 0, code: 'file.unreadable', severity: 'error', message: 'no such file or folder' });
      } else if (stat.isDirectory()) {
        for (const file of listFiles(root, rel === '' ? '' : rel, (f) => f.toLowerCase().endsWith('.txt'))) selected.add(file);
      } else {
        selected.add(rel);
      }
    }
  }
  return { root, settings, selected, missing };
}

export function openWorkspace(paths: string[], options: CommonOptions, workspaceOptions: WorkspaceOptions = {}): CliWorkspace {
  const { root, settings, selected, missing } = resolveTargets(paths, options);
  const loaded = loadFolder(root, settings, selected ? [...selected] : [], workspaceOptions);
  return { ...loaded, fileProblems: [...missing, ...loaded.fileProblems], root, selected };
}
