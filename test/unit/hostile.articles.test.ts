// Hostile articles and paths through the core and the built CLI: empty, huge, binary and
// non-UTF-8 files, BOMs, mixed line endings, astral characters, deleted or missing articles,
// paths and symlinks that leave the workspace, and names with spaces and accents.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkAnnotationFile, checkWorkspace } from '../../server/src/core/checks';
import { loadFolder } from '../../server/src/core/fsWorkspace';
import { DEFAULT_SETTINGS, resolveSettings } from '../../server/src/core/settings';
import { FactWorkspace } from '../../server/src/core/workspace';
import { readTextFile } from '../../server/src/core/textFile';
import { factlens, tempWorkspace } from './cliHarness';


const DENSE = 'On October 7, at least 1,200 people were killed and 250 taken hostage; two-thirds of the 2.3 million residents fled within 60 days. ';

/** About `bytes` of figure-dense prose (several figures per sentence, a line break every few sentences). */
export function bigArticle(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = DENSE + (i % 20 === 19 ? '\n' : '');
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

describe('hostile articles: core', function () {
  this.timeout(60000);

  it('an empty article has no figures and no problems', () => {
    const ws = new FactWorkspace();
    ws.setArticle('seeds/empty.txt', '');
    ws.setAnnotationFile('annotations/empty.yaml', 'annotations:\n  - id: a\n    quote: "45"\n    status: verified\n');
    const problems = checkWorkspace(ws);
    assert.deepStrictEqual(ws.figuresOf('seeds/empty.txt'), []);
    // The annotation is kept and reported as orphaned, in the YAML file and at 0 in the article.
    assert.deepStrictEqual(problems.map((p) => [p.file, p.code, p.start, p.end]), [
      ['seeds/empty.txt', 'annotation.orphaned', 0, 0],
      ['annotations/empty.yaml', 'annotation.orphaned', 34, 38],
    ]);
  });

  it('a 5 MB figure-dense article is checked without crashing (hundreds of thousands of problems)', () => {
    const text = bigArticle(5 * 1024 * 1024);
    const ws = new FactWorkspace();
    ws.setArticle('seeds/big.txt', text);
    const problems = checkWorkspace(ws);
    assert.ok(problems.length > 200_000, String(problems.length));
    const last = problems[problems.length - 1];
    assert.strictEqual(text.slice(last.start, last.end), '60 days');
  });

  it('a 1 MB single line and runs of digits, commas and dashes', () => {
    const ws = new FactWorkspace();
    ws.setArticle('seeds/line.txt', DENSE.repeat(8000));
    ws.setArticle('seeds/digits.txt', '1'.repeat(1 << 20));
    ws.setArticle('seeds/commas.txt', '1,'.repeat(200_000) + '1 people');
    ws.setArticle('seeds/dashes.txt', '-'.repeat(1 << 20) + ' 45 people');
    checkWorkspace(ws);
    assert.strictEqual(ws.figuresOf('seeds/line.txt').length, 8000 * 6);
    const dash = ws.figuresOf('seeds/dashes.txt');
    assert.deepStrictEqual(dash.map((f) => [f.start, f.text]), [[(1 << 20) + 1, '45']]);
  });

  it('an article deleted while annotated keeps its annotation file and reports it', () => {
    const yaml = 'annotations:\n  - id: toll\n    quote: "45"\n    status: false\n';
    const ws = new FactWorkspace();
    ws.setArticle('seeds/a.txt', '45 people.\n');
    ws.setAnnotationFile('annotations/a.yaml', yaml);
    ws.removeArticle('seeds/a.txt');
    const problems = checkAnnotationFile(ws, 'annotations/a.yaml');
    assert.deepStrictEqual(problems.map((p) => [p.code, p.severity, p.start, p.end]), [['annotation.article-missing', 'warning', 0, 0]]);
    assert.match(problems[0].message, /seeds\/a\.txt does not exist .*kept/);
    assert.strictEqual(ws.getAnnotationFile('annotations/a.yaml')!.model.annotations.length, 1);
    assert.strictEqual(ws.getAnnotationFile('annotations/a.yaml')!.text, yaml);
  });

  it('a renamed article: the old file reports the missing article at its article: value; pointing it at the new name re-anchors', () => {
    const yaml = 'article: seeds/old.txt\nannotations:\n  - id: toll\n    quote: "45"\n    status: false\n';
    const ws = new FactWorkspace();
    ws.setArticle('seeds/new.txt', '45 people.\n');
    ws.setAnnotationFile('annotations/old.yaml', yaml);
    const missing = checkAnnotationFile(ws, 'annotations/old.yaml');
    assert.deepStrictEqual(missing.map((p) => [p.code, p.start, p.end]), [['annotation.article-missing', 9, 22]]);
    ws.setAnnotationFile('annotations/old.yaml', yaml.replace('old.txt', 'new.txt'));
    assert.deepStrictEqual(checkAnnotationFile(ws, 'annotations/old.yaml'), []);
    assert.deepStrictEqual(checkWorkspace(ws).map((p) => [p.file, p.code]), [['seeds/new.txt', 'figure.false']]);
  });
});

describe('hostile articles: the built CLI', function () {
  this.timeout(120000);

  it('binary and invalid UTF-8 articles get a per-file error; the run goes on', () => {
    const root = tempWorkspace({
      'seeds/bin.txt': Buffer.from([0x34, 0x35, 0x00, 0x01, 0x02, 0xff]),
      'seeds/latin1.txt': Buffer.from('Caf\xe9: 45 people.\n', 'latin1'),
      'seeds/good.txt': 'About 45 people.\n',
    });
    const out = factlens(['check'], root);
    assert.strictEqual(out.status, 1);
    assert.deepStrictEqual(out.stdout.trim().split('\n'), [
      'seeds/bin.txt:1:1 error file looks binary (it contains NUL bytes) [file.unreadable]',
      'seeds/latin1.txt:1:1 error file is not valid UTF-8 (first bad byte at offset 3); re-save it as UTF-8 [file.unreadable]',
      'seeds/good.txt:1:7 warning Unverified figure “about 45”: check it against a source and annotate it [figure.unverified]',
      '3 problems (2 errors, 1 warning) in 1 article, 1 figures, 0 annotation files.',
    ]);
    const figures = factlens(['figures', '--json'], root);
    assert.strictEqual(JSON.parse(figures.stdout).length, 1);
    assert.match(figures.stderr, /seeds\/bin\.txt: error: file looks binary/);
  });

  it('a named pipe and a missing file named on the command line: an error each, no hang', function () {
    const root = tempWorkspace({ 'seeds/good.txt': 'About 45 people.\n' });
    if (process.platform === 'win32' || spawnSync('mkfifo', [path.join(root, 'seeds/pipe.txt')]).status !== 0) this.skip();
    const out = factlens(['check', 'seeds/pipe.txt', 'seeds/gone.txt', 'seeds/good.txt'], root);
    assert.strictEqual(out.status, 1);
    assert.deepStrictEqual(out.stdout.trim().split('\n').slice(0, 3), [
      'seeds/gone.txt:1:1 error no such file or folder [file.unreadable]',
      'seeds/pipe.txt:1:1 error not a regular file [file.unreadable]',
      'seeds/good.txt:1:7 warning Unverified figure “about 45”: check it against a source and annotate it [figure.unverified]',
    ]);
    assert.deepStrictEqual(readTextFile(path.join(root, 'seeds')), { ok: false, reason: 'not a regular file' });
  });

  it('a UTF-8 BOM is dropped: offsets and columns are those an editor shows', () => {
    const text = 'Officials said 45 people died.\n';
    const root = tempWorkspace({ 'seeds/bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
    const [figure] = JSON.parse(factlens(['figures', '--json'], root).stdout);
    assert.deepStrictEqual([figure.start, figure.end, figure.line, figure.character], [15, 17, 0, 15]);
    assert.match(factlens(['check'], root).stdout, /^seeds\/bom\.txt:1:16 warning/);
  });

  it('CRLF, lone CR and LF line endings, and emoji before figures: lines and UTF-16 columns', () => {
    const text = 'Alpha 😀 10 people.\r\nBeta 20 people.\rGamma 𝟘 30 people.\nDelta 40 people.';
    const root = tempWorkspace({ 'seeds/mixed.txt': text });
    const figures = JSON.parse(factlens(['figures', '--json'], root).stdout) as { start: number; line: number; character: number; text: string }[];
    assert.deepStrictEqual(figures.map((f) => [f.text, f.start, f.line, f.character]), [
      ['10', 9, 0, 9],
      ['20', 26, 1, 5],
      ['30', 46, 2, 9],
      ['40', 63, 3, 6],
    ]);
    for (const f of figures) assert.strictEqual(text.slice(f.start, f.start + 2), f.text);
  });

  it('an empty article and a 5 MB one: no crash, exit as documented', () => {
    const root = tempWorkspace({ 'seeds/empty.txt': '', 'seeds/big.txt': bigArticle(5 * 1024 * 1024) });
    const out = factlens(['check', '--format', 'json'], root);
    assert.strictEqual(out.status, 0, out.stderr.slice(0, 500));
    const json = JSON.parse(out.stdout);
    assert.strictEqual(json.summary.articles, 2);
    assert.ok(json.summary.warnings > 200_000);
  });

  it('an annotation file whose article is missing is reported and left untouched', () => {
    const yaml = 'annotations:\n  - id: toll\n    quote: "45"\n    status: false\n';
    const root = tempWorkspace({ 'annotations/gone.yaml': yaml, 'seeds/other.txt': 'No figures here.\n' });
    const out = factlens(['check'], root);
    assert.match(out.stdout, /^annotations\/gone\.yaml:1:1 warning The article seeds\/gone\.txt does not exist .* \[annotation\.article-missing\]$/m);
    assert.strictEqual(fs.readFileSync(path.join(root, 'annotations/gone.yaml'), 'utf8'), yaml);
  });
});

describe('hostile paths', function () {
  this.timeout(60000);
  // A file outside the workspace with a figure of its own: it must never show up.
  let outside: string;
  before(() => {
    outside = tempWorkspace({ 'secret.txt': 'Secret ledger: 999 accounts.\n', 'secret.yaml': 'annotations:\n  - id: s\n    quote: "999"\n    status: false\n' });
  });

  it('article: ../../etc/passwd and friends are never read and are reported at the value', () => {
    for (const bad of ['../../etc/passwd', '/etc/passwd', 'seeds/../../secret.txt', 'C:\\Windows\\win.ini', `${outside}/secret.txt`]) {
      const yaml = `article: "${bad.replace(/\\/g, '\\\\')}"\nannotations:\n  - id: s\n    quote: "999"\n    status: false\n`;
      const root = tempWorkspace({ 'annotations/x.yaml': yaml, 'seeds/x.txt': 'Nothing.\n' });
      const out = factlens(['check', '--format', 'json'], root);
      const json = JSON.parse(out.stdout);
      const invalid = json.problems.find((p: { code: string }) => p.code === 'annotation.invalid');
      assert.ok(invalid, `${bad}: ${out.stdout}`);
      assert.deepStrictEqual([invalid.start, invalid.end], [9, 9 + yaml.split('\n')[0].length - 9], bad);
      assert.ok(!out.stdout.includes('999') || !json.problems.some((p: { code: string }) => p.code === 'figure.false'), bad);
    }
  });

  it('symlinks out of the workspace are not followed (listing, named on the command line, or as a folder)', () => {
    const root = tempWorkspace({ 'seeds/inside.txt': 'Inside: 45 people.\n' });
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'seeds/link.txt'));
    fs.symlinkSync(outside, path.join(root, 'seeds/linkdir'));
    fs.mkdirSync(path.join(root, 'annotations'));
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'annotations/inside.yaml'));
    fs.symlinkSync(path.join(root, 'seeds/inside.txt'), path.join(root, 'seeds/alias.txt'));
    for (const args of [['check'], ['check', 'seeds/link.txt'], ['check', 'seeds/linkdir'], ['check', 'seeds'], ['figures', '--json', 'seeds/linkdir'], ['figures', '--json', 'seeds/link.txt']]) {
      const out = factlens(args, root);
      assert.ok(!out.stdout.includes('999'), `${args.join(' ')} read a file outside the workspace:\n${out.stdout}`);
    }
    // The annotations folder itself a link out of the workspace: not read.
    const linkedDir = tempWorkspace({ 'seeds/inside.txt': 'Inside: 45 people.\n' });
    fs.symlinkSync(outside, path.join(linkedDir, 'annotations'));
    assert.deepStrictEqual(loadFolder(linkedDir, DEFAULT_SETTINGS).workspace.annotationFilePaths(), []);
    // A link that stays inside the workspace is fine.
    const loaded = loadFolder(root, DEFAULT_SETTINGS);
    assert.deepStrictEqual(loaded.workspace.articlePaths(), ['seeds/alias.txt', 'seeds/inside.txt']);
    assert.deepStrictEqual(loaded.workspace.annotationFilePaths(), []);
  });

  it('settings cannot point the articles glob or the annotations folder outside the workspace', () => {
    const root = tempWorkspace({ 'seeds/inside.txt': 'Inside: 45 people.\n' });
    const rel = path.relative(root, outside);
    for (const args of [['--articles', `${rel}/*.txt`], ['--annotations', rel], ['--articles', `${outside}/*.txt`]]) {
      const out = factlens(['check', ...args], root);
      assert.ok(!out.stdout.includes('999'), `${args.join(' ')}:\n${out.stdout}`);
      assert.strictEqual(out.status, 2, `${args.join(' ')} should be a usage error:\n${out.stdout}${out.stderr}`);
    }
  });

  it('the server settings fall back to the defaults for an articles glob or annotations folder outside the workspace', () => {
    for (const articles of ['../**/*.txt', '/etc/*', 'seeds/../../x/*.txt', 'C:/Windows/*.ini']) assert.strictEqual(resolveSettings({ articles }).articles, 'seeds/**/*.txt', articles);
    for (const annotationsDir of ['..', '../x', '/etc', 'a/../../b', '.']) assert.strictEqual(resolveSettings({ annotationsDir }).annotationsDir, 'annotations', annotationsDir);
    assert.strictEqual(resolveSettings({ articles: 'news/**/*.txt', annotationsDir: './notes/' }).annotationsDir, 'notes');
    assert.strictEqual(resolveSettings({ articles: '**/*.txt' }).articles, '**/*.txt');
  });

  it('file names with spaces and accents: the annotation file is found and printed paths round-trip', () => {
    const name = 'seeds/Gaza été/Café “report” 2024.txt';
    const yaml = 'annotations:\n  - id: toll\n    quote: "45"\n    status: false\n';
    const root = tempWorkspace({ [name]: 'Café: 45 people.\n', 'annotations/Gaza été/Café “report” 2024.yaml': yaml });
    const out = factlens(['check', name], root);
    assert.strictEqual(out.stdout.split('\n')[0], `${name}:1:7 error Marked false: “45” [figure.false]`);
    const sarif = JSON.parse(factlens(['check', '--format', 'sarif'], root).stdout);
    const uri = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    assert.strictEqual(decodeURIComponent(uri), name);
  });
});
