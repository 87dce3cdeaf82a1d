// After indexing, the server publishes the diagnostics of every file one file at a time: the
// next file's diagnostics are built only once what was sent before has been written. Built
// ahead of the writer they stayed alive long enough for V8 to pretenure them, which left the
// server 70-140 MB larger in one run in three (see indexer.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { ServerContext } from '../../server/src/context';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import type { Diagnostics } from '../../server/src/diagnostics';
import { Folders } from '../../server/src/folders';
import { Indexer } from '../../server/src/indexer';

describe('memory: diagnostics after indexing are published one file at a time', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-publish-'));
    fs.mkdirSync(path.join(root, 'seeds'));
    fs.mkdirSync(path.join(root, 'annotations'));
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      fs.writeFileSync(path.join(root, 'seeds', `${name}.txt`), `Report ${name}: 1,200 killed, 45 wounded.\n`);
      fs.writeFileSync(path.join(root, 'annotations', `${name}.yaml`), `annotations:\n  - id: toll\n    quote: "1,200 killed"\n    status: disputed\n`);
    }
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('schedules the next file only after the previous notifications are written', async () => {
    const folders = new Folders();
    folders.set([pathToFileURL(root).href], DEFAULT_SETTINGS);
    const scheduled: string[] = [];
    let unwritten = 0;
    let mostUnwritten = 0;
    const diagnostics = {
      schedule: (_folder: unknown, relPath: string) => {
        scheduled.push(relPath);
        mostUnwritten = Math.max(mostUnwritten, ++unwritten);
      },
      // A writer that takes a few milliseconds per message, as a client reading a pipe does.
      written: () => new Promise<void>((resolve) => setTimeout(() => ((unwritten = 0), resolve()), 2)),
    } as unknown as Diagnostics;
    const ctx = {
      folders,
      documents: { get: () => undefined },
      connection: { console: { warn: () => undefined } },
      diagnostics,
      indexChanged: () => undefined,
    } as unknown as ServerContext;

    await new Indexer(ctx).indexAll();

    assert.deepStrictEqual(
      [...scheduled].sort(),
      ['a', 'b', 'c', 'd', 'e'].flatMap((n) => [`annotations/${n}.yaml`, `seeds/${n}.txt`]).sort(),
    );
    assert.strictEqual(mostUnwritten, 1);
  });
});
