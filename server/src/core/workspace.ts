// The in-memory model of one workspace folder: article texts, annotation files and the
// claims register, with each article's figures and anchors resolved on demand and cached
// by version. A change to one article re-resolves that article only; the claim index is
// updated for that article only, so per-keystroke work never grows with the workspace.
import { anchor } from './anchoring';
import { parseAnnotationFile, parseAnnotationFileFast, parseClaimsFile, parseClaimsFileFast } from './annotations';
import type { AnnotationFileModel, ClaimsRegisterModel } from './annotations';
import { ClaimIndex } from './claimIndex';
import { detectFigures, startsAndEndsAscend } from './figures';
import { LineIndex } from './lineIndex';
import { DEFAULT_SETTINGS, Settings } from './settings';
import { Figure, Problem } from './types';
import { PathMap, safeRelative } from './workspacePaths';
import type { AnchoredAnnotation, ResolvedArticle } from './resolvedArticle';

export interface WorkspaceOptions {
  /** Keep unlinked figures for link suggestions (default true; the CLI turns it off). */
  suggestions?: boolean;
}

export interface ArticleEntry {
  path: string;
  text: string;
  /** Editor version when open, otherwise a counter bumped on every change. */
  version: number;
}

export interface AnnotationFileEntry {
  path: string;
  text: string;
  version: number;
  model: AnnotationFileModel;
  /** The article this file annotates (from `article:` or from the file name). */
  articlePath: string;
  /** Set when `article:` points outside the workspace. */
  articleProblem?: Problem;
}

export interface ClaimsFileEntry {
  path: string;
  text: string;
  model: ClaimsRegisterModel;
}

export class FactWorkspace {
  readonly paths: PathMap;
  readonly claims: ClaimIndex;
  private readonly articles = new Map<string, ArticleEntry>();
  private readonly annotationFiles = new Map<string, AnnotationFileEntry>();
  /** article path -> annotation files that point at it (usually one). */
  private readonly filesByArticle = new Map<string, Set<string>>();
  private readonly resolvedCache = new Map<string, ResolvedArticle>();
  private readonly figureCache = new Map<string, Analysed>();
  /** Articles whose claim-index entries are stale. */
  private readonly dirty = new Set<string>();
  private claimsFile: ClaimsFileEntry | undefined;
  private versionCounter = 0;
  /** Articles resolved (figures placed, annotations anchored) so far; a test proves per-edit work stays constant. */
  resolutions = 0;

  constructor(readonly settings: Settings = DEFAULT_SETTINGS, options: WorkspaceOptions = {}) {
    this.paths = new PathMap(settings.articles, settings.annotationsDir);
    this.claims = new ClaimIndex(options.suggestions ?? true);
  }

  // ---- articles ----

  setArticle(path: string, text: string, version?: number): void {
    const existing = this.articles.get(path);
    if (existing && existing.text === text && (version === undefined || existing.version === version)) return;
    this.articles.set(path, { path, text, version: version ?? ++this.versionCounter });
    this.invalidate(path);
  }

  removeArticle(path: string): void {
    if (!this.articles.delete(path)) return;
    this.figureCache.delete(path);
    this.resolvedCache.delete(path);
    this.dirty.delete(path);
    this.claims.removeArticle(path);
  }

  getArticle(path: string): ArticleEntry | undefined {
    return this.articles.get(path);
  }

  articlePaths(): string[] {
    return [...this.articles.keys()].sort();
  }

  /** Figures of an article (cached per text). */
  figuresOf(path: string): Figure[] {
    return this.analysed(path)?.figures ?? [];
  }

  linesOf(path: string): LineIndex | undefined {
    return this.analysed(path)?.lines;
  }

  // ---- annotation files ----

  /**
   * `fromDisk`: the text was read from disk for a file nobody is editing, so the lighter
   * parse path is used (same model; YAML spans are computed only if something asks).
   */
  setAnnotationFile(path: string, text: string, version?: number, fromDisk = false): void {
    if (this.paths.isClaimsFile(path)) {
      this.claimsFile = { path, text, model: fromDisk ? parseClaimsFileFast(text, path) : parseClaimsFile(text, path) };
      this.claims.setRegister(this.claimsFile.model);
      return;
    }
    const old = this.annotationFiles.get(path);
    if (old && old.text === text) return;
    const model = fromDisk ? parseAnnotationFileFast(text, path) : parseAnnotationFile(text, path);
    const entry: AnnotationFileEntry = { path, text, version: version ?? ++this.versionCounter, model, articlePath: '' };
    this.placeAnnotationFile(entry);
    if (old) this.unlinkAnnotationFile(old);
    this.annotationFiles.set(path, entry);
    this.linkAnnotationFile(entry);
  }

  removeAnnotationFile(path: string): void {
    if (this.claimsFile?.path === path) {
      this.claimsFile = undefined;
      this.claims.setRegister(undefined);
      return;
    }
    const old = this.annotationFiles.get(path);
    if (!old) return;
    this.annotationFiles.delete(path);
    this.unlinkAnnotationFile(old);
  }

  getAnnotationFile(path: string): AnnotationFileEntry | undefined {
    return this.annotationFiles.get(path);
  }

  annotationFilePaths(): string[] {
    return [...this.annotationFiles.keys()].sort();
  }

  getClaimsFile(): ClaimsFileEntry | undefined {
    return this.claimsFile;
  }

  /** Annotation files that annotate an article (existing ones first, by path). */
  annotationFilesFor(articlePath: string): AnnotationFileEntry[] {
    const set = this.filesByArticle.get(articlePath);
    if (!set) return [];
    return [...set].sort().map((p) => this.annotationFiles.get(p)!).filter(Boolean);
  }

  /** The file new annotations of an article go to: an existing one, else the default name. */
  annotationFileForNew(articlePath: string): string {
    return this.annotationFilesFor(articlePath)[0]?.path ?? this.paths.annotationFileFor(articlePath);
  }

  private placeAnnotationFile(entry: AnnotationFileEntry): void {
    const declared = entry.model.article;
    if (!declared) {
      entry.articlePath = this.paths.defaultArticleFor(entry.path);
      return;
    }
    const safe = safeRelative(declared.path);
    if (safe) {
      entry.articlePath = safe;
      return;
    }
    entry.articlePath = this.paths.defaultArticleFor(entry.path);
    entry.articleProblem = {
      file: entry.path,
      start: declared.span.start,
      end: declared.span.end,
      code: 'annotation.invalid',
      severity: 'error',
      message: `article path "${declared.path}" leaves the workspace; FactLens only reads articles inside the workspace folder`,
    };
  }

  private linkAnnotationFile(entry: AnnotationFileEntry): void {
    let set = this.filesByArticle.get(entry.articlePath);
    if (!set) this.filesByArticle.set(entry.articlePath, (set = new Set()));
    set.add(entry.path);
    this.invalidate(entry.articlePath);
  }

  private unlinkAnnotationFile(entry: AnnotationFileEntry): void {
    const set = this.filesByArticle.get(entry.articlePath);
    set?.delete(entry.path);
    if (set && set.size === 0) this.filesByArticle.delete(entry.articlePath);
    this.invalidate(entry.articlePath);
    // An annotation file without its article still contributes nothing to the index.
    if (!this.articles.has(entry.articlePath)) this.claims.removeArticle(entry.articlePath);
  }

  // ---- resolution and the claim index ----

  private invalidate(articlePath: string): void {
    this.resolvedCache.delete(articlePath);
    if (this.articles.has(articlePath)) this.dirty.add(articlePath);
  }

  private analysed(path: string): Analysed | undefined {
    const article = this.articles.get(path);
    if (!article) return undefined;
    const cached = this.figureCache.get(path);
    if (cached && cached.text === article.text) return cached;
    const fresh = new Analysed(article.text);
    this.figureCache.set(path, fresh);
    return fresh;
  }

  /** Figures, anchors and per-figure status of one article; cached until it or its annotations change. */
  resolve(path: string): ResolvedArticle | undefined {
    const cached = this.resolvedCache.get(path);
    if (cached) return cached;
    const article = this.articles.get(path);
    const analysed = this.analysed(path);
    if (!article || !analysed) return undefined;
    this.resolutions++;
    const anchored: AnchoredAnnotation[] = [];
    for (const file of this.annotationFilesFor(path)) {
      for (const annotation of file.model.annotations) {
        const result = anchor(article.text, annotation);
        const figures = result.status === 'anchored' ? analysed.figuresOverlapping(result.start, result.end) : [];
        anchored.push({ annotation, file: file.path, result, figures });
      }
    }
    const resolved: ResolvedArticle = {
      article,
      figures: analysed.figures,
      // Built on first use: indexing thousands of unopened articles never needs it.
      get lines() {
        return analysed.lines;
      },
      anchored,
    };
    this.resolvedCache.set(path, resolved);
    return resolved;
  }

  /** Brings the claim index up to date for up to `limit` stale articles; returns how many remain. */
  flush(limit = Infinity): number {
    let done = 0;
    for (const path of this.dirty) {
      if (done >= limit) break;
      this.indexArticle(path);
      done++;
    }
    return this.dirty.size;
  }

  /** The article resolved, re-indexed only if it changed since it was last indexed. */
  ensureIndexed(path: string): ResolvedArticle | undefined {
    return this.dirty.has(path) ? this.indexArticle(path) : this.resolve(path);
  }

  /** Re-indexes one article now (the open, edited one), leaving the rest to `flush`. */
  indexArticle(path: string): ResolvedArticle | undefined {
    this.dirty.delete(path);
    const resolved = this.resolve(path);
    if (resolved) this.claims.updateArticle(resolved);
    else this.claims.removeArticle(path);
    return resolved;
  }

  get pendingIndex(): number {
    return this.dirty.size;
  }
}

/** An article text's figures and (lazily) its line index. */
class Analysed {
  readonly figures: Figure[];
  private lineIndex: LineIndex | undefined;
  /** Whether figuresOverlapping may binary-search (checked on first use). */
  private sortedBothWays: boolean | undefined;

  constructor(readonly text: string) {
    this.figures = detectFigures(text);
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /** The figures overlapping [start, end), in order: what filtering them all would keep. */
  figuresOverlapping(start: number, end: number): Figure[] {
    const figures = this.figures;
    if (!(this.sortedBothWays ??= startsAndEndsAscend(figures))) return figures.filter((f) => f.start < end && f.end > start);
    // Ends ascend too, so the overlapping figures are one run: from the first ending after `start`.
    let lo = 0;
    let hi = figures.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (figures[mid].end > start) hi = mid;
      else lo = mid + 1;
    }
    let stop = lo;
    while (stop < figures.length && figures[stop].start < end) stop++;
    return figures.slice(lo, stop);
  }
}
