// One shard of a parallel `factlens check`: the articles a worker owns, with their
// annotation files, in a FactWorkspace of its own. Three phases, each answered with a
// message (see shardWorker.ts): load annotation files, load and index articles, check
// and format. Between phases 2 and 3 the main thread merges every shard's claim
// mentions, so claim conflicts are found across the whole workspace.
import * as path from 'path';
import { checkAnnotationFile, checkArticle } from '../../core/checks';
import type { Mention } from '../../core/claimIndex';
import { readTextFile } from '../../core/textFile';
import { Settings } from '../../core/settings';
import { Problem } from '../../core/types';
import { FactWorkspace } from '../../core/workspace';
import { formattedChunk } from '../formats/chunk';
import { LocatedProblem, lineIndexes, locate, positionsOf } from '../formats/located';
import { shardOf } from './shardOf';

export type CheckFormat = 'text' | 'json' | 'sarif';

export interface ShardSetup {
  root: string;
  settings: Settings;
  shard: number;
  shards: number;
  format: CheckFormat;
  color: boolean;
  /** Articles to report on; undefined means all. */
  selected?: string[];
  /** The claims register (normally one file), read once by the main thread. */
  claimsFiles: { path: string; text: string }[];
  /** Whether this shard also reports the claims register's own problems. */
  reportsClaims: boolean;
  /** Whether a progress bar is shown (else the thread sends no progress messages). */
  reportsProgress: boolean;
}

/** An annotation file whose `article:` belongs to another shard. */
export interface MovedFile {
  path: string;
  text: string;
  articlePath: string;
}

/** One file's problems: formatted (text, json: bytes [start, end) of the shard's output), or located for the main thread to format (sarif). */
export interface FileResult {
  path: string;
  start: number;
  end: number;
  located?: LocatedProblem[];
}

export interface ShardReport {
  /** The formatted problems of every file, UTF-8, handed over without a copy. */
  output: Uint8Array;
  files: FileResult[];
  errors: number;
  warnings: number;
  problems: number;
  articles: number;
  annotationFiles: number;
  figures: number;
}

export class Shard {
  private readonly ws: FactWorkspace;
  private readonly selected: Set<string> | undefined;
  private articlePaths: string[] = [];

  constructor(private readonly setup: ShardSetup) {
    this.ws = new FactWorkspace(setup.settings, { suggestions: false });
    this.selected = setup.selected ? new Set(setup.selected) : undefined;
    for (const file of setup.claimsFiles) this.ws.setAnnotationFile(file.path, file.text, undefined, true);
  }

  /** Phase 1: reads and parses annotation files; hands back those that belong elsewhere. */
  loadAnnotationFiles(paths: string[]): { moved: MovedFile[]; unreadable: Problem[] } {
    const moved: MovedFile[] = [];
    const unreadable: Problem[] = [];
    for (const rel of paths) {
      const text = this.read(rel, unreadable);
      if (text === undefined) continue;
      this.ws.setAnnotationFile(rel, text, undefined, true);
      const { articlePath } = this.ws.getAnnotationFile(rel)!;
      if (shardOf(articlePath, this.setup.shards) !== this.setup.shard) {
        this.ws.removeAnnotationFile(rel);
        moved.push({ path: rel, text, articlePath });
      }
    }
    return { moved, unreadable };
  }

  /** Phase 2: reads and indexes this shard's articles; returns the claim mentions found. */
  loadArticles(articles: { path: string; version: number }[], incoming: MovedFile[], onProgress: (n: number) => void): { mentions: Mention[]; unreadable: Problem[] } {
    const progress = this.progressTo(onProgress);
    const unreadable: Problem[] = [];
    for (const file of incoming) this.ws.setAnnotationFile(file.path, file.text, undefined, true);
    for (const { path: rel, version } of articles) {
      const text = this.read(rel, unreadable);
      if (text !== undefined) this.ws.setArticle(rel, text, version);
    }
    this.articlePaths = this.ws.articlePaths();
    const BATCH = 50;
    let remaining = this.ws.pendingIndex;
    while (remaining > 0) {
      const next = this.ws.flush(BATCH);
      progress(remaining - next);
      remaining = next;
    }
    // Conflicts compare a mention's first figure only: the others need not be copied to the main thread.
    const mentions = this.ws.claims.allMentions().map((m) => (m.figures.length > 1 ? { ...m, figures: m.figures.slice(0, 1) } : m));
    return { mentions, unreadable };
  }

  /** Phase 3: checks and formats, after adopting the workspace-wide mentions of conflicting claims. */
  check(conflicting: [string, Mention[]][], onProgress: (n: number) => void): ShardReport {
    const progress = this.progressTo(onProgress);
    for (const [claim, mentions] of conflicting) this.ws.claims.adoptMentions(claim, mentions);
    const report: ShardReport = { output: new Uint8Array(0), files: [], errors: 0, warnings: 0, problems: 0, articles: 0, annotationFiles: 0, figures: 0 };
    this.chunks = [];
    this.bytes = 0;
    const selected = this.selected;
    let done = 0;
    for (const rel of this.articlePaths) {
      if (++done % 50 === 0) progress(50);
      if (selected && !selected.has(rel)) continue;
      report.articles++;
      report.figures += this.ws.figuresOf(rel).length;
      this.add(report, rel, checkArticle(this.ws, rel));
    }
    progress(done % 50);
    for (const rel of this.ws.annotationFilePaths()) {
      if (selected && !selected.has(this.ws.getAnnotationFile(rel)!.articlePath)) continue;
      report.annotationFiles++;
      this.add(report, rel, checkAnnotationFile(this.ws, rel));
    }
    const claims = this.ws.getClaimsFile();
    if (claims && this.setup.reportsClaims) this.add(report, claims.path, checkAnnotationFile(this.ws, claims.path));
    // One buffer of its own (not from the shared pool), so it can be transferred.
    report.output = Buffer.concat(this.chunks, this.bytes);
    if (report.output.buffer.byteLength !== report.output.byteLength) report.output = new Uint8Array(report.output); // a pooled slice
    return report;
  }

  /** Progress goes to `onProgress` only when a bar is shown: a thread then sends no messages for nothing. */
  private progressTo(onProgress: (n: number) => void): (n: number) => void {
    return this.setup.reportsProgress ? onProgress : () => undefined;
  }

  private chunks: Uint8Array[] = [];
  private bytes = 0;

  private add(report: ShardReport, file: string, problems: Problem[]): void {
    if (problems.length === 0) return;
    for (const p of problems) {
      if (p.severity === 'error') report.errors++;
      else if (p.severity === 'warning') report.warnings++;
    }
    report.problems += problems.length;
    const { format, color } = this.setup;
    if (format === 'sarif') return void report.files.push({ path: file, start: 0, end: 0, located: locate(this.ws, problems) });
    const chunk = formattedChunk(problems, positionsOf(problems, lineIndexes(this.ws)), format, color);
    report.files.push({ path: file, start: this.bytes, end: this.bytes + chunk.byteLength });
    this.chunks.push(chunk);
    this.bytes += chunk.byteLength;
  }

  private read(rel: string, problems: Problem[]): string | undefined {
    const result = readTextFile(path.join(this.setup.root, rel));
    if (result.ok) return result.text;
    problems.push({ file: rel, start: 0, end: 0, code: 'file.unreadable', severity: 'error', message: result.reason });
    return undefined;
  }
}
