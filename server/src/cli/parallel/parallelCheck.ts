// `factlens check` over shards: articles are split by a hash of their path; each shard (a
// worker thread, or with --jobs 0 the main thread itself) reads, parses, anchors and checks
// its articles and formats its own output, file by file. The main thread lists files, merges
// claim mentions (so conflicts are found across shards) and concatenates the formatted
// pieces in path order, so the output is the same bytes whatever the number of shards.
import * as path from 'path';
import { ClaimIndex, Mention } from '../../core/claimIndex';
import { listAnnotationFiles } from '../../core/fsWorkspace';
import { readTextFile } from '../../core/textFile';
import { Problem } from '../../core/types';
import { FactWorkspace } from '../../core/workspace';
import { PathMap } from '../../core/workspacePaths';
import { LocatedProblem, locate, ReportSummary } from '../formats/located';
import { Progress } from '../progress';
import type { CliTargets } from '../workspaceArgs';
import { phaseTimer } from '../timing';
import { CheckFormat, MovedFile, ShardSetup } from './shard';
import { shardOf } from './shardOf';
import { ShardWorkers } from './shardWorker';

export interface ParallelResult {
  summary: ReportSummary;
  /** Problems that belong to no shard (missing and unreadable files), first in the output. */
  fileProblems: LocatedProblem[];
  /** Every checked file's formatted problems (text, json) or located problems (sarif), in output order. */
  files: { bytes: Uint8Array; located?: LocatedProblem[] }[];
}

export async function parallelCheck(
  targets: CliTargets,
  articles: string[],
  pool: ShardWorkers,
  output: { format: CheckFormat; color: boolean },
  progress: Progress,
): Promise<ParallelResult> {
  const mark = phaseTimer();
  const workers = pool.threads;
  const jobs = workers.length;
  pool.onProgress = (n) => progress.advance(n);
  const { root, settings, selected } = targets;
  const paths = new PathMap(settings.articles, settings.annotationsDir);
  const yamlFiles = listAnnotationFiles(root, settings);
  const fileProblems: Problem[] = [];
  const claimsFiles: { path: string; text: string }[] = [];
  const yamlUnreadable = new Map<string, Problem>();
  for (const rel of yamlFiles.filter((f) => paths.isClaimsFile(f))) {
    const result = readTextFile(path.join(root, rel));
    if (result.ok) claimsFiles.push({ path: rel, text: result.text });
    else yamlUnreadable.set(rel, { file: rel, start: 0, end: 0, code: 'file.unreadable', severity: 'error', message: result.reason });
  }
  const setupOf = (shard: number): ShardSetup => ({ root, settings, shard, shards: jobs, ...output, selected: selected && [...selected], claimsFiles, reportsClaims: shard === 0, reportsProgress: progress.shown });
  mark('listed');
  // Phase 1: annotation files, routed by the article their name implies; a file whose
  // `article:` says otherwise comes back and goes to the right shard in phase 2.
  const annotationFiles = yamlFiles.filter((f) => !paths.isClaimsFile(f));
  const phase1 = await Promise.all(
    workers.map((w, i) => w.loadAnnotationFiles(setupOf(i), annotationFiles.filter((f) => shardOf(paths.defaultArticleFor(f), jobs) === i))),
  );
  mark('annotation files read');
  const incoming: MovedFile[][] = workers.map(() => []);
  for (const { moved, unreadable } of phase1) {
    for (const file of moved) incoming[shardOf(file.articlePath, jobs)].push(file);
    for (const p of unreadable) yamlUnreadable.set(p.file, p);
  }

  // Phase 2: articles (versions follow the global sorted order, as in loadFolder).
  const versioned = articles.map((p, i) => ({ path: p, version: i + 1 }));
  const phase2 = await Promise.all(workers.map((w, i) => w.loadArticles(versioned.filter((a) => shardOf(a.path, jobs) === i), incoming[i])));
  mark('articles read and indexed');
  const articleUnreadable = new Map<string, Problem>();
  for (const { unreadable } of phase2) for (const p of unreadable) articleUnreadable.set(p.file, p);

  // Merge: only claims whose mentions disagree need the other shards' mentions.
  const byClaim = new Map<string, Mention[]>();
  for (const { mentions } of phase2) {
    for (const m of mentions) {
      const list = byClaim.get(m.claim);
      if (list) list.push(m);
      else byClaim.set(m.claim, [m]);
    }
  }
  const merged = new ClaimIndex(false);
  const conflicting: [string, Mention[]][] = [];
  for (const [claim, mentions] of byClaim) {
    merged.adoptMentions(claim, mentions);
    if (merged.conflict(claim)) conflicting.push([claim, mentions]);
  }

  mark('claim mentions merged');
  // Phase 3: check and format.
  const reports = await Promise.all(workers.map((w) => w.check(conflicting)));
  mark('checked and formatted');
  const results = new Map<string, { bytes: Uint8Array; located?: LocatedProblem[] }>();
  for (const report of reports) {
    for (const file of report.files) results.set(file.path, { bytes: report.output.subarray(file.start, file.end), located: file.located });
  }
  const files: { bytes: Uint8Array; located?: LocatedProblem[] }[] = [];
  for (const rel of [...articles, ...annotationFiles, ...claimsFiles.map((c) => c.path)]) {
    const result = results.get(rel);
    if (result) files.push(result);
  }

  fileProblems.push(...targets.missing);
  for (const rel of articles) if (articleUnreadable.has(rel)) fileProblems.push(articleUnreadable.get(rel)!);
  for (const rel of yamlFiles) if (yamlUnreadable.has(rel)) fileProblems.push(yamlUnreadable.get(rel)!);
  const located = locate(new FactWorkspace(settings), fileProblems);
  const sum = (key: 'errors' | 'warnings' | 'problems' | 'articles' | 'annotationFiles' | 'figures') => reports.reduce((n, r) => n + r[key], 0);
  const summary: ReportSummary = {
    errors: sum('errors') + located.filter((p) => p.severity === 'error').length,
    warnings: sum('warnings') + located.filter((p) => p.severity === 'warning').length,
    problems: sum('problems') + located.length,
    articles: sum('articles'),
    annotationFiles: sum('annotationFiles'),
    figures: sum('figures'),
  };
  return { summary, fileProblems: located, files };
}
