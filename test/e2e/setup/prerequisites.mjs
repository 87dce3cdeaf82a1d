// What the end-to-end tests need before mocha can start: Debian packages, the test
// package's node_modules (npm ci, only when the lock file changed), and a fresh VSIX.
// Each step either makes its prerequisite available or throws Unavailable with the reason.
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';

/** A prerequisite that cannot be had here (run.mjs skips, or fails under CI). */
export class Unavailable extends Error {}

/** Debian packages the tests use at run time: the browser, `rg` for Quick Open, krb5 headers. */
export const RUNTIME_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev'];
/** Needed only when `npm ci` builds code-server's native modules. */
export const BUILD_PACKAGES = ['build-essential', 'python3', 'pkg-config'];

const STAMP = '.factlens-e2e-lock.sha256';

function run(cmd, args, options = {}) {
  console.log(`$ ${[cmd, ...args].join(' ')}${options.cwd ? `   (in ${options.cwd})` : ''}`);
  return spawnSync(cmd, args, { stdio: 'inherit', ...options }).status;
}

function installed(pkg) {
  const q = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return q.status === 0 && q.stdout.includes('install ok installed');
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Installs the missing ones with apt-get when running as root; otherwise says what is missing. */
export function ensureDebianPackages(packages) {
  if (!hasCommand('dpkg-query')) throw new Unavailable(`not a Debian system (no dpkg-query) to check for ${packages.join(', ')}`);
  const missing = packages.filter((pkg) => !installed(pkg));
  if (missing.length === 0) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !hasCommand('apt-get')) {
    throw new Unavailable(`missing Debian packages ${missing.join(' ')} (install: sudo apt-get install -y ${missing.join(' ')})`);
  }
  console.log(`e2e: installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0 || run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env }) !== 0) {
    throw new Unavailable(`apt-get could not install ${missing.join(' ')}`);
  }
}

function lockHash(e2eDir) {
  return createHash('sha256').update(readFileSync(join(e2eDir, 'package-lock.json'))).digest('hex');
}

/** True when node_modules/.package-lock.json (npm's record of what it installed) lists the lock's versions. */
function matchesInstalledTree(e2eDir) {
  const hidden = join(e2eDir, 'node_modules', '.package-lock.json');
  if (!existsSync(hidden)) return false;
  const want = JSON.parse(readFileSync(join(e2eDir, 'package-lock.json'), 'utf8')).packages ?? {};
  const have = JSON.parse(readFileSync(hidden, 'utf8')).packages ?? {};
  return Object.entries(want).every(([path, meta]) => path === '' || meta.optional || have[path]?.version === meta.version);
}

/** `npm ci` in test/e2e unless node_modules was installed from this exact package-lock.json. */
export function ensureNodeModules(e2eDir, entry) {
  const stamp = join(e2eDir, 'node_modules', STAMP);
  const hash = lockHash(e2eDir);
  if (existsSync(entry)) {
    if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) return 'up to date';
    if (!existsSync(stamp) && matchesInstalledTree(e2eDir)) {
      writeFileSync(stamp, `${hash}\n`);
      return 'up to date (matches the lock file; stamp written)';
    }
  }
  if (Number(process.versions.node.split('.')[0]) !== 20) {
    throw new Unavailable(`code-server 4.100.3 installs only on Node 20 (this is Node ${process.versions.node})`);
  }
  ensureDebianPackages(BUILD_PACKAGES);
  console.log(`e2e: ${existsSync(entry) ? 'package-lock.json changed' : 'node_modules missing'}: npm ci in ${e2eDir} (builds native modules; minutes)`);
  if (run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: e2eDir }) !== 0 || !existsSync(entry)) {
    throw new Unavailable(`npm ci in ${e2eDir} failed (see its output above)`);
  }
  writeFileSync(stamp, `${hash}\n`);
  return 'installed';
}

/** `npm run package` at the root: the VSIX of the current sources, every run. Throws on failure. */
export function buildVsix(root) {
  console.log('e2e: packaging the extension (npm run package)');
  const started = Date.now();
  const status = run('npm', ['run', 'package', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = join(root, 'factlens.vsix');
  // A VSIX left from an earlier run does not count.
  if (status !== 0 || !existsSync(vsix) || statSync(vsix).mtimeMs < started - 1000) {
    throw new Error(`npm run package failed (exit ${status}); no fresh ${vsix}`);
  }
  return vsix;
}
