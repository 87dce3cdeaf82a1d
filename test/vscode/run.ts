// Runs the VS Code integration tests (test/vscode/suite) in a real VS Code:
// VSCODE_EXECUTABLE if set, else a download by @vscode/test-electron (short timeout).
// Where neither works it prints why the tests were skipped and exits 0.
// The tests open a temporary copy of seeds/ and annotations/, so the repository's
// annotation files are never changed by them.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const DOWNLOAD_TIMEOUT_MS = Number(process.env.VSCODE_DOWNLOAD_TIMEOUT_MS ?? 60_000);

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'seeds'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no repository root above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

function skip(reason: string): never {
  console.log(`VS Code integration tests skipped: ${reason}`);
  process.exit(0);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error) => { clearTimeout(timer); reject(error); });
  });
}

async function findVSCode(testElectron: typeof import('@vscode/test-electron')): Promise<string> {
  const given = process.env.VSCODE_EXECUTABLE;
  if (given) {
    if (!fs.existsSync(given)) skip(`VSCODE_EXECUTABLE=${given} does not exist`);
    return given;
  }
  try {
    return await withTimeout(
      testElectron.downloadAndUnzipVSCode({
        version: process.env.VSCODE_VERSION ?? '1.100.3',
        cachePath: process.env.VSCODE_TEST_CACHE ?? path.join(os.tmpdir(), 'factlens-vscode-test'),
        timeout: 15_000,
      }),
      DOWNLOAD_TIMEOUT_MS,
      'downloading VS Code',
    );
  } catch (error) {
    skip(`no VSCODE_EXECUTABLE and VS Code could not be downloaded (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** A throw-away workspace with the seeds and their annotations. */
function makeWorkspace(root: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-vscode-ws-'));
  for (const sub of ['seeds', 'annotations']) {
    if (fs.existsSync(path.join(root, sub))) fs.cpSync(path.join(root, sub), path.join(dir, sub), { recursive: true });
  }
  return dir;
}

async function main(): Promise<void> {
  const root = repoRoot();
  let testElectron: typeof import('@vscode/test-electron');
  try {
    testElectron = await import('@vscode/test-electron');
  } catch (error) {
    skip(`@vscode/test-electron is not installed (${error instanceof Error ? error.message : String(error)})`);
  }
  const vscodeExecutablePath = await findVSCode(testElectron);
  for (const bundle of ['dist/extension.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(root, bundle))) throw new Error(`${bundle} is missing: run "npm run build" first`);
  }
  const workspace = makeWorkspace(root);
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-vscode-user-'));
  try {
    const code = await testElectron.runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      extensionTestsEnv: { FACTLENS_TEST_WORKSPACE: workspace },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', userData],
    });
    process.exitCode = code;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`VS Code integration tests failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
