// code-server's postinstall runs `npm install` in lib/vscode, where @vscode/ripgrep's postinstall
// downloads rg from GitHub, which this machine (and CI) cannot reach. That script first looks
// for the archive in os.tmpdir()/vscode-ripgrep-cache-<version>/, so we put Debian's rg there.
// npm runs every package's preinstall before any postinstall, so this always runs first.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const RIPGREP_PACKAGE_VERSION = '1.15.11'; // @vscode/ripgrep in code-server 4.100.3's lib/vscode
const RIPGREP_TAG = 'v13.0.0-10';
const TARGETS = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

const rg = ['/usr/bin/rg', '/bin/rg'].find((p) => fs.existsSync(p));
if (!rg) {
  console.error('e2e-ripgrep-seed: rg not found; install it first: apt-get install -y ripgrep');
  process.exit(1);
}
const target = TARGETS[process.env.npm_config_arch || os.arch()];
if (process.platform !== 'linux' || !target) {
  console.log('e2e-ripgrep-seed: not linux x64/arm64, nothing to seed');
  process.exit(0);
}
const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
const archive = path.join(cacheDir, `ripgrep-${RIPGREP_TAG}-${target}.tar.gz`);
const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-seed-'));
fs.copyFileSync(rg, path.join(staging, 'rg'));
fs.chmodSync(path.join(staging, 'rg'), 0o755);
fs.mkdirSync(cacheDir, { recursive: true });
execFileSync('tar', ['czf', archive, '-C', staging, 'rg']);
fs.rmSync(staging, { recursive: true, force: true });
console.log(`e2e-ripgrep-seed: ${rg} -> ${archive}`);
