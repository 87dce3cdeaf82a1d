// Loads a workspace folder from disk into a FactWorkspace: the articles matching the
// articles glob, every YAML file in the annotations folder, and the claims register.
// Files that cannot be read become `file.unreadable` problems; the rest still loads.
import * as fs from 'fs';
import * as path from 'path';
import { readTextFile } from './textFile';
import { Settings } from './settings';
import { Problem } from './types';
import { FactWorkspace } from './workspace';
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
  walk(dir);
  return out.sort();
}

export function loadFolder(root: string, settings: Settings, extraArticles: string[] = []): LoadedFolder {
  const workspace = new FactWorkspace(settings);
  const fileProblems: Problem[] = [];
  const read = (rel: string): string | undefined => {
    const result = readTextFile(path.join(root, rel));
    if (result.ok) return result.text;
    fileProblems.push({ file: rel, start: 0, end: 0, code: 'file.unreadable', severity: 'error', message: result.reason });
    return undefined;
  };

  const articles = new Set(listFiles(root, globBase(settings.articles), (rel) => workspace.paths.isArticle(rel)));
  for (const rel of extraArticles) articles.add(rel);
  for (const rel of [...articles].sort()) {
    const text = read(rel);
    if (text !== undefined) workspace.setArticle(rel, text);
  }
  const yamlFiles = listFiles(root, settings.annotationsDir, (rel) => /\.ya?ml$/i.test(rel));
  for (const rel of yamlFiles) {
    const text = read(rel);
    if (text !== undefined) workspace.setAnnotationFile(rel, text);
  }
  return { workspace, fileProblems };
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
