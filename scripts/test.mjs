// `npm test`: builds, compiles the tests, runs every suite, and ends with one line
// "N passed, N failed, N skipped" summed over all suites (CI reads it).
//
// Suites: unit (core + CLI), protocol (the built server over stdio), vscode
// (@vscode/test-electron; skipped with a printed reason where VS Code can't be had),
// e2e (code-server + Chromium via test/e2e/run.mjs, which installs its prerequisites, packages
// the VSIX, and skips with a printed reason where they cannot be had, unless CI=true).
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
const want = (suite) => only.length === 0 || only.includes(suite);
const totals = { passes: 0, failures: 0, pending: 0 };
const notes = [];

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function step(name, cmd, args) {
  console.log(`\n── ${name}`);
  if (run(cmd, args) !== 0) {
    console.error(`${name} failed`);
    totals.failures++;
    return false;
  }
  return true;
}

function mochaSuite(name, args, options = {}) {
  console.log(`\n── ${name} tests`);
  const statsFile = join(mkdtempSync(join(tmpdir(), 'factlens-stats-')), 'stats.json');
  const status = run(process.execPath, args, { ...options, env: { ...process.env, FACTLENS_STATS_FILE: statsFile, ...(options.env ?? {}) } });
  if (!existsSync(statsFile)) {
    // The suite could not start or decided to skip; its own output says why.
    if (status !== 0) totals.failures++;
    return status;
  }
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  totals.passes += stats.passes;
  totals.failures += stats.failures;
  totals.pending += stats.pending;
  if (status !== 0 && stats.failures === 0) totals.failures++;
  return status;
}

const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const reporter = ['--reporter', join(root, 'test', 'support', 'countingReporter.js')];

if (step('build', process.execPath, ['scripts/build.mjs']) && step('compile tests', process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'])) {
  if (want('unit')) mochaSuite('unit', [mocha, ...reporter, 'out/test/unit/**/*.test.js', 'out/test/vscode/pure/**/*.test.js']);
  if (want('protocol')) mochaSuite('protocol', [mocha, ...reporter, '--timeout', '20000', 'out/test/protocol/**/*.test.js']);
  if (want('vscode') && existsSync(join(root, 'out/test/vscode/run.js'))) {
    mochaSuite('vscode integration', ['out/test/vscode/run.js']);
  }
  if (want('e2e') && existsSync(join(root, 'test/e2e/package.json'))) {
    mochaSuite('e2e', [join(root, 'test/e2e/run.mjs')]);
  }
}

for (const note of notes) console.log(note);
console.log(`\n${totals.passes} passed, ${totals.failures} failed, ${totals.pending} skipped`);
process.exitCode = totals.failures > 0 ? 1 : 0;
