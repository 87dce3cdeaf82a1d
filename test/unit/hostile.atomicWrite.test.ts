// CLI writes are all-or-nothing: a process killed in the middle of writing (SIGKILL, no
// cleanup) leaves the old file intact, never a partial one. Tested on the helper itself
// (server/src/core/interchange/atomicWrite.ts) and on the built CLI's import and export.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAnnotationFile } from '../../server/src/core/annotations';
import { writeFileAtomic } from '../../server/src/core/interchange';
import { REPO_ROOT } from './paths';

const BIN = path.join(REPO_ROOT, 'bin', 'factlens.js');
const HELPER = path.join(__dirname, '..', '..', 'server', 'src', 'core', 'interchange', 'atomicWrite.js');

/** A preload that kills the process (SIGKILL: no finally blocks, no cleanup) at the chosen fs call. */
function crashPreload(at: 'writeSync' | 'fsyncSync' | 'renameSync'): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-crash-')), 'crash.js');
  const body =
    at === 'writeSync'
      ? // Write half of the content, then die: the worst moment for a non-atomic writer.
        `const real = fs.writeSync; fs.writeSync = function (fd, data, ...rest) {
           if (typeof data === 'string' && data.length > 1) real.call(fs, fd, data.slice(0, data.length >> 1));
           process.kill(process.pid, 'SIGKILL');
         };`
      : `fs.${at} = function () { process.kill(process.pid, 'SIGKILL'); };`;
  fs.writeFileSync(file, `const fs = require('fs');\n${body}\n`);
  return file;
}

function tempDir(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-atomic-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

const ARTICLE = 'Officials 😀 said at least 45 people were killed on October 7.\r\nSome 1,200 returned.\n';
const OLD_YAML = '# hand-written, must survive\nannotations:\n  - id: killed-45\n    quote: "at least 45 people"\n    status: verified\n';

describe('hostile: atomic CLI writes', function () {
  this.timeout(60000);

  it('writeFileAtomic creates and replaces files, leaving no temporary files', () => {
    const dir = tempDir({});
    const target = path.join(dir, 'sub', 'a.yaml');
    writeFileAtomic(target, 'one 😀\n');
    writeFileAtomic(target, 'two\r\n');
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'two\r\n');
    assert.deepStrictEqual(fs.readdirSync(path.dirname(target)), ['a.yaml']);
  });

  it('writeFileAtomic that fails (target is a folder) throws, keeps the folder, and cleans its temp file', () => {
    const dir = tempDir({ 'a.yaml/keep.txt': 'x' });
    assert.throws(() => writeFileAtomic(path.join(dir, 'a.yaml'), 'new'));
    assert.strictEqual(fs.readFileSync(path.join(dir, 'a.yaml', 'keep.txt'), 'utf8'), 'x');
    assert.deepStrictEqual(fs.readdirSync(dir), ['a.yaml']);
  });

  for (const at of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
    it(`a process killed at ${at} leaves the old file byte for byte`, () => {
      const dir = tempDir({ 'a.yaml': OLD_YAML });
      const target = path.join(dir, 'a.yaml');
      const big = OLD_YAML + '  - id: more\n    quote: "1,200"\n    status: false\n' + '# ' + 'x'.repeat(1 << 20) + '\n';
      // The new content is 1 MB: too long for a command-line argument, so the script reads it from a file.
      const contentFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-content-')), 'new.yaml');
      fs.writeFileSync(contentFile, big);
      const script = `require(${JSON.stringify(HELPER)}).writeFileAtomic(${JSON.stringify(target)}, require('fs').readFileSync(${JSON.stringify(contentFile)}, 'utf8'));`;
      const r = spawnSync(process.execPath, ['-r', crashPreload(at), '-e', script], { encoding: 'utf8' });
      assert.ifError(r.error);
      assert.strictEqual(r.signal, 'SIGKILL', r.stderr);
      assert.strictEqual(fs.readFileSync(target, 'utf8'), OLD_YAML);
      // What may remain is a dot-file the loaders never read.
      for (const name of fs.readdirSync(dir)) assert.ok(name === 'a.yaml' || (name.startsWith('.a.yaml.') && name.endsWith('.tmp')), name);
    });
  }

  it('factlens import killed mid-write: the annotation file is intact, and a check afterwards ignores the leftovers', () => {
    // Make an import file from a workspace that has one more annotation than the target.
    const source = tempDir({
      'seeds/a.txt': ARTICLE,
      'annotations/a.yaml': OLD_YAML + '  - id: returned\n    quote: "Some 1,200 returned"\n    status: false\n',
    });
    const exported = spawnSync(process.execPath, [BIN, 'export', '--format', 'w3c'], { cwd: source, encoding: 'utf8' });
    assert.strictEqual(exported.status, 0, exported.stderr);
    const importFile = path.join(source, 'export.jsonld');
    fs.writeFileSync(importFile, exported.stdout);

    const target = tempDir({ 'seeds/a.txt': ARTICLE, 'annotations/a.yaml': OLD_YAML });
    const dry = spawnSync(process.execPath, [BIN, 'import', '--format', 'w3c', importFile, '--dry-run'], { cwd: target, encoding: 'utf8' });
    assert.match(dry.stdout, /1/, 'the import would add one annotation');
    for (const at of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
      const r = spawnSync(process.execPath, ['-r', crashPreload(at), BIN, 'import', '--format', 'w3c', importFile], { cwd: target, encoding: 'utf8' });
      assert.strictEqual(r.signal, 'SIGKILL', `${at}: ${r.stdout}${r.stderr}`);
      assert.strictEqual(fs.readFileSync(path.join(target, 'annotations/a.yaml'), 'utf8'), OLD_YAML, at);
    }
    const check = spawnSync(process.execPath, [BIN, 'check', '--format', 'json'], { cwd: target, encoding: 'utf8' });
    assert.strictEqual(JSON.parse(check.stdout).summary.annotationFiles, 1);
    // Without a crash the import lands whole.
    const ok = spawnSync(process.execPath, [BIN, 'import', '--format', 'w3c', importFile], { cwd: target, encoding: 'utf8' });
    assert.strictEqual(ok.status, 0, ok.stdout + ok.stderr);
    const after = fs.readFileSync(path.join(target, 'annotations/a.yaml'), 'utf8');
    assert.ok(after.startsWith('# hand-written, must survive\n'));
    const model = parseAnnotationFile(after, 'annotations/a.yaml');
    assert.deepStrictEqual(model.problems, []);
    assert.deepStrictEqual(model.annotations.map((a) => a.quote).sort(), ['Some 1,200 returned', 'at least 45 people']);
  });

  it('factlens export --out killed mid-write keeps the previous report', () => {
    const root = tempDir({ 'seeds/a.txt': ARTICLE, 'annotations/a.yaml': OLD_YAML, 'report.md': 'previous report\n' });
    const r = spawnSync(process.execPath, ['-r', crashPreload('writeSync'), BIN, 'export', '--format', 'md', '--out', 'report.md'], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(r.signal, 'SIGKILL', r.stderr);
    assert.strictEqual(fs.readFileSync(path.join(root, 'report.md'), 'utf8'), 'previous report\n');
  });
});
