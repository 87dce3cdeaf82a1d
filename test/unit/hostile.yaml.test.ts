// Hostile annotation YAML through the core and the built CLI: every broken file gets an
// error at its exact range, nothing in it is executed, and the rest of the workspace still
// checks. (The same files over LSP: test/protocol/hostile.yaml.test.ts.)
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseAnnotationFile, parseAnnotationFileFast, parseClaimsFile } from '../../server/src/core/annotations';
import { checkWorkspace } from '../../server/src/core/checks';
import { FactWorkspace } from '../../server/src/core/workspace';
import { bigAnnotationFile, HOSTILE_YAML, isExpected, PWNED_GLOBAL, QUIET_YAML } from './hostileInputs';
import { factlens, tempWorkspace } from './cliHarness';

const PWNED_FILE = '/tmp/factlens-pwned';

/** 1-based line:col (UTF-16 columns) of an offset, as the CLI prints it. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return `${lines.length}:${lines[lines.length - 1].length + 1}`;
}

const GOOD_ARTICLE = 'The ministry said 45 people were killed and 1,200 injured.\n';
const GOOD_YAML = 'annotations:\n  - id: toll\n    quote: "45"\n    status: false\n';

describe('hostile annotation YAML: core', function () {
  this.timeout(60000);
  before(() => fs.rmSync(PWNED_FILE, { force: true }));

  for (const c of HOSTILE_YAML) {
    it(`${c.name}: a ranged ${c.code} problem`, () => {
      const model = parseAnnotationFile(c.text, 'annotations/h.yaml');
      const hit = model.problems.find((p) => isExpected(c, p));
      assert.ok(hit, `expected ${c.code} on ${JSON.stringify(c.covers)}; got ${JSON.stringify(model.problems.map((p) => [p.code, p.start, p.end, p.message]))}`);
      assert.strictEqual(hit.severity, c.severity ?? 'error');
      assert.ok(hit.message.length > 10);
    });
  }

  it('the fast loader gives the same problems as the full parser for every hostile file', () => {
    for (const c of HOSTILE_YAML) {
      const fast = parseAnnotationFileFast(c.text, 'annotations/h.yaml');
      const full = parseAnnotationFile(c.text, 'annotations/h.yaml');
      assert.deepStrictEqual(fast.problems, full.problems, c.name);
      assert.strictEqual(fast.annotations.length, full.annotations.length, c.name);
    }
  });

  it('the claims register reports the same hostile shapes without throwing', () => {
    for (const c of HOSTILE_YAML) {
      const model = parseClaimsFile(c.text.replace(/^annotations:/m, 'claims:'), 'annotations/claims.yaml');
      assert.ok(model.problems.some((p) => p.severity === 'error'), `${c.name}: ${JSON.stringify(model.problems)}`);
    }
  });

  it('never evaluates a !!js/function tag', () => {
    for (const c of HOSTILE_YAML.filter((x) => x.text.includes('!!js/function'))) {
      parseAnnotationFile(c.text, 'annotations/h.yaml');
      parseAnnotationFileFast(c.text, 'annotations/h.yaml');
    }
    assert.strictEqual((globalThis as Record<string, unknown>)[PWNED_GLOBAL], undefined);
    assert.strictEqual(fs.existsSync(PWNED_FILE), false);
  });

  it('a __proto__ key pollutes nothing', () => {
    const text = 'annotations:\n  - id: a\n    quote: "45"\n    status: verified\n    __proto__: {polluted: yes}\n';
    const model = parseAnnotationFile(text, 'annotations/h.yaml');
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(model.problems.some((p) => p.start === text.indexOf('__proto__')));
  });

  for (const c of QUIET_YAML) {
    it(`${c.name}: loads with no errors and no annotations lost`, () => {
      const model = parseAnnotationFile(c.text, 'annotations/h.yaml');
      assert.deepStrictEqual(model.problems.filter((p) => p.severity === 'error'), []);
      assert.strictEqual(model.annotations.length, c.text.includes('id: ok') ? 1 : 0);
    });
  }

  it('a 10 MB annotation file is refused with an error on its first line, fast paths included', () => {
    const text = bigAnnotationFile(10 * 1024 * 1024);
    for (const parse of [parseAnnotationFile, parseAnnotationFileFast]) {
      const started = Date.now();
      const model = parse(text, 'annotations/big.yaml');
      const tooLarge = model.problems.find((p) => /too large/.test(p.message));
      assert.ok(tooLarge, JSON.stringify(model.problems.slice(0, 3)));
      assert.strictEqual(tooLarge.severity, 'error');
      assert.deepStrictEqual([tooLarge.start, tooLarge.end], [0, 'annotations:'.length]);
      assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    }
  });

  it('one hostile file does not stop the rest of the workspace from checking', () => {
    const ws = new FactWorkspace();
    ws.setArticle('seeds/good.txt', GOOD_ARTICLE);
    ws.setAnnotationFile('annotations/good.yaml', GOOD_YAML);
    HOSTILE_YAML.forEach((c, i) => {
      ws.setArticle(`seeds/h${i}.txt`, GOOD_ARTICLE);
      ws.setAnnotationFile(`annotations/h${i}.yaml`, c.text);
    });
    const problems = checkWorkspace(ws);
    const good = problems.filter((p) => p.file === 'seeds/good.txt');
    assert.deepStrictEqual(good.map((p) => [p.code, p.start, p.end]), [
      ['figure.false', 18, 20],
      ['figure.unverified', 44, 49],
    ]);
    HOSTILE_YAML.forEach((c, i) => assert.ok(problems.some((p) => p.file === `annotations/h${i}.yaml` && isExpected(c, p)), c.name));
  });
});

describe('hostile annotation YAML: the built CLI', function () {
  this.timeout(120000);

  it('prints an error at file:line:col for every hostile file, still checks the rest, exits 1', () => {
    const files: Record<string, string> = { 'seeds/good.txt': GOOD_ARTICLE, 'annotations/good.yaml': GOOD_YAML };
    HOSTILE_YAML.forEach((c, i) => {
      files[`seeds/h${i}.txt`] = GOOD_ARTICLE;
      files[`annotations/h${i}.yaml`] = c.text;
    });
    const root = tempWorkspace(files);
    const out = factlens(['check'], root);
    assert.strictEqual(out.status, 1, out.stderr);
    assert.strictEqual(out.stderr, '');
    const lines = out.stdout.split('\n');
    assert.ok(lines.includes('seeds/good.txt:1:19 error Marked false: “45” [figure.false]'), out.stdout);
    const json = JSON.parse(factlens(['check', '--format', 'json'], root).stdout) as { problems: { file: string; code: string; start: number; end: number; line: number; column: number }[] };
    HOSTILE_YAML.forEach((c, i) => {
      const found = json.problems.find((p) => p.file === `annotations/h${i}.yaml` && isExpected(c, p));
      assert.ok(found, `${c.name}: not in the JSON output`);
      const prefix = `annotations/h${i}.yaml:${lineCol(c.text, found.start)} ${c.severity ?? 'error'} `;
      assert.ok(lines.some((l) => l.startsWith(prefix) && l.endsWith(`[${c.code}]`)), `${c.name}: no line starting ${prefix}\n${out.stdout}`);
    });
    assert.strictEqual(fs.existsSync(PWNED_FILE), false);
    // Nothing was rewritten.
    HOSTILE_YAML.forEach((c, i) => assert.strictEqual(fs.readFileSync(path.join(root, `annotations/h${i}.yaml`), 'utf8'), c.text));
  });

  it('--format json and sarif survive the same files', () => {
    const files: Record<string, string> = { 'seeds/good.txt': GOOD_ARTICLE };
    HOSTILE_YAML.forEach((c, i) => (files[`annotations/h${i}.yaml`] = c.text));
    const root = tempWorkspace(files);
    const json = JSON.parse(factlens(['check', '--format', 'json'], root).stdout);
    assert.ok(json.summary.errors >= HOSTILE_YAML.length);
    const sarif = JSON.parse(factlens(['check', '--format', 'sarif'], root).stdout);
    assert.strictEqual(sarif.version, '2.1.0');
  });

  it('a 10 MB annotation file: an error on line 1, and the other article is still checked', () => {
    const root = tempWorkspace({ 'seeds/good.txt': GOOD_ARTICLE, 'annotations/good.yaml': GOOD_YAML, 'annotations/big.yaml': bigAnnotationFile(10 * 1024 * 1024) });
    const out = factlens(['check'], root);
    assert.strictEqual(out.status, 1);
    assert.match(out.stdout, /^annotations\/big\.yaml:1:1 error .*too large/m);
    assert.match(out.stdout, /^seeds\/good\.txt:1:19 error Marked false/m);
  });
});
