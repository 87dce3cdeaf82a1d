// Where things live inside a workspace: which annotation file belongs to which article,
// and whether a path stays inside the workspace. Paths are workspace-relative, with '/'.
import * as path from 'path';
import { minimatch } from 'minimatch';

/** The part of a glob before its first wildcard: 'seeds/**\/*.txt' -> 'seeds'. */
export function globBase(glob: string): string {
  const parts = glob.split('/');
  const base: string[] = [];
  for (const part of parts) {
    if (/[*?[\]{}!]/.test(part)) break;
    base.push(part);
  }
  // A glob with no wildcard names a file: its folder is the base.
  if (base.length === parts.length) base.pop();
  return base.join('/');
}

export function matchesGlob(relPath: string, glob: string): boolean {
  return minimatch(relPath, glob, { dot: false });
}

/** Normalises to a clean workspace-relative POSIX path, or undefined when it leaves the workspace. */
export function safeRelative(p: string): string | undefined {
  return isCleanRelative(p) ? p : normalisedRelative(p); // the usual case without normalize's work
}

/** What safeRelative gives, always through path normalisation (its answer for paths that are not clean already). */
export function normalisedRelative(p: string): string | undefined {
  if (!p || p.includes('\0')) return undefined;
  const posix = p.replace(/\\/g, '/');
  if (posix.startsWith('/') || /^[a-zA-Z]:/.test(posix)) return undefined;
  const normal = path.posix.normalize(posix);
  if (normal === '..' || normal.startsWith('../') || normal === '.') return undefined;
  return normal.replace(/^\.\//, '');
}

/**
 * Whether `p` is relative and already clean: '/'-separated segments, none empty, '.' or '..',
 * and no '\\', NUL or ':' (so no drive letter). safeRelative returns such a path as it is.
 */
function isCleanRelative(p: string): boolean {
  let segmentStart = 0;
  for (let i = 0; i <= p.length; i++) {
    const c = i < p.length ? p.charCodeAt(i) : SLASH; // the end closes the last segment
    if (c === SLASH) {
      const length = i - segmentStart;
      if (length === 0) return false;
      if (length <= 2 && p.charCodeAt(segmentStart) === DOT && (length === 1 || p.charCodeAt(segmentStart + 1) === DOT)) return false;
      segmentStart = i + 1;
    } else if (c === BACKSLASH || c === 0 || c === COLON) return false;
  }
  return true;
}
const SLASH = 0x2f;
const DOT = 0x2e;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

export class PathMap {
  private readonly base: string;

  constructor(private readonly articlesGlob: string, readonly annotationsDir: string) {
    this.base = globBase(articlesGlob);
  }

  isArticle(relPath: string): boolean {
    return matchesGlob(relPath, this.articlesGlob);
  }

  isAnnotationFile(relPath: string): boolean {
    return relPath.startsWith(this.annotationsDir + '/') && /\.ya?ml$/i.test(relPath) && !this.isClaimsFile(relPath);
  }

  isClaimsFile(relPath: string): boolean {
    return relPath === `${this.annotationsDir}/claims.yaml` || relPath === `${this.annotationsDir}/claims.yml`;
  }

  get claimsFile(): string {
    return `${this.annotationsDir}/claims.yaml`;
  }

  /** annotations/<article path below the articles folder, without .txt>.yaml */
  annotationFileFor(articlePath: string): string {
    const below = this.base && articlePath.startsWith(this.base + '/') ? articlePath.slice(this.base.length + 1) : path.posix.basename(articlePath);
    return `${this.annotationsDir}/${below.replace(/\.txt$/i, '')}.yaml`;
  }

  /** The article an annotation file is about when the file does not say (`article:`). */
  defaultArticleFor(annotationPath: string): string {
    const below = annotationPath.slice(this.annotationsDir.length + 1).replace(/\.ya?ml$/i, '');
    return this.base ? `${this.base}/${below}.txt` : `${below}.txt`;
  }
}
