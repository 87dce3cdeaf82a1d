// Reading speed of annotation files: js-yaml's CORE_SCHEMA load vs blockScanner (the CLI's fast
// path), on a generated workspace's annotation files, in CPU time (the machine may be shared). Also checks they agree on every file.
// Usage: node scripts/build.mjs && npx tsc -p . && node bench/yamlScanner.mjs [workspace]
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { isDeepStrictEqual } from 'util';

const require = createRequire(import.meta.url);
const { load, CORE_SCHEMA } = require('js-yaml');
const { scanBlockYaml } = require('../out/server/src/core/annotations/blockScanner.js');

const root = process.argv[2] ?? path.join(import.meta.dirname, '.workspace', 'ws-5000');
const dir = path.join(root, 'annotations');
const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

let scanned = 0;
for (const text of texts) {
  const fast = scanBlockYaml(text);
  if (fast === undefined) continue;
  scanned++;
  if (!isDeepStrictEqual(fast, load(text, { schema: CORE_SCHEMA }))) throw new Error(`scanner and js-yaml differ on:\n${text}`);
}
console.log(`${texts.length} files, ${megabytes.toFixed(1)} MB; the scanner reads ${scanned} of them (the rest go to js-yaml)`);

function mbPerSecond(name, read, rounds) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage();
    for (const text of texts) read(text);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1e6);
  }
  const best = Math.min(...times);
  console.log(`${name.padEnd(10)} best of ${rounds}: ${(best * 1000).toFixed(0)} ms CPU, ${(megabytes / best).toFixed(1)} MB/s`);
  return best;
}
const slow = mbPerSecond('js-yaml', (t) => load(t, { schema: CORE_SCHEMA }), 5);
const fast = mbPerSecond('scanner', scanBlockYaml, 10);
console.log(`scanner is ${(slow / fast).toFixed(1)}x faster`);
