// A shard run on the main thread, behind the same three phases as a thread's: a check with
// `--jobs 0`, or of a workspace too small for threads, takes the very path the threads take
// (each file checked, formatted and let go at once), minus the thread.
import type { Mention } from '../../core/claimIndex';
import type { Problem } from '../../core/types';
import { MovedFile, Shard, ShardReport, ShardSetup } from './shard';

export class InProcessShard {
  private shard: Shard | undefined;

  constructor(private readonly onProgress: (n: number) => void) {}

  async loadAnnotationFiles(setup: ShardSetup, paths: string[]): Promise<{ moved: MovedFile[]; unreadable: Problem[] }> {
    this.shard = new Shard(setup);
    return this.shard.loadAnnotationFiles(paths);
  }

  async loadArticles(articles: { path: string; version: number }[], incoming: MovedFile[]): Promise<{ mentions: Mention[]; unreadable: Problem[] }> {
    return this.started().loadArticles(articles, incoming, this.onProgress);
  }

  async check(conflicting: [string, Mention[]][]): Promise<ShardReport> {
    return this.started().check(conflicting, this.onProgress);
  }

  async stop(): Promise<number> {
    this.shard = undefined;
    return 0;
  }

  private started(): Shard {
    if (!this.shard) throw new Error('shard phase before its setup');
    return this.shard;
  }
}
