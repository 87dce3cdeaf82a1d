// Locations tests need, found from the compiled file's place (out/test/unit/…).
import * as fs from 'fs';
import * as path from 'path';

function findRepoRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'seeds'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no repository root above ${from}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRepoRoot(__dirname);
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
export const ANNOTATIONS_DIR = path.join(REPO_ROOT, 'annotations');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'fixtures');
/** A copy of shared/gold/seed-figures.json, so a clone without shared/ still tests against it. */
export const GOLD_FILE = path.join(FIXTURES_DIR, 'seed-figures.json');
/** The original, beside the repository where the project's shared/ folder is checked out. */
export const SHARED_GOLD_FILE = path.join(REPO_ROOT, '..', 'shared', 'gold', 'seed-figures.json');
