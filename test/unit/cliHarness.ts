// Runs the built CLI (bin/factlens.js -> dist/cli.js) as a user or CI would, in temp
// workspaces that are removed when the test process exits.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from './paths';

export const BIN = path.join(REPO_ROOT, 'bin', 'factlens.js');

export interface CliRun {
  stdout: string;
  stderr: string;
  status: number;
}

export function factlens(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 256 << 20,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

const made: string[] = [];
process.once('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temp folder holding these files (workspace-relative paths). */
export function tempWorkspace(files: Record<string, string | Buffer>, prefix = 'factlens-cli-'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(root);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}
