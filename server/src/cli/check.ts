// `factlens check`: every problem of the selected articles and their annotation files.
// Large workspaces are checked by worker threads over article shards (parallel/); small
// ones, and `--jobs 0`, as one shard on the main thread: the same path, the same bytes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { listArticles } from '../core/fsWorkspace';
import { globBase } from '../core/workspacePaths';
import { formattedChunk } from './formats/chunk';
import { assembleJson } from './formats/json';
import { positionsOfLocated, ReportSummary } from './formats/located';
import { formatSarif } from './formats/sarif';
import { assembleText } from './formats/text';
import { CheckFormat } from './parallel/shard';
import { parallelCheck } from './parallel/parallelCheck';
import { ShardWorkers } from './parallel/shardWorker';
import { NO_PROGRESS, progressBar } from './progress';
import { phaseTimer } from './timing';
import { UsageError } from './usage';
import { CliTargets, CommonOptions, resolveTargets } from './workspaceArgs';

export interface CheckOptions extends CommonOptions {
  format?: string;
  maxWarnings?: string;
  /** Worker threads; '0' checks on the main thread. Default: one per CPU for large workspaces. */
  jobs?: string;
}

export interface CliOutput {
  /** Bytes when the check ran in workers (their UTF-8 output is joined without decoding). */
  stdout: string | Uint8Array;
  exitCode: number;
}

/**
 * Below this many articles, starting threads costs more than it saves. Measured on two vCPUs
 * (bench/RESULTS.md, round 3; alternating runs, medians, main thread against two threads):
 * 2,000 articles 1.5 against 1.7 s (JSON 1.8 against 2.0 s); 5,000 2.28 against 2.43 s, but JSON
 * 3.5 against 3.0 s; 10,000 3.73 against 3.43 s. Each thread loads, compiles and warms up the
 * code again, and a check on the main thread already keeps V8's helper threads busy on the
 * second CPU. `--jobs N` overrides it.
 */
export const PARALLEL_FROM = 5000;
const MAX_JOBS = 8;
/** A check on the main thread shows a progress bar from this many articles (about a second). */
const PROGRESS_FROM = 1000;

export async function runCheck(paths: string[], options: CheckOptions, version: string, color: boolean): Promise<CliOutput> {
  const format = options.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif (got "${format}")`);
  const maxWarnings = options.maxWarnings === undefined ? Infinity : Number(options.maxWarnings);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) throw new UsageError('--max-warnings takes a whole number');
  if (maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number');
  const requestedJobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (requestedJobs !== undefined && (!Number.isInteger(requestedJobs) || requestedJobs < 0)) throw new UsageError('--jobs takes a whole number');

  const mark = phaseTimer();
  mark('started');
  const targets = resolveTargets(paths, options);
  const defaultJobs = Math.min(MAX_JOBS, os.availableParallelism());
  // Threads take a while to load the bundle: start them before listing when the check will
  // surely, or very likely (a large articles folder), use them.
  const early = new ShardWorkers(requestedJobs ?? (looksLarge(targets) ? defaultJobs : 0));
  let workers = early;
  try {
    const articles = listArticles(targets.root, targets.settings, targets.selected ? [...targets.selected] : []);
    mark(`${articles.length} articles listed`);
    const jobs = requestedJobs ?? (articles.length >= PARALLEL_FROM ? defaultJobs : 0);
    if (early.count !== jobs) {
      await early.stop();
      workers = new ShardWorkers(jobs);
    }
    const { stdout, errors, warnings } = await checkInShards(targets, articles, workers, format as CheckFormat, version, color);
    mark('output assembled');
    return { stdout, exitCode: errors > 0 || warnings > maxWarnings ? 1 : 0 };
  } finally {
    await workers.stop();
  }
}

interface Checked {
  stdout: string | Uint8Array;
  errors: number;
  warnings: number;
}

/** The whole report from formatted chunks: the envelope `format` gives them, bytes joined without decoding. */
function joinFormatted(chunks: Uint8Array[], summary: ReportSummary, format: 'text' | 'json'): Uint8Array {
  return joinChunks(chunks, (texts) => (format === 'json' ? assembleJson(summary, texts) : assembleText(summary, texts)), format === 'json' ? ',\n' : '\n');
}

/** Whether the articles folder alone holds enough files for a parallel check (one readdir, no glob). */
function looksLarge(targets: CliTargets): boolean {
  if (targets.selected) return targets.selected.size >= PARALLEL_FROM;
  try {
    return fs.readdirSync(path.join(targets.root, globBase(targets.settings.articles))).length >= PARALLEL_FROM;
  } catch {
    return false;
  }
}

/** The check over shards: threads, or one shard on the main thread (`workers.count` 0). */
async function checkInShards(targets: CliTargets, articles: string[], workers: ShardWorkers, format: CheckFormat, version: string, color: boolean): Promise<Checked> {
  // Each article is counted twice: once indexed, once checked. A short check on the main
  // thread gets no bar (it would only flash).
  const progress = workers.count > 0 || articles.length >= PROGRESS_FROM ? progressBar('factlens check', 2 * articles.length) : NO_PROGRESS;
  try {
    const { summary, fileProblems, files } = await parallelCheck(targets, articles, workers, { format, color }, progress);
    let stdout: string | Uint8Array;
    if (format === 'sarif') {
      const problems = [...fileProblems, ...files.flatMap((f) => f.located ?? [])];
      stdout = formatSarif({ ...summary, problems }, version);
    } else {
      const first = formattedChunk(fileProblems, positionsOfLocated(fileProblems), format, color);
      stdout = joinFormatted([first, ...files.map((f) => f.bytes)].filter((c) => c.byteLength > 0), summary, format);
    }
    return { stdout, errors: summary.errors, warnings: summary.warnings };
  } finally {
    progress.done();
  }
}


/**
 * Joins formatted chunks (bytes) into the document `assemble` would build from them as
 * text, without decoding them: the envelope comes from assembling one marker chunk.
 */
function joinChunks(chunks: Uint8Array[], assemble: (texts: string[]) => string, separator: string): Uint8Array {
  if (chunks.length === 0) return Buffer.from(assemble([]));
  const MARK = '\u0000';
  const [head, tail] = assemble([MARK]).split(MARK);
  const sep = Buffer.from(separator);
  const parts: Uint8Array[] = [Buffer.from(head)];
  chunks.forEach((c, i) => parts.push(...(i === 0 ? [c] : [sep, c])));
  parts.push(Buffer.from(tail));
  return Buffer.concat(parts);
}
