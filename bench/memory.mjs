// Memory of the language server after indexing a generated workspace (default 5,000 articles):
// VmRSS as the bench measures it, then process.memoryUsage() after a forced GC (live heap
// versus heap V8 keeps), and optionally a heap snapshot (--snapshot <file>).
//   node bench/memory.mjs [articles] [--snapshot file.heapsnapshot] [--hovers] [--ipc]
// --ipc: the server speaks Node IPC, as when VS Code starts it (default: stdio).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { generateWorkspace } from './generate.mjs';
import { startSession } from './lspSession.mjs';

const REPO = path.resolve(new URL('..', import.meta.url).pathname);
const DIST = path.resolve(process.env.FACTLENS_BENCH_DIST ?? path.join(REPO, 'dist'));
const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 5000);
const snapshotAt = args.includes('--snapshot') ? path.resolve(args[args.indexOf('--snapshot') + 1]) : undefined;
const timing = args.includes('--hovers');
const root = path.join(REPO, 'bench', '.workspace', `ws-${count}`);
const info = generateWorkspace(root, count);
const out = path.join(os.tmpdir(), `factlens-mem-${process.pid}.json`);
process.env.FACTLENS_MEM_OUT = out;
const nodeArgs = ['--expose-gc', '-r', path.join(REPO, 'bench', 'memGcProbe.cjs'), ...(process.env.MEM_NODE_ARGS ?? '').split(' ').filter(Boolean)];
if (snapshotAt) nodeArgs.push('--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${path.dirname(snapshotAt)}`);
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * xs.length) - 1)];
const mb = (b) => (b / 1048576).toFixed(1);

const session = await startSession(path.join(DIST, 'server.js'), root, nodeArgs, args.includes('--ipc') ? 'ipc' : 'stdio');
try {
  const t0 = performance.now();
  await session.initialize();
  const opened = session.open(info.tenKbArticle);
  const first = await session.diagnostics(opened.uri);
  await session.indexed(count);
  const indexed = performance.now() - t0;
  const rss = session.rssMb();
  const waitFile = async (f) => { while (!fs.existsSync(f)) await new Promise((r) => setTimeout(r, 50)); await new Promise((r) => setTimeout(r, 100)); };
  process.kill(session.pid, 'SIGHUP');
  await waitFile(out);
  const usage = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out);
  console.log(`${count} articles: indexed in ${Math.round(indexed)} ms; VmRSS after indexing ${rss.toFixed(0)} MB`);
  console.log(`after forced GC: rss ${mb(usage.vmRss)} MB (peak ${mb(usage.vmHwm)}), heapTotal ${mb(usage.heapTotal)}, heapUsed ${mb(usage.heapUsed)}, external ${mb(usage.external)}, arrayBuffers ${mb(usage.arrayBuffers)} MB`);
  if (process.env.MEM_TIMELINE) console.log(`timeline [ms, heapTotal, heapUsed, rss MB]: ${usage.timeline.map((x) => x.join('/')).join(' ')}`);
  console.log(`V8 spaces (MB committed): ${JSON.stringify(usage.spaces)}`);
  if (args.includes('--smaps')) {
    const maps = fs.readFileSync(`/proc/${session.pid}/smaps`, 'utf8').split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/);
    const rows = maps.map((m) => ({ head: m.split('\n')[0], rss: Number(/\nRss:\s+(\d+)/.exec(m)?.[1] ?? 0) })).sort((a, b) => b.rss - a.rss);
    for (const r of rows.slice(0, 6)) console.log(`${(r.rss / 1024).toFixed(1).padStart(7)} MB ${r.head}`);
    const groups = {};
    for (const r of rows) {
      const [a, b] = r.head.split(' ')[0].split('-').map((x) => parseInt(x, 16));
      const named = r.head.trim().split(/\s+/).length > 5;
      const k = named ? 'file/named' : `anon ${(b - a) <= 262144 ? '<=256K' : (b - a) <= 4194304 ? '<=4M' : '>4M'}`;
      groups[k] = (groups[k] ?? 0) + r.rss / 1024;
    }
    console.log(Object.entries(groups).map(([k, v]) => `${k}: ${v.toFixed(0)} MB`).join(', '));
  }
  if (timing) {
    const time = async (fn) => { const s = performance.now(); await fn(); return performance.now() - s; };
    const positions = first.diagnostics.map((d) => d.range.start);
    const hovers = [];
    for (let i = 0; i < 300; i++) hovers.push(await time(() => session.request('textDocument/hover', { textDocument: { uri: opened.uri }, position: positions[i % positions.length] })));
    const firstLine = opened.text.split(/\r?\n/)[0].length;
    const changes = [];
    for (let i = 0, version = 1; i < 200; i++) {
      const v = ++version;
      const range = i % 2 === 0 ? { start: { line: 0, character: firstLine }, end: { line: 0, character: firstLine } } : { start: { line: 0, character: firstLine }, end: { line: 0, character: firstLine + 1 } };
      const s = performance.now();
      const published = session.diagnostics(opened.uri, (p) => p.version === v);
      session.change(opened.uri, v, range, i % 2 === 0 ? 'x' : '');
      await published;
      changes.push(performance.now() - s);
    }
    console.log(`hover p50/p99 ${percentile(hovers, 0.5).toFixed(1)}/${percentile(hovers, 0.99).toFixed(1)} ms; didChange p50/p99 ${percentile(changes, 0.5).toFixed(1)}/${percentile(changes, 0.99).toFixed(1)} ms; RSS now ${session.rssMb().toFixed(0)} MB`);
  }
  if (snapshotAt) {
    const before = new Set(fs.readdirSync(path.dirname(snapshotAt)));
    process.kill(session.pid, 'SIGUSR2');
    let made;
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      made = fs.readdirSync(path.dirname(snapshotAt)).find((f) => f.endsWith('.heapsnapshot') && !before.has(f));
      if (made) { const s1 = fs.statSync(path.join(path.dirname(snapshotAt), made)).size; await new Promise((r) => setTimeout(r, 1500)); if (fs.statSync(path.join(path.dirname(snapshotAt), made)).size === s1 && s1 > 0) break; }
    }
    fs.renameSync(path.join(path.dirname(snapshotAt), made), snapshotAt);
    console.log(`heap snapshot: ${snapshotAt}`);
  }
} finally {
  await session.stop();
  if (process.env.MEM_STDERR) fs.writeFileSync(process.env.MEM_STDERR, session.stderr());
}
