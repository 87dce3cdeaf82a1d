// `factlens check` over shards (worker threads, or one shard on the main thread) must print exactly
// the bytes of the plain whole-workspace check (referenceCheck.ts), in every format, with the cases
// that cross shards: claims shared (and disagreeing) across articles, an annotation file whose
// `article:` names another article, unreadable files, a missing article, selected paths.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { runCheck } from '../../server/src/cli/check';
import { assembleJson, jsonChunk, pretty } from '../../server/src/cli/formats/json';
import { LocatedProblem, positionsOfLocated } from '../../server/src/cli/formats/located';
import { REPO_ROOT } from './paths';
import { referenceCheck } from './referenceCheck';

async function generated(articles: number): Promise<string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-parallel-'));
  const { generateWorkspace } = await import(pathToFileURL(path.join(REPO_ROOT, 'bench', 'generate.mjs')).href);
  generateWorkspace(root, articles, 7);
  const names = fs.readdirSync(path.join(root, 'seeds')).sort();
  // An annotation file named after one article that declares another (it changes shard).
  fs.writeFileSync(
    path.join(root, 'annotations', 'moved.yaml'),
    `article: seeds/${names[1]}\nannotations:\n  - id: moved-1\n    quote: "no such words here 99"\n    status: verified\n    claim: moved-claim\n`,
  );
  // Annotations for an article that does not exist, an article that is not UTF-8, a binary YAML file.
  fs.writeFileSync(path.join(root, 'annotations', 'gone.yaml'), 'annotations:\n  - id: x\n    quote: "45"\n    status: false\n');
  fs.writeFileSync(path.join(root, 'seeds', 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x34, 0x35, 0x0a]));
  fs.writeFileSync(path.join(root, 'annotations', 'binary.yaml'), Buffer.from([0x61, 0x00, 0x62]));
  // CRLF, an emoji before a figure, curly quotes and dashes.
  fs.writeFileSync(path.join(root, 'seeds', 'crlf.txt'), 'The “truce” — 😀 held for 12 days.\r\nThen 1,400 were killed.\r\n');
  return root;
}

const check = (root: string, jobs: string, format: string, paths: string[] = []) =>
  runCheck(paths.map((p) => path.join(root, p)), { root, format, jobs }, 'test', false);

describe('scaling: parallel check gives the single-threaded bytes', function () {
  this.timeout(60000);
  let root: string;
  before(async () => {
    root = await generated(60);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  for (const format of ['json', 'text', 'sarif']) {
    it(`--format ${format}: the main thread, 1 and 3 workers print what the plain whole-workspace check gives`, async () => {
      const single = await check(root, '0', format);
      assert.ok(String(single.stdout).length > 10000, 'the workspace produces many problems');
      assert.strictEqual(Buffer.from(single.stdout).toString('utf8'), referenceCheck([], root, format, 'test'), `--jobs 0 differs from the reference (${format})`);
      for (const jobs of ['1', '3']) {
        const parallel = await check(root, jobs, format);
        assert.strictEqual(parallel.exitCode, single.exitCode);
        assert.ok(Buffer.from(parallel.stdout).equals(Buffer.from(single.stdout)), `--jobs ${jobs} differs from --jobs 0 (${format})`);
      }
    });
  }

  it('a terminal gets a progress bar (counted in the threads), a pipe, CI or a short main-thread check none', function () {
    const bin = path.join(REPO_ROOT, 'bin', 'factlens.js');
    const env = { ...process.env, CI: '', NO_COLOR: '1' };
    // util-linux `script` gives the CLI a terminal; its output is the terminal's.
    const tty = spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" check --jobs 2 >/dev/null`, '/dev/null'], { cwd: root, encoding: 'utf8', env });
    if (tty.error || (tty.status !== 0 && tty.status !== 1)) this.skip(); // no `script` here
    assert.match(tty.stdout, /factlens check ▕[█░]+▏ +\d+%/);
    assert.ok(tty.stdout.includes('\r\x1b[K'), 'the bar is erased at the end');
    const piped = spawnSync(process.execPath, [bin, 'check', '--jobs', '2'], { cwd: root, encoding: 'utf8', env });
    assert.strictEqual(piped.stderr, '');
    // A short check on the main thread draws nothing: a bar would only flash.
    const short = spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" check --jobs 0 >/dev/null`, '/dev/null'], { cwd: root, encoding: 'utf8', env });
    assert.doesNotMatch(short.stdout, /factlens check ▕/);
  });

  it('finds claim conflicts across shards, the moved file, and unreadable files', async () => {
    const out = JSON.parse(String((await check(root, '3', 'json')).stdout)) as { problems: { code: string; file: string }[] };
    const codes = new Set(out.problems.map((p) => p.code));
    for (const code of ['claim.conflict', 'annotation.orphaned', 'claim.unknown', 'figure.false', 'file.unreadable', 'annotation.article-missing']) {
      assert.ok(codes.has(code), `expected a ${code} problem`);
    }
    assert.ok(out.problems.some((p) => p.file === 'annotations/moved.yaml' && p.code === 'annotation.orphaned'));
  });

  it('with selected articles and a missing path, still the same bytes', async () => {
    const names = fs.readdirSync(path.join(root, 'seeds')).sort();
    const paths = [`seeds/${names[0]}`, `seeds/${names[1]}`, 'seeds/crlf.txt', 'seeds/nope.txt'];
    const single = await check(root, '0', 'text', paths);
    const parallel = await check(root, '2', 'text', paths);
    assert.match(String(single.stdout), /seeds\/nope\.txt:1:1 error no such file or folder/);
    assert.strictEqual(String(single.stdout), referenceCheck(paths.map((p) => path.join(root, p)), root, 'text', 'test'));
    assert.strictEqual(String(parallel.stdout), String(single.stdout));
  });
});

describe('scaling: the JSON writer', () => {
  it('writes what JSON.stringify(value, null, 2) writes, at any depth', () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, undefined, true, false, 0, -0, NaN, Infinity, 1.5e-7, 2 ** 53),
        fc.string({ unit: 'grapheme' }),
        fc.double(),
        fc.array(tie('any'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('any'), { maxKeys: 4 }),
      ),
    })).any;
    fc.assert(
      fc.property(value, (v) => {
        const expected = JSON.stringify({ v }, null, 2);
        const written = pretty({ v }, '');
        assert.strictEqual(written, expected);
      }),
      { numRuns: 500 },
    );
  });

  it('writes each problem as JSON.stringify(report, null, 2) would, any text and data', () => {
    const problem = fc.record({
      file: fc.string({ unit: 'grapheme' }),
      start: fc.nat(),
      end: fc.nat(),
      line: fc.nat(),
      character: fc.nat(),
      endLine: fc.nat(),
      endCharacter: fc.nat(),
      severity: fc.constantFrom('error', 'warning', 'info'),
      code: fc.constantFrom('figure.unverified', 'claim.conflict'),
      message: fc.string({ unit: 'grapheme' }),
      data: fc.option(
        fc.record(
          { annotationId: fc.option(fc.string(), { nil: undefined }), version: fc.nat(), related: fc.array(fc.record({ file: fc.string(), start: fc.nat(), end: fc.nat(), message: fc.string() }), { maxLength: 2 }) },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(problem, { maxLength: 4 }), (problems) => {
        const located = problems as LocatedProblem[];
        const summary = { errors: 1, warnings: 2, articles: 3, annotationFiles: 4, figures: 5 };
        const expected = JSON.stringify({
          summary,
          problems: located.map((p) => ({
            file: p.file, line: p.line + 1, column: p.character + 1, endLine: p.endLine + 1, endColumn: p.endCharacter + 1,
            start: p.start, end: p.end, severity: p.severity, code: p.code, message: p.message, ...(p.data ? { data: p.data } : {}),
          })),
        }, null, 2) + '\n';
        assert.strictEqual(assembleJson({ ...summary, problems: located.length }, [jsonChunk(located, positionsOfLocated(located))]), expected);
      }),
      { numRuns: 300 },
    );
  });
});
