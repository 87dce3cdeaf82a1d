// Fills each folder's model from disk in the background, in small batches, so an open
// article gets its diagnostics at once while thousands of others are still being read.
// Open documents always win over what is on disk.
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import * as v8 from 'v8';
import { listFiles, staysInside } from './core/fsWorkspace';
import { decodeText } from './core/textFile';
import { globBase } from './core/workspacePaths';
import type { ServerContext } from './context';
import type { Folder } from './folders';

const READ_BATCH = 64;
/** Articles indexed between checks of the clock, and how long one slice may hold the event loop. */
const INDEX_STEP = 8;
const SLICE_MS = 12;

// Indexing is an allocation burst, and V8 keeps the old space it grows. A fixed growing factor
// of 1.5 (instead of V8's dynamic one) bounds how far it grows past the live heap between full
// collections: about 4 MB less RSS after indexing 5,000 articles (277 against 281 MB on
// average), at no measured cost to indexing, hovers or keystrokes. It did not cure the runs
// that ended at 350-420 MB: those were diagnostics pretenured while they waited to be written
// (see the publishing loop below). Set here, in code, so the VS Code client (IPC) and
// `factlens lsp --stdio` (which requires this bundle) both get it.
v8.setFlagsFromString('--heap-growing-percent=50');

export class Indexer {
  private running = 0;
  /** Resolves when the current indexing pass ends (tests and the bench wait on it). */
  private idle: Promise<void> = Promise.resolve();
  private readonly unreadable = new Map<string, string>();

  constructor(private readonly ctx: ServerContext) {}

  get indexing(): boolean {
    return this.running > 0;
  }

  whenIdle(): Promise<void> {
    return this.idle;
  }

  /** Why a file could not be read, when it could not. */
  unreadableReason(folder: Folder, path: string): string | undefined {
    return this.unreadable.get(`${folder.uri}\n${path}`);
  }

  indexAll(): Promise<void> {
    this.running++;
    const run = async () => {
      try {
        for (const folder of this.ctx.folders.all()) await this.indexFolder(folder);
      } finally {
        this.running--;
        this.ctx.indexChanged();
      }
    };
    this.idle = this.idle.then(run, run);
    return this.idle;
  }

  private async indexFolder(folder: Folder): Promise<void> {
    const ws = folder.workspace;
    const settings = ws.settings;
    const articles = listFiles(folder.root, globBase(settings.articles), (rel) => ws.paths.isArticle(rel));
    const yamlFiles = listFiles(folder.root, settings.annotationsDir, (rel) => /\.ya?ml$/i.test(rel));
    // Annotation files first: they are few, and every article needs them.
    // Files nobody is editing take the light parse path (fromDisk).
    for (let i = 0; i < yamlFiles.length; i += READ_BATCH) {
      await this.readBatch(folder, yamlFiles.slice(i, i + READ_BATCH), (path, text) => ws.setAnnotationFile(path, text, undefined, true));
    }
    for (let i = 0; i < articles.length; i += READ_BATCH) {
      await this.readBatch(folder, articles.slice(i, i + READ_BATCH), (path, text) => ws.setArticle(path, text));
    }
    // Time-sliced, so hovers and keystrokes are answered between slices.
    for (;;) {
      const start = performance.now();
      let remaining = ws.pendingIndex;
      while (remaining > 0 && performance.now() - start < SLICE_MS) remaining = ws.flush(INDEX_STEP);
      if (remaining === 0) break;
      await yieldToEvents();
    }
    const claims = ws.getClaimsFile();
    const files = [...ws.articlePaths(), ...ws.annotationFilePaths(), ...(claims ? [claims.path] : [])];
    for (const path of files) {
      this.ctx.diagnostics.schedule(folder, path);
      await yieldToEvents(); // the diagnostics flush (queued first) runs before this resumes
      // Backpressure, one file at a time: 5,000 articles make about 100 MB of diagnostics, and
      // the JSON-RPC writer serialises one message per turn of the event loop, so diagnostics
      // built ahead of the writer stay alive for many turns. With 40 files in flight a scavenge
      // could find nearly all of them alive, and V8 then pretenured those allocation sites for
      // good: every later diagnostic went straight to the old space as garbage, which grew it
      // to 1.5 times the live heap and kept it (RSS 350-420 MB instead of 280 MB, one run in
      // three). With one file in flight, the survivors a scavenge finds are a small share of
      // what was allocated since the previous one, far below the 85% at which V8 pretenures.
      // The client reads them all before any later reply anyway, so this costs no time.
      await this.ctx.diagnostics.written();
    }
  }

  private async readBatch(folder: Folder, paths: string[], set: (path: string, text: string) => void): Promise<void> {
    await Promise.all(
      paths.map(async (path) => {
        const uri = this.ctx.folders.uriOf(folder, path);
        if (this.ctx.documents.get(uri)) return; // the open buffer is the truth
        const text = await this.readFile(folder, path);
        if (text !== undefined && !this.ctx.documents.get(uri)) set(path, text);
      }),
    );
  }

  /** Reads one workspace file now (used for a file needed before the background pass reaches it). */
  readFileSync(folder: Folder, path: string): string | undefined {
    if (!staysInside(folder.root, path)) return undefined; // a link out of the workspace is never followed
    try {
      return this.decode(folder, path, fs.readFileSync(this.ctx.folders.fsPathOf(folder, path)));
    } catch {
      return undefined;
    }
  }

  async readFile(folder: Folder, path: string): Promise<string | undefined> {
    if (!staysInside(folder.root, path)) return undefined;
    try {
      return this.decode(folder, path, await fs.promises.readFile(this.ctx.folders.fsPathOf(folder, path)));
    } catch (error) {
      this.unreadable.set(`${folder.uri}\n${path}`, `cannot read file: ${(error as NodeJS.ErrnoException).code ?? error}`);
      return undefined;
    }
  }

  private decode(folder: Folder, path: string, bytes: Uint8Array): string | undefined {
    const result = decodeText(bytes);
    const key = `${folder.uri}\n${path}`;
    if (result.ok) {
      this.unreadable.delete(key);
      return result.text;
    }
    this.unreadable.set(key, result.reason);
    this.ctx.connection.console.warn(`FactLens: ${path}: ${result.reason}`);
    this.ctx.diagnostics.schedule(folder, path); // reported on the file, not silently dropped
    return undefined;
  }
}

function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

