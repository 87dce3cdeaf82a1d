// `npm run bench`: generates deterministic workspaces of 1,000, 2,000 and 5,000 articles
// (plus the seeds), and prints one table per size: grep as the floor, the floor of any Node
// implementation (bench/nodeFloor.mjs), a cold `factlens check`, and the language server's
// figures over a real LSP stdio session.
// It prints figures; it never passes or fails.
//   node bench/run.mjs [sizes…]        e.g. node bench/run.mjs 1000 seeds
// Env: BENCH_RUNS (check runs, default 5), BENCH_SERVER=0 (check figures only), FACTLENS_BENCH_DIST (folder with cli.js and
// server.js, default dist/).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { generateWorkspace } from './generate.mjs';
import { startSession } from './lspSession.mjs';

const REPO = path.resolve(new URL('..', import.meta.url).pathname);
const WORK = path.join(REPO, 'bench', '.workspace');
const FLOOR = path.join(REPO, 'bench', 'nodeFloor.mjs');
const DIST = path.resolve(process.env.FACTLENS_BENCH_DIST ?? path.join(REPO, 'dist'));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_SERVER=0: the check figures only (a quicker loop while working on the CLI). */
const SERVER = process.env.BENCH_SERVER !== '0';
const sizes = process.argv.slice(2).length ? process.argv.slice(2) : ['seeds', '1000', '2000', '5000'];

const median = (xs) => percentile(xs, 0.5);
function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
const ms = (x) => (x >= 100 ? `${Math.round(x).toLocaleString('en-US')} ms` : `${x.toFixed(1)} ms`);

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall time (and CPU time, user + sys, when /usr/bin/time exists) of a command with stdout to /dev/null; medians of `runs`. */
function timeCommand(cmd, args, cwd, runs) {
  const devNull = fs.openSync('/dev/null', 'w');
  const cpuFile = path.join(os.tmpdir(), `factlens-bench-cpu-${process.pid}`);
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const [bin, argv] = TIME ? [TIME, ['-f', '%U %S', '-o', cpuFile, cmd, ...args]] : [cmd, args];
    const t0 = performance.now();
    const result = spawnSync(bin, argv, { cwd, stdio: ['ignore', devNull, 'pipe'], maxBuffer: 1 << 26 });
    times.push(performance.now() - t0);
    if (result.status === 2 || result.error) throw new Error(`${cmd} ${args.join(' ')} failed: ${result.error ?? result.stderr}`);
    if (TIME) {
      const [user, sys] = fs.readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
      cpu.push(1000 * (user + sys));
    }
  }
  fs.closeSync(devNull);
  return { median: median(times), cpu: cpu.length ? median(cpu) : undefined };
}

function prepare(size) {
  if (size === 'seeds') {
    const root = path.join(WORK, 'seeds-ws');
    fs.rmSync(root, { recursive: true, force: true });
    fs.cpSync(path.join(REPO, 'seeds'), path.join(root, 'seeds'), { recursive: true });
    fs.cpSync(path.join(REPO, 'annotations'), path.join(root, 'annotations'), { recursive: true });
    const largest = fs.readdirSync(path.join(root, 'seeds')).sort((a, b) => fs.statSync(path.join(root, 'seeds', b)).size - fs.statSync(path.join(root, 'seeds', a)).size)[0];
    return { root, label: 'seeds (5 articles)', editArticle: `seeds/${largest}` };
  }
  const n = Number(size);
  const root = path.join(WORK, `ws-${n}`);
  const info = generateWorkspace(root, n);
  return { root, label: `${n.toLocaleString('en-US')} articles`, editArticle: info.tenKbArticle, claimArticle: info.firstClaimArticle };
}

function treeStats(root) {
  let files = 0;
  let bytes = 0;
  for (const dir of ['seeds', 'annotations']) {
    for (const name of fs.readdirSync(path.join(root, dir))) {
      files++;
      bytes += fs.statSync(path.join(root, dir, name)).size;
    }
  }
  return { files, mb: bytes / 1048576 };
}

async function serverFigures(root, editArticle, claimArticle, articleCount) {
  const session = await startSession(path.join(DIST, 'server.js'), root);
  try {
    const t0 = performance.now();
    await session.initialize();
    const opened = session.open(editArticle);
    const first = await session.diagnostics(opened.uri);
    const firstDiagnostics = performance.now() - t0;
    await session.indexed(articleCount);
    const indexed = performance.now() - t0;
    const rss = session.rssMb();

    const time = async (fn) => {
      const s = performance.now();
      await fn();
      return performance.now() - s;
    };
    const positions = first.diagnostics.map((d) => d.range.start);
    const hovers = [];
    for (let i = 0; i < 300; i++) hovers.push(await time(() => session.request('textDocument/hover', { textDocument: { uri: opened.uri }, position: positions[i % positions.length] })));

    const lenses = [];
    for (let i = 0; i < 100; i++) lenses.push(await time(() => session.request('textDocument/codeLens', { textDocument: { uri: opened.uri } })));

    // A claim-linked mention: from the edited article, else from an article known to have one.
    let target = opened.uri;
    let state = await session.request('factlens/articleState', { uri: target });
    let mention = state?.annotations.find((a) => a.claim && a.range);
    if (!mention && claimArticle) {
      target = session.open(claimArticle).uri;
      await session.diagnostics(target);
      state = await session.request('factlens/articleState', { uri: target });
      mention = state?.annotations.find((a) => a.claim && a.range);
    }
    const references = [];
    if (mention) {
      for (let i = 0; i < 100; i++) {
        references.push(await time(() => session.request('textDocument/references', { textDocument: { uri: target }, position: mention.range.start, context: { includeDeclaration: true } })));
      }
    }

    // Keystrokes at the end of the first line: type a character, delete it, and so on.
    const firstLine = opened.text.split(/\r?\n/)[0].length;
    const changes = [];
    let version = 1;
    for (let i = 0; i < 200; i++) {
      version++;
      const insert = i % 2 === 0;
      const range = insert
        ? { start: { line: 0, character: firstLine }, end: { line: 0, character: firstLine } }
        : { start: { line: 0, character: firstLine }, end: { line: 0, character: firstLine + 1 } };
      const v = version;
      const s = performance.now();
      const published = session.diagnostics(opened.uri, (p) => p.version === v);
      session.change(opened.uri, v, range, insert ? 'x' : '');
      await published;
      changes.push(performance.now() - s);
    }
    return {
      firstDiagnostics,
      indexed,
      rss,
      hoverP50: percentile(hovers, 0.5),
      hoverP99: percentile(hovers, 0.99),
      changeP50: percentile(changes, 0.5),
      changeP99: percentile(changes, 0.99),
      lensP99: percentile(lenses, 0.99),
      referencesP99: references.length ? percentile(references, 0.99) : undefined,
      editBytes: Buffer.byteLength(opened.text),
    };
  } finally {
    await session.stop();
  }
}

/**
 * bench/nodeFloor.mjs on the main thread and in one thread per CPU: reading, decoding and one
 * regex pass over every file, then also writing as many report bytes as the check prints.
 */
function nodeFloor(root, cliArgs) {
  const report = spawnSync(process.execPath, cliArgs, { cwd: root, maxBuffer: 1 << 30 }).stdout.byteLength;
  const threads = os.availableParallelism();
  const floorRun = (t, bytes) => timeCommand(process.execPath, [FLOOR, root, String(t), ...(bytes ? [String(bytes)] : [])], root, RUNS);
  return { threads, reportBytes: report, scan: [floorRun(0), floorRun(threads)], report: [floorRun(0, report), floorRun(threads, report)] };
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model;
  return `${os.availableParallelism()} CPUs (nproc), ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

const rows = [];
console.log(`FactLens bench — ${machine()}`);
console.log(`check: \`node bin/factlens.js check\` (build: ${path.relative(REPO, DIST)}/cli.js), stdout to /dev/null, median of ${RUNS} runs; grep median of ${2 * RUNS + 1}\n`);
for (const size of sizes) {
  const { root, label, editArticle, claimArticle } = prepare(size);
  const load = os.loadavg()[0];
  const tree = treeStats(root);
  const grep = timeCommand('grep', ['-rcE', '[0-9]', 'seeds', 'annotations'], root, 2 * RUNS + 1);
  // bin/factlens.js runs dist/cli.js; another build is run the same way through -e.
  const entry = DIST === path.join(REPO, 'dist') ? [path.join(REPO, 'bin', 'factlens.js')] : ['-e', 'require(process.argv[1]).run()', path.join(DIST, 'cli.js')];
  const cliArgs = [...entry, 'check'];
  const check = timeCommand(process.execPath, cliArgs, root, RUNS);
  const json = timeCommand(process.execPath, [...cliArgs, '--format', 'json'], root, RUNS);
  const single = timeCommand(process.execPath, [...cliArgs, '--jobs', '0'], root, Math.max(1, Math.ceil(RUNS / 2)));
  const threads = os.availableParallelism();
  const threaded = timeCommand(process.execPath, [...cliArgs, '--jobs', String(threads)], root, Math.max(1, Math.ceil(RUNS / 2)));
  const floor = nodeFloor(root, cliArgs);
  if (!SERVER) {
    const ratio = (x) => `${ms(x.median)} (${(x.median / grep.median).toFixed(1)}×)${x.cpu === undefined ? '' : ` · CPU ${ms(x.cpu)}`}`;
    console.log(`### ${label} (load average ${load.toFixed(1)} at start): grep ${ms(grep.median)} · check ${ratio(check)} · json ${ratio(json)} · --jobs 0 ${ratio(single)} · --jobs ${threads} ${ratio(threaded)}`);
    console.log(`  Node floor, 1 / ${floor.threads} threads: read + regex ${ratio(floor.scan[0])} / ${ratio(floor.scan[1])} · and writing the report ${ratio(floor.report[0])} / ${ratio(floor.report[1])}`);
    continue;
  }
  const server = await serverFigures(root, editArticle, claimArticle, fs.readdirSync(path.join(root, 'seeds')).length);
  const row = { size, label, load, tree, grep: grep.median, grepCpu: grep.cpu, floor, check: check.median, checkCpu: check.cpu, json: json.median, jsonCpu: json.cpu, single: single.median, singleCpu: single.cpu, threads, threaded: threaded.median, threadedCpu: threaded.cpu, ratio: check.median / grep.median, ...server };
  const cpuOf = (x) => (x === undefined ? '' : ` · CPU ${ms(x)}`);
  rows.push(row);
  console.log(`### ${label} — ${tree.files.toLocaleString('en-US')} files, ${tree.mb.toFixed(1)} MB (load average ${load.toFixed(1)} at start)\n`);
  console.log('| measure | result | target |\n|---|---:|---|');
  console.log(`| grep -rcE '[0-9]' seeds annotations (floor) | ${ms(row.grep)}${cpuOf(row.grepCpu)} | |`);
  for (const [what, runs] of [['read + regex pass', floor.scan], ['read + regex pass + write the report', floor.report]]) {
    const cell = (x) => `${ms(x.median)} (${(x.median / row.grep).toFixed(1)}×)${cpuOf(x.cpu)}`;
    console.log(`| Node floor: ${what} (main thread / ${floor.threads} threads) | ${cell(runs[0])} / ${cell(runs[1])} | |`);
  }
  console.log(`| factlens check, cold | ${ms(row.check)}${cpuOf(row.checkCpu)} | |`);
  console.log(`| ratio to grep | ${row.ratio.toFixed(1)}× | ≤ 10× at 5,000, flat |`);
  console.log(`| factlens check --format json, cold | ${ms(row.json)} (${(row.json / row.grep).toFixed(1)}×)${cpuOf(row.jsonCpu)} | |`);
  console.log(`| factlens check --jobs 0 (main thread only) | ${ms(row.single)} (${(row.single / row.grep).toFixed(1)}×)${cpuOf(row.singleCpu)} | |`);
  console.log(`| factlens check --jobs ${threads} (worker threads) | ${ms(row.threaded)} (${(row.threaded / row.grep).toFixed(1)}×)${cpuOf(row.threadedCpu)} | |`);
  console.log(`| initialize → first diagnostics of the open article | ${ms(row.firstDiagnostics)} | ≤ 1 s |`);
  console.log(`| initialize → whole workspace indexed | ${ms(row.indexed)} | |`);
  console.log(`| hover p50 / p99 | ${ms(row.hoverP50)} / ${ms(row.hoverP99)} | p99 ≤ 5 ms |`);
  console.log(`| didChange → diagnostics p50 / p99 (${(row.editBytes / 1024).toFixed(1)} KB article) | ${ms(row.changeP50)} / ${ms(row.changeP99)} | p99 ≤ 20 ms |`);
  console.log(`| code lens p99 | ${ms(row.lensP99)} | |`);
  console.log(`| claim references p99 | ${row.referencesP99 === undefined ? 'n/a' : ms(row.referencesP99)} | |`);
  console.log(`| server RSS after indexing | ${row.rss.toFixed(0)} MB | ≤ 300 MB at 5,000 |\n`);
}

if (rows.length > 1) {
  const col = (f) => rows.map(f).join(' | ');
  console.log('### All sizes\n');
  console.log(`| | ${col((r) => r.label)} |\n|---|${rows.map(() => '---:').join('|')}|`);
  console.log(`| load average at start | ${col((r) => r.load.toFixed(1))} |`);
  console.log(`| grep floor | ${col((r) => ms(r.grep))} |`);
  const best = (runs) => Math.min(...runs.map((x) => x.median));
  console.log(`| Node floor: read + regex (ratio; best of 1 / ${rows[0].floor.threads} threads) | ${col((r) => `${ms(best(r.floor.scan))} (${(best(r.floor.scan) / r.grep).toFixed(1)}×)`)} |`);
  console.log(`| Node floor, writing the report too | ${col((r) => `${ms(best(r.floor.report))} (${(best(r.floor.report) / r.grep).toFixed(1)}×)`)} |`);
  console.log(`| factlens check (ratio) | ${col((r) => `${ms(r.check)} (${r.ratio.toFixed(1)}×)`)} |`);
  console.log(`| check CPU (user + sys) | ${col((r) => (r.checkCpu === undefined ? 'n/a' : ms(r.checkCpu)))} |`);
  console.log(`| check --format json (ratio) | ${col((r) => `${ms(r.json)} (${(r.json / r.grep).toFixed(1)}×)`)} |`);
  console.log(`| check --jobs 0 | ${col((r) => ms(r.single))} |`);
  console.log(`| check --jobs ${rows[0].threads} (threads) | ${col((r) => ms(r.threaded))} |`);
  console.log(`| first diagnostics | ${col((r) => ms(r.firstDiagnostics))} |`);
  console.log(`| full index | ${col((r) => ms(r.indexed))} |`);
  console.log(`| hover p50 / p99 | ${col((r) => `${ms(r.hoverP50)} / ${ms(r.hoverP99)}`)} |`);
  console.log(`| didChange → diagnostics p50 / p99 | ${col((r) => `${ms(r.changeP50)} / ${ms(r.changeP99)}`)} |`);
  console.log(`| code lens p99 | ${col((r) => ms(r.lensP99))} |`);
  console.log(`| claim references p99 | ${col((r) => (r.referencesP99 === undefined ? 'n/a' : ms(r.referencesP99)))} |`);
  console.log(`| RSS after indexing | ${col((r) => `${r.rss.toFixed(0)} MB`)} |`);
}
fs.mkdirSync(WORK, { recursive: true });
fs.writeFileSync(path.join(WORK, 'results.json'), JSON.stringify({ machine: machine(), rows }, null, 2));
