// A worker thread running one Shard, and the main thread's handle on it. The worker
// is this very file (or the CLI bundle it is part of): loaded in a worker with
// `factlensCheckShard` in its workerData, it serves the shard's phases.
import * as os from 'os';
import * as v8 from 'v8';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import type { Mention } from '../../core/claimIndex';
import type { Problem } from '../../core/types';
import { InProcessShard } from './inProcessShard';
import { MovedFile, Shard, ShardReport, ShardSetup } from './shard';

type Request =
  | { phase: 'annotations'; setup: ShardSetup; paths: string[] }
  | { phase: 'articles'; articles: { path: string; version: number }[]; incoming: MovedFile[] }
  | { phase: 'check'; conflicting: [string, Mention[]][] };

type Reply = { kind: 'result'; value: unknown } | { kind: 'progress'; n: number } | { kind: 'error'; message: string };

/** The main thread's side: one method per phase, each resolving with the shard's answer. */
export class ShardWorker {
  private readonly worker: Worker;
  private pending: { resolve: (v: unknown) => void; reject: (e: Error) => void } | undefined;

  /** Starts the thread at once (loading the bundle takes a while); the shard's setup comes with the first phase. */
  constructor(private readonly onProgress: (n: number) => void) {
    this.worker = new Worker(__filename, { workerData: { factlensCheckShard: true } });
    this.worker.on('message', (reply: Reply) => {
      if (reply.kind === 'progress') return this.onProgress(reply.n);
      const pending = this.pending;
      this.pending = undefined;
      if (reply.kind === 'result') pending?.resolve(reply.value);
      else pending?.reject(new Error(`check worker failed: ${reply.message}`));
    });
    this.worker.on('error', (error) => this.pending?.reject(error));
    this.worker.on('exit', (code) => this.pending?.reject(new Error(`check worker exited with code ${code}`)));
  }

  loadAnnotationFiles(setup: ShardSetup, paths: string[]): Promise<{ moved: MovedFile[]; unreadable: Problem[] }> {
    return this.ask({ phase: 'annotations', setup, paths });
  }

  loadArticles(articles: { path: string; version: number }[], incoming: MovedFile[]): Promise<{ mentions: Mention[]; unreadable: Problem[] }> {
    return this.ask({ phase: 'articles', articles, incoming });
  }

  check(conflicting: [string, Mention[]][]): Promise<ShardReport> {
    return this.ask({ phase: 'check', conflicting });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }

  private ask<T>(request: Request): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending = { resolve: resolve as (v: unknown) => void, reject };
      this.worker.postMessage(request);
    });
  }
}

/** What runs one shard's phases: a thread, or the main thread itself (inProcessShard.ts). */
export type ShardRunner = Pick<ShardWorker, 'loadAnnotationFiles' | 'loadArticles' | 'check' | 'stop'>;

/**
 * The check's shards: `count` threads, started together (possibly before the check knows its
 * files), or with a count of 0 one shard on the main thread.
 */
export class ShardWorkers {
  readonly threads: ShardRunner[];
  /** Where the shards' progress goes; set once the progress bar exists. */
  onProgress: (n: number) => void = () => undefined;

  constructor(readonly count: number) {
    const progress = (n: number) => this.onProgress(n);
    if (count >= os.availableParallelism()) compileOnOwnThread();
    this.threads = count === 0 ? [new InProcessShard(progress)] : Array.from({ length: count }, () => new ShardWorker(progress));
  }

  async stop(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.stop()));
  }
}

/**
 * When the check's threads fill every CPU, V8's background compiler threads only compete
 * with them: each thread compiles its code again, and compiling on helper threads cost more
 * CPU in all than compiling in place. Measured at 5,000 articles on two CPUs (two sets of
 * alternating runs, medians, bench/RESULTS.md round 4): CPU of a two-thread check 8–13 %
 * lower, wall 5–11 % lower. The flag is read when an isolate starts, so it takes effect for
 * threads started after it; the main thread keeps its background compiler.
 */
function compileOnOwnThread(): void {
  v8.setFlagsFromString('--no-concurrent-recompilation'); // setting it again changes nothing
}

function serve(): void {
  const port = parentPort!;
  let shard: Shard | undefined;
  const progress = (n: number) => port.postMessage({ kind: 'progress', n } satisfies Reply);
  port.on('message', (request: Request) => {
    try {
      if (request.phase === 'annotations') shard = new Shard(request.setup);
      if (!shard) throw new Error(`phase ${request.phase} before the shard's setup`);
      const value =
        request.phase === 'annotations'
          ? shard.loadAnnotationFiles(request.paths)
          : request.phase === 'articles'
            ? shard.loadArticles(request.articles, request.incoming, progress)
            : shard.check(request.conflicting, progress);
      const output = (value as { output?: Uint8Array }).output;
      port.postMessage({ kind: 'result', value } satisfies Reply, output ? [output.buffer as ArrayBuffer] : []);
    } catch (error) {
      port.postMessage({ kind: 'error', message: (error as Error).stack ?? String(error) } satisfies Reply);
    }
  });
}

if (!isMainThread && (workerData as { factlensCheckShard?: boolean } | undefined)?.factlensCheckShard) {
  serve();
}
