// Drives the built CLI (bin/factlens.js -> dist/cli.js) the way a user or CI does.
import * as assert from 'assert';
import { PARALLEL_FROM } from '../../server/src/cli/check';
import { factlens, tempWorkspace } from './cliHarness';
import { REPO_ROOT } from './paths';


const ARTICLE = 'Officials said at least 45 people were killed.\r\nA 😀 marker, then 2.3 million residents.\n';

describe('factlens CLI', function () {
  this.timeout(20000);

  it('check prints file:line:col severity message [code] and a summary, exit 0 for warnings only', () => {
    const root = tempWorkspace({ 'seeds/a.txt': ARTICLE });
    const out = factlens(['check', 'seeds'], root);
    assert.strictEqual(out.status, 0, out.stderr);
    const lines = out.stdout.trim().split('\n');
    assert.strictEqual(lines[0], 'seeds/a.txt:1:25 warning Unverified figure “at least 45”: check it against a source and annotate it [figure.unverified]');
    // Line 2 after CRLF; the emoji counts as two UTF-16 code units.
    assert.match(lines[1], /^seeds\/a\.txt:2:19 warning Unverified figure “2\.3 million”/);
    assert.strictEqual(lines[2], '2 problems (0 errors, 2 warnings) in 1 article, 2 figures, 0 annotation files.');
  });

  it('check exits 1 when warnings exceed --max-warnings and when there are errors', () => {
    const root = tempWorkspace({
      'seeds/a.txt': ARTICLE,
      'annotations/a.yaml': 'annotations:\n  - id: toll\n    quote: "at least 45"\n    status: false\n',
    });
    assert.strictEqual(factlens(['check', '--max-warnings', '5'], tempWorkspace({ 'seeds/a.txt': ARTICLE })).status, 0);
    assert.strictEqual(factlens(['check', '--max-warnings', '1'], tempWorkspace({ 'seeds/a.txt': ARTICLE })).status, 1);
    const out = factlens(['check'], root);
    assert.strictEqual(out.status, 1);
    assert.match(out.stdout, /seeds\/a\.txt:1:16 error Marked false: “at least 45” \[figure\.false\]/);
  });

  it('check exits 2 on usage errors', () => {
    const root = tempWorkspace({ 'seeds/a.txt': ARTICLE });
    const out = factlens(['check', '--format', 'xml'], root);
    assert.strictEqual(out.status, 2);
    assert.match(out.stderr, /--format must be text, json or sarif/);
    assert.strictEqual(factlens(['frobnicate'], root).status, 2);
  });

  it('check --format json gives offsets, 1-based lines and data', () => {
    const root = tempWorkspace({ 'seeds/a.txt': ARTICLE });
    const out = factlens(['check', '--format', 'json'], root);
    const json = JSON.parse(out.stdout);
    assert.deepStrictEqual(json.summary, { errors: 0, warnings: 2, articles: 1, annotationFiles: 0, figures: 2 });
    const first = json.problems[0];
    assert.strictEqual(first.start, ARTICLE.indexOf('45'));
    assert.strictEqual(first.end, ARTICLE.indexOf('45') + 2);
    assert.strictEqual(first.line, 1);
    assert.strictEqual(first.code, 'figure.unverified');
    assert.strictEqual(first.data.figure.value, 45);
  });

  it('check --format sarif is SARIF 2.1.0 with rules and UTF-16 regions', () => {
    const root = tempWorkspace({ 'seeds/a.txt': ARTICLE });
    const sarif = JSON.parse(factlens(['check', '--format', 'sarif'], root).stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.strictEqual(run.tool.driver.name, 'FactLens');
    assert.deepStrictEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), ['figure.unverified']);
    assert.strictEqual(run.columnKind, 'utf16CodeUnits');
    const region = run.results[1].locations[0].physicalLocation.region;
    assert.deepStrictEqual(
      { startLine: region.startLine, startColumn: region.startColumn, charLength: region.charLength },
      { startLine: 2, startColumn: 19, charLength: 'million'.length + 4 },
    );
    assert.strictEqual(run.results[0].level, 'warning');
  });

  it('reports unreadable and non-UTF-8 files per file and goes on', () => {
    const root = tempWorkspace({
      'seeds/a.txt': ARTICLE,
      'seeds/latin1.txt': Buffer.from([0x53, 0x6f, 0x6d, 0x65, 0x20, 0xe9, 0x20, 0x34, 0x35]),
      'seeds/binary.txt': Buffer.from([0x00, 0x01, 0x02]),
    });
    const out = factlens(['check', 'seeds', 'seeds/missing.txt'], root);
    assert.strictEqual(out.status, 1);
    assert.match(out.stdout, /seeds\/latin1\.txt:1:1 error file is not valid UTF-8 \(first bad byte at offset 5\)/);
    assert.match(out.stdout, /seeds\/binary\.txt:1:1 error file looks binary/);
    assert.match(out.stdout, /seeds\/missing\.txt:1:1 error no such file or folder/);
    assert.match(out.stdout, /seeds\/a\.txt:1:25 warning/);
  });

  it('figures --json lists every figure with offsets, position, value, kind and qualifier', () => {
    const root = tempWorkspace({ 'seeds/a.txt': ARTICLE });
    const figures = JSON.parse(factlens(['figures', 'seeds', '--json'], root).stdout);
    assert.deepStrictEqual(figures[0], {
      file: 'seeds/a.txt',
      start: 24,
      end: 26,
      line: 0,
      character: 24,
      text: '45',
      value: 45,
      kind: 'count',
      qualifier: 'at least',
    });
    assert.strictEqual(figures[1].text, '2.3 million');
    assert.strictEqual(figures[1].value, 2300000);
    assert.strictEqual(figures[1].line, 1);
  });

  it('a large folder with few articles: threads started early are stopped, the check runs and exits as on the main thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < PARALLEL_FROM + 10; i++) files[`seeds/note-${String(i).padStart(4, '0')}.md`] = 'not an article: 45\n';
    for (let i = 0; i < 5; i++) files[`seeds/a${i}.txt`] = `About ${40 + i} people.\n`;
    const root = tempWorkspace(files);
    const byDefault = factlens(['check'], root);
    const mainThread = factlens(['check', '--jobs', '0'], root);
    assert.strictEqual(byDefault.status, 0);
    assert.strictEqual(byDefault.stdout, mainThread.stdout);
    assert.match(byDefault.stdout, /5 problems \(0 errors, 5 warnings\) in 5 articles/);
  });

  it('FACTLENS_TIMING=1 prints when each phase ended on stderr, in order, leaving stdout alone', () => {
    const root = tempWorkspace({ 'seeds/a.txt': 'About 45 people.\n' });
    const timed = factlens(['check', '--jobs', '1'], root, { FACTLENS_TIMING: '1' });
    const phases = timed.stderr.trim().split('\n').map((l) => /^factlens timing: (.+) at (\d+) ms$/.exec(l));
    assert.ok(phases.every(Boolean), timed.stderr);
    assert.deepStrictEqual(phases.map((m) => m![1]), ['started', '1 articles listed', 'listed', 'annotation files read', 'articles read and indexed', 'claim mentions merged', 'checked and formatted', 'output assembled']);
    const times = phases.map((m) => Number(m![2]));
    assert.deepStrictEqual([...times].sort((a, b) => a - b), times);
    const plain = factlens(['check', '--jobs', '1'], root);
    assert.strictEqual(plain.stderr, '');
    assert.strictEqual(timed.stdout, plain.stdout);
  });

  it('check on the repository seeds runs and reports their unverified figures', () => {
    const out = factlens(['check', 'seeds'], REPO_ROOT);
    assert.ok([0, 1].includes(out.status), out.stderr);
    assert.match(out.stdout, /seeds\/001_b94a0f8f42044d4b\.txt:14:145 warning Unverified figure “at least 45”/);
    assert.match(out.stdout, /in 5 articles/);
  });
});
