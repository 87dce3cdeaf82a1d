// What `npm test` runs for the end-to-end suite (scripts/test.mjs: `node test/e2e/run.mjs`
// with FACTLENS_STATS_FILE set). Makes sure the prerequisites exist, then runs mocha on
// test/e2e/*.test.js with the counting reporter, so the pass/fail counts are summed.
//
// A prerequisite that cannot be had (not root, no apt-get, not Node 20, npm ci failing):
// under CI=true that fails the run (exit 1); elsewhere it prints "e2e tests skipped: <reason>"
// and exits 0 without writing a stats file. A VSIX that does not build always fails.
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';
import { buildVsix, ensureDebianPackages, ensureNodeModules, RUNTIME_PACKAGES, Unavailable } from './setup/prerequisites.mjs';

const e2eDir = dirname(fileURLToPath(import.meta.url));
const root = join(e2eDir, '..', '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const timings = [];

function timed(what, step) {
  const start = Date.now();
  try {
    return step();
  } finally {
    timings.push(`${what} ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
}

let vsix;
try {
  timed('debian packages', () => ensureDebianPackages(RUNTIME_PACKAGES));
  const modules = timed('node_modules', () => ensureNodeModules(e2eDir, join(e2eDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js')));
  console.log(`e2e: test/e2e/node_modules ${modules}`);
  // FACTLENS_VSIX names a VSIX built elsewhere; otherwise package the current sources.
  vsix = process.env.FACTLENS_VSIX || timed('vsix', () => buildVsix(root));
  if (!existsSync(vsix)) throw new Error(`FACTLENS_VSIX=${vsix} does not exist`);
} catch (err) {
  if (err instanceof Unavailable && !ci) {
    console.log(`e2e tests skipped: ${err.message}`);
    process.exit(0);
  }
  console.error(`e2e tests cannot run${err instanceof Unavailable && ci ? ' (CI=true, so this fails)' : ''}: ${err.message}`);
  process.exit(1);
}

const mocha = join(e2eDir, 'node_modules', 'mocha', 'bin', 'mocha.js');
const reporter = join(root, 'test', 'support', 'countingReporter.js');
// The spec (*.test.js) and timeouts come from test/e2e/.mocharc.json.
const result = timed('mocha', () =>
  spawnSync(process.execPath, [mocha, '--reporter', reporter], {
    cwd: e2eDir,
    stdio: 'inherit',
    env: { ...process.env, FACTLENS_VSIX: vsix },
  }),
);
console.log(`e2e timings: ${timings.join(', ')}`);
process.exit(result.status ?? 1);
