// @ts-check
// code-server as a child process: an isolated profile (XDG dirs, user data, extensions),
// extension install, start on a free loopback port, wait until it serves, stop.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');
const { CODE_SERVER_ENTRY } = require('./paths');
const { waitFor, scaled, StopWaiting } = require('./poll');

/** User settings for a quiet, offline workbench. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'editor.hover.delay': 300,
  'files.autoSave': 'off',
};

/**
 * @typedef {{ root: string, userDataDir: string, extensionsDir: string, configFile: string,
 *   env: NodeJS.ProcessEnv, logFile: string }} Profile
 */

/**
 * Makes a throwaway profile under `root`; nothing is read from or written to $HOME.
 * @param {string} root
 * @param {{ logFile: string, settings?: Record<string, unknown> }} options
 * @returns {Profile}
 */
function createProfile(root, options) {
  const dirs = {
    config: path.join(root, 'xdg-config'),
    data: path.join(root, 'xdg-data'),
    cache: path.join(root, 'xdg-cache'),
  };
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  for (const dir of [...Object.values(dirs), extensionsDir, path.join(userDataDir, 'User')]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  const settings = { ...USER_SETTINGS, ...options.settings };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  // An explicit config file, so code-server never writes ~/.config/code-server/config.yaml.
  const configFile = path.join(root, 'code-server.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    EXTENSIONS_GALLERY: '{}', // no marketplace: nothing to query, nothing to download
  };
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  return { root, userDataDir, extensionsDir, configFile, env, logFile: options.logFile };
}

/** @param {Profile} profile */
function commonArgs(profile) {
  return [
    '--config', profile.configFile,
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
  ];
}

/**
 * Runs code-server once (not as a server) and resolves with its output; rejects on failure.
 * @param {Profile} profile
 * @param {string[]} args
 * @param {number} timeout
 */
function runOnce(profile, args, timeout) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CODE_SERVER_ENTRY, ...commonArgs(profile), ...args], {
      env: profile.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), scaled(timeout));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      fs.appendFileSync(profile.logFile, `$ code-server ${args.join(' ')}\n${output}\n`);
      if (code === 0) resolve(output);
      else reject(new Error(`code-server ${args.join(' ')} exited with ${code ?? signal}:\n${output}`));
    });
  });
}

/**
 * Installs a VSIX into the profile's extensions dir and checks that it is listed afterwards.
 * @param {Profile} profile
 * @param {string} vsix
 * @returns {Promise<string>} the installed extension id (publisher.name)
 */
async function installExtension(profile, vsix) {
  if (!fs.existsSync(vsix)) throw new Error(`VSIX not found: ${vsix}`);
  const before = new Set(await listExtensions(profile));
  await runOnce(profile, ['--force', '--install-extension', vsix], 120_000);
  const added = (await listExtensions(profile)).filter((id) => !before.has(id));
  const id = added[0] ?? (await listExtensions(profile))[0];
  if (!id) throw new Error(`${vsix} installed, but code-server --list-extensions shows nothing`);
  return id;
}

/** @param {Profile} profile */
async function listExtensions(profile) {
  const out = /** @type {string} */ (await runOnce(profile, ['--list-extensions'], 60_000));
  return out.split('\n').map((l) => l.trim()).filter((l) => /^[\w-]+\.[\w-]+$/.test(l));
}

/** A port the OS says is free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @param {string} url @returns {Promise<number>} the HTTP status */
function httpStatus(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
  });
}

/**
 * @typedef {{ url: string, port: number, pid: number, stop: () => Promise<void> }} RunningServer
 */

/**
 * Starts code-server on a free 127.0.0.1 port (its own process group, so stop() ends its
 * extension host and language servers too) and waits for /healthz.
 * @param {Profile} profile
 * @returns {Promise<RunningServer>}
 */
async function startCodeServer(profile) {
  const port = await freePort();
  const log = fs.openSync(profile.logFile, 'a');
  const args = [
    ...commonArgs(profile),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  const child = spawn(process.execPath, [CODE_SERVER_ENTRY, ...args], {
    env: profile.env,
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  const pid = /** @type {number} */ (child.pid);
  let exited = false;
  child.on('exit', () => (exited = true));
  const killGroup = () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', killGroup); // last resort if the test run dies without teardown

  const stop = async () => {
    process.off('exit', killGroup);
    if (exited) return killGroup();
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return;
    }
    await waitFor(() => exited, { timeout: 10_000, message: 'code-server to exit' }).catch(killGroup);
    killGroup(); // children that ignored SIGTERM
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (exited) throw new StopWaiting(`code-server exited early; see ${profile.logFile}`);
        return (await httpStatus(`${url}/healthz`)) === 200;
      },
      { timeout: 60_000, interval: 200, message: `code-server to serve ${url}/healthz (log: ${profile.logFile})` },
    );
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, port, pid, stop };
}

module.exports = { createProfile, installExtension, listExtensions, startCodeServer, USER_SETTINGS };
