// Figure detection alone: reads every article of the given workspaces into memory and
// times `detectFigures` over all of them, several runs, printing ms and MB/s. With
// `--dump FILE` it instead writes one line per article (path, then the figures as
// JSON) so two versions of the detector can be diffed.
//   node bench/figures.mjs [--runs N] [--module BUNDLE.cjs] [--dump FILE] [dirs…]
// Dirs default to bench/.workspace/ws-5000. Without --module, bundles the detector from
// server/src with esbuild (to a temp file), so no build step is needed.
// It prints figures; it never passes or fails.
import { build } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';
import { performance } from 'perf_hooks';

const REPO = path.resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const runs = Number(option('--runs') ?? 7);
const dump = option('--dump');
let bundle = option('--module');
const dirs = args.length ? args : [path.join(REPO, 'bench', '.workspace', 'ws-5000')];

if (!bundle) {
  bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-figures-')), 'figures.cjs');
  await build({
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
    entryPoints: [path.join(REPO, 'server/src/core/figures/index.ts')], outfile: bundle,
  });
}
const { detectFigures } = createRequire(import.meta.url)(path.resolve(bundle));

/** Every .txt under `dir` (seeds folders of a workspace, or a folder of articles), sorted. */
function articlePaths(dir) {
  return fs.readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(dir, f))
    .sort();
}
const articles = dirs.flatMap(articlePaths).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
const chars = articles.reduce((n, a) => n + a.text.length, 0);

if (dump) {
  const lines = articles.map((a) => `${path.relative(REPO, a.file)}\t${JSON.stringify(detectFigures(a.text))}`);
  fs.writeFileSync(dump, lines.join('\n') + '\n');
  console.log(`${articles.length} articles → ${dump}`);
} else {
  // CPU time as well as wall time: the machine may be shared, and CPU time suffers less from that.
  const wall = [];
  const cpu = [];
  let figures = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    figures = 0;
    for (const a of articles) figures += detectFigures(a.text).length;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    wall.push(performance.now() - t0);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const best = (xs) => Math.min(...xs);
  const mb = chars / 1e6;
  console.log(`${articles.length} articles, ${mb.toFixed(1)} M chars, ${figures} figures`);
  console.log(`wall runs (ms): ${wall.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`wall median ${median(wall).toFixed(0)} ms, best ${best(wall).toFixed(0)} ms; ` +
    `CPU median ${median(cpu).toFixed(0)} ms, best ${best(cpu).toFixed(0)} ms; ${(mb / (median(cpu) / 1000)).toFixed(0)} M chars per CPU second`);
}
