// Loads a workspace folder from disk into a FactWorkspace: the articles matching the
// articles glob, every YAML file in the annotations folder, and the claims register.
// Files that cannot be read become `file.unreadable` problems; the rest still loads.
import * as fs from 'fs';
import * as path from 'path';
import { Minimatch } from 'minimatch';
import { readTextFile } from './textFile';
import { Settings } from './settings';
import { Problem } from './types';
import { FactWorkspace, WorkspaceOptions } from './workspace';
import { globBase } from './workspacePaths';

export interface LoadedFolder {
  workspace: FactWorkspace;
  /** Files that could not be read, with the reason. */
  fileProblems: Problem[];
}

/** Lists files below `dir` (workspace-relative, '/'), never following links out of the workspace. */
export function listFiles(root: string, dir: string, accept: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const realRoot = safeRealpath(root);
  const walk = (relDir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relDir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) {
        const real = safeRealpath(path.join(root, rel));
        if (!real || !isInside(realRoot, real)) continue;
        const stat = fs.statSync(real);
        if (stat.isFile() && accept(rel)) out.push(rel);
        continue;
      }
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile() && accept(rel)) out.push(rel);
    }
  };
  // The folder itself may be a link (seeds -> /elsewhere): never walk out of the workspace.
  const realDir = safeRealpath(path.join(root, dir));
  if (realDir && isInside(realRoot, realDir)) walk(dir);
  return out.sort();
}

export function loadFolder(root: string, settings: Settings, extraArticles: string[] = [], options: WorkspaceOptions = {}): LoadedFolder {
  const workspace = new FactWorkspace(settings, options);
  const fileProblems: Problem[] = [];
  const read = (rel: string): string | undefined => {
    const result = readTextFile(path.join(root, rel));
    if (result.ok) return result.text;
    fileProblems.push({ file: rel, start: 0, end: 0, code: 'file.unreadable', severity: 'error', message: result.reason });
    return undefined;
  };

  const sorted = listArticles(root, settings, extraArticles);
  // Versions follow the sorted order, whatever could be read: the parallel check gives the same.
  sorted.forEach((rel, i) => {
    const text = read(rel);
    if (text !== undefined) workspace.setArticle(rel, text, i + 1);
  });
  for (const rel of listAnnotationFiles(root, settings)) {
    const text = read(rel);
    if (text !== undefined) workspace.setAnnotationFile(rel, text, undefined, true);
  }
  return { workspace, fileProblems };
}

/** The articles of a folder (matching the articles glob) plus `extra`, sorted. */
export function listArticles(root: string, settings: Settings, extra: string[] = []): string[] {
  const isArticle = globMatcher(settings.articles);
  const articles = new Set(listFiles(root, globBase(settings.articles), isArticle));
  for (const rel of extra) articles.add(rel);
  return [...articles].sort();
}

/** Every YAML file in the annotations folder (the claims register included), sorted. */
export function listAnnotationFiles(root: string, settings: Settings): string[] {
  return listFiles(root, settings.annotationsDir, (rel) => /\.ya?ml$/i.test(rel));
}

/** Same answers as PathMap.isArticle (minimatch, dot: false), with the glob compiled once, not per file. */
export function globMatcher(glob: string): (rel: string) => boolean {
  if (glob.startsWith('#')) return () => false;
  const compiled = new Minimatch(glob, { dot: false });
  return (rel) => compiled.match(rel);
}

/** Whether a workspace-relative path, links resolved, stays inside the workspace (missing files count as inside). */
export function staysInside(root: string, rel: string): boolean {
  const real = safeRealpath(path.join(root, rel));
  return real === undefined || isInside(safeRealpath(root), real);
}

function safeRealpath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

export function isInside(root: string | undefined, p: string): boolean {
  if (!root) return false;
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
