// blockScanner must give exactly what js-yaml's CORE_SCHEMA load gives, or undefined ("not
// sure"). Checked on the repository's YAML, a generated workspace, hostile inputs, a table of
// tricky scalars, and random annotation-like objects written by both YAML libraries.
// Reproduce a property failure with FACTLENS_FUZZ_SEED=<seed printed below>.
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { stringify } from 'yaml';
import { scanBlockYaml } from '../../server/src/core/annotations/blockScanner';
import { BILLION_LAUGHS, HOSTILE_YAML, QUIET_YAML, bigAnnotationFile } from './hostileInputs';
import { REPO_ROOT } from './paths';

const SEED = Number(process.env.FACTLENS_FUZZ_SEED ?? 20251123);
const NUM_RUNS = 300;

type Loaded = { ok: true; value: unknown } | { ok: false };
function jsYaml(text: string): Loaded {
  try {
    return { ok: true, value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}

/** The scanner's value, after checking it is undefined or exactly js-yaml's. */
function scanned(text: string): unknown {
  const fast = scanBlockYaml(text);
  if (fast === undefined) return undefined;
  const slow = jsYaml(text);
  assert.ok(slow.ok, `js-yaml rejects what the scanner read:\n${text}`);
  assert.deepStrictEqual(fast, slow.value, text);
  return fast;
}

function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out;
}

describe('blockScanner', () => {
  it("reads the repository's annotation files as js-yaml does", () => {
    const files = yamlFilesUnder(path.join(REPO_ROOT, 'annotations'));
    assert.ok(files.length >= 3);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const value = scanned(text);
      if (path.basename(file) !== 'claims.yaml') assert.notStrictEqual(value, undefined, `${file} should take the fast path`);
      // The same file with Windows line endings, and without its last line break.
      scanned(text.replace(/\n/g, '\r\n'));
      scanned(text.replace(/\n$/, ''));
    }
  });

  it('agrees with js-yaml on the test fixtures and hostile inputs (or is not sure)', () => {
    for (const file of yamlFilesUnder(path.join(REPO_ROOT, 'test'))) scanned(fs.readFileSync(file, 'utf8'));
    for (const { text } of [...HOSTILE_YAML, ...QUIET_YAML]) scanned(text);
    for (const text of BILLION_LAUGHS) assert.strictEqual(scanBlockYaml(text), undefined);
    assert.notStrictEqual(scanned(bigAnnotationFile(200_000)), undefined);
  });

  it('reads every annotation file of a generated workspace, as js-yaml does', async function () {
    this.timeout(60_000);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-scanner-'));
    try {
      const { generateWorkspace } = await import(pathToFileURL(path.join(REPO_ROOT, 'bench', 'generate.mjs')).href);
      generateWorkspace(root, 120, 5);
      const dir = path.join(root, 'annotations');
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'));
      assert.ok(files.length > 50);
      for (const file of files) assert.notStrictEqual(scanned(fs.readFileSync(path.join(dir, file), 'utf8')), undefined, file);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('leaves deep nesting to js-yaml (which stops at 100 levels)', () => {
    for (const depth of [5, 40, 150, 3000]) {
      let text = '';
      for (let i = 0; i < depth; i++) text += `${' '.repeat(i)}k:\n`;
      text += `${' '.repeat(depth)}k: 1\n`;
      const value = scanned(text);
      if (depth === 5) assert.notStrictEqual(value, undefined);
      if (depth > 100) assert.strictEqual(value, undefined);
    }
    let items = 'a:\n';
    for (let i = 0; i < 120; i++) items += `${' '.repeat(2 * i)}- k:\n`;
    assert.strictEqual(scanned(items), undefined);
  });

  describe('tricky scalars, each compared with js-yaml', () => {
    // Plain scalars the core schema resolves (or leaves as strings); the scanner must read all of these.
    const PLAIN = [
      '2025-06-26', '2025-06-26T10:00:00Z', '0x1F', '0x1f', '0o17', '0o8', '0b11', '1_000', '1,000', '.inf', '-.inf', '+.inf', '.Inf', '.INF', '.nan', '.NaN',
      '-.nan', '+12', '012', '-0', '+0', '0', '00', '1e3', '1E3', '1e+3', '1.5e-3', '1.', '.5', '+.5', '-.5', '.', '1:30', '12.3.4', '-x', '+x',
      '1e400', '9'.repeat(400), '-' + '9'.repeat(400), '0x' + 'f'.repeat(300), 'null', 'Null', 'NULL', 'nULL', '~', 'true', 'True', 'TRUE', 'tRUE',
      'false', 'False', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n', 'a#b', 'a:b', 'https://x.org/?a=1&b=2#frag', 'a, b', 'x]', 'x}', 'a - b',
      'a\u00a0', '\u00a0a', 'a \u3000', '😀', 'é', '“curly”', "it's", 'say "hi"', 'a\\nb', '--- x', '... x', '-1_0', '1__0', 'Infinity', 'NaN',
    ];
    for (const source of PLAIN) {
      it(`plain ${JSON.stringify(source)}`, () => {
        for (const text of [`a: ${source}\n`, `a: ${source} # comment\n`, `a: ${source}   \n`, `items:\n  - ${source}\n`, `items:\n- k: ${source}\n  j: 1\n`]) {
          assert.notStrictEqual(scanned(text), undefined, text);
        }
      });
    }

    // Quoted scalars, block scalars and shapes: some are read, some left to js-yaml; none may differ.
    const OTHERS = [
      'a: ""', "a: ''", 'a: "x\\"y"', 'a: "x\\\\"', 'a: "\\t\\n\\r\\0\\a\\b\\v\\f\\e\\ \\/\\N\\_\\L\\P"', 'a: "\\x41\\u00e9\\U0001F600"', 'a: "\\ud83d\\ude00"',
      'a: "\\uD800"', 'a: "\\U00110000"', 'a: "\\q"', 'a: "\\x4"', 'a: "x\\', 'a: "x', 'a: "x"y', 'a: "x"#c', 'a: "x" #c', 'a: "x"  ', "a: 'it''s'", "a: 'x''", "a: ''''",
      "a: 'x'y", "a: 'a\\nb'", 'a: "# not a comment"', 'a: " lead and trail "', 'a: "1"', 'a: "null"', 'a: "😀"', 'a: "x\ty"', 'a: x\ty', 'a:\tx',
      'a: [1]', 'a: []', 'a: {}', 'a: [ ]', 'a: {x: 1}', 'a: &x 1', 'a: *x', 'a: !!str 1', 'a: ! x', 'a: @x', 'a: `x`', 'a: %x', 'a: ?x', 'a: :x', 'a: ,x',
      'a: -', 'a: - x', 'a: |x', 'a: b: c', 'a: b:', 'a:b', 'a :b', 'a : b', '"a": 1', "'a': 1", 'a b: 1', 'a.b: 1', '1: x', 'null: x', 'true: x', '~: x',
      '__proto__: x', 'constructor: x', 'toString: x', 'hasOwnProperty: x', 'a: 1\na: 2', 'a: 1\n b: 2', 'a:\n  b: 1\n c: 2', 'a:\n  - 1\n - 2',
      'a:\n- 1\n- 2\nb: 3', 'a:\n  - 1\n  -\n  - 3', 'a:\n  - - 1', 'a:\n  -   k: 1\n      j: 2', 'a:\n  - k: 1\n    j: 2\n   x: 3', 'a:\n  - k:\n    - x\n    j: 1', 'a:\n  - k:\n      j: 1', 'a: b\n  c',
      'a: b\n  # c\nd: e', 'a: b\n# c\n  d: e', 'a:\n  # c\n  b: 1', 'a:\n\n  b: 1', 'a:\nb: 1', 'a:   # c\nb: 1', 'a: # c\n  - 1',
      '---\na: 1', 'a: 1\n---\nb: 2', 'a: 1\n...', '%YAML 1.2\n---\na: 1', '\ufeffa: 1', '  a: 1', '- a', 'a', '', '# c', '\n\n',
      'a: |\n  x\n  y\n', 'a: |-\n  x\n  y\n', 'a: |+\n  x\n\n', 'a: |2\n   x\n', 'a: >\n  x\n  y\n', 'a: >-\n  x\n\n  y\n\n\nb: 1',
      'a: >\n  x\n   y\n  z\n', 'a: >\n  x  \n  y\n', 'a: |\n  x  \n   y\n', 'a: |\n\n  x\n', 'a: |\n  x\n  \n    \n  y\n', 'a: |\n  x\n', 'a: |\n  x',
      'a: |\nb: 1', 'a: | # c\n  x\n', 'a: |#c\n  x\n', 'a: >\n  # not a comment\n  x\n', 'a: |\n    x\n  y\n', 'a: |\n  x\n # c\nb: 1',
      'x:\n  a: |\n    x\n   y\n', 'l:\n  - n: |-\n      x\n      y\n    m: 1\n', 'l:\n  - n: |-\n     x\n', 'a: "x"\r\nb: y\r\n', 'a: x\rb: y',
      'a: |\r\n  x\r\n  y\r\n', 'a: x\u0085y', 'a: x\u2028y', 'a: \u0001', 'a: x\ufffe', 'a: \ud800', 'a: \udc00x', 'a: x\u007f',
    ];
    for (const text of OTHERS) {
      it(JSON.stringify(text), () => {
        scanned(text);
        scanned(text + '\n');
      });
    }
  });

  it('digits and dates (read without the core schema): the value js-yaml gives', () => {
    for (const source of ['0', '00', '012', '590', '9'.repeat(15), '9'.repeat(16), '1'.repeat(15) + '0', '2025-06-26', '2025-6-26', '12025-06-26', '2025-06-261', '2025-06-2x', '2025_06_26', '2025-06-26 # c']) {
      assert.notStrictEqual(scanned(`a: ${source}\n`), undefined, source);
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'0123456789-.:e+_x ab'), { minLength: 1, maxLength: 18 }), fc.constantFrom(...'0123456789'), (chars, first) => {
        scanned(`a: ${first}${chars.join('')}\n`);
      }),
      { seed: SEED, numRuns: 5000 },
    );
    assert.strictEqual((scanned('a: 2024-08-16\nb: 17\n') as Record<string, unknown>).b, 17);
  });

  it('plain scalars with comments, colons and spaces in any order: the value js-yaml gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '#', ':', 'a', '1', '-', '\u00a0', '"'), { maxLength: 14 }), (chars) => {
        scanned(`k: x${chars.join('')}\nitems:\n  - y${chars.join('')}\n`);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('many keys, some sharing a cache slot, some seen again: the keys js-yaml gives', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `k${i.toString(36)}`);
    const text = keys.map((k, i) => `${k}: ${i}\n`).join('');
    assert.notStrictEqual(scanned(text), undefined);
    // Keys of one length differing in one character, and a long key: read twice, in two files.
    const similar = 'ab: 1\nba: 2\naB: 3\nBa: 4\n' + 'x'.repeat(100) + ': 5\n' + 'x'.repeat(99) + 'y: 6\n';
    for (let i = 0; i < 2; i++) assert.deepStrictEqual(Object.keys(scanned(similar) as object), ['ab', 'ba', 'aB', 'Ba', 'x'.repeat(100), 'x'.repeat(99) + 'y']);
    for (let i = 0; i < 2; i++) assert.notStrictEqual(scanned(text), undefined);
  });

  it('random annotation-like files written by yaml and js-yaml: same value, or not sure', function () {
    this.timeout(120_000);
    console.log(`      blockScanner property seed: ${SEED} (set FACTLENS_FUZZ_SEED to reproduce)`);
    let read = 0;
    fc.assert(
      fc.property(annotationFile, writer, fc.boolean(), (value, write, crlf) => {
        let text = write(value);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        if (scanned(text) !== undefined) read++;
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    console.log(`      read ${read} of ${NUM_RUNS}`);
    assert.ok(read > NUM_RUNS / 4, `the scanner read only ${read} of ${NUM_RUNS} files`);
  });
});

const TRICKY_STRINGS = [
  '', ' ', '  lead', 'trail  ', 'a: b', 'a:b', 'key:', ': x', '#', ' #c', 'a #b', 'a#b', '- x', '-', '--- x', '---', '...', '"', "'", '"q"', "'q'",
  "it's", '\\', '\\n', 'a\nb', 'a\n\nb', 'line\n', '\n', 'x\r\ny', '\t', 'a\tb', '😀', '👍🏽 ok', 'é', '\u00a0', 'a\u00a0', '“curly”', '—', '…',
  '1', '012', '0x1F', '1_000', '1e3', '.inf', '+12', '-0', '2025-06-26', 'null', '~', 'true', 'False', 'yes', '[x]', '{x}', '&a', '*a', '!t',
  '|', '>', '%', '@', '`', '?', 'a, b', 'https://x.org/?a=1&b=2', '25,000 aid trucks entered', '$38 million',
];
const trickyString = fc.oneof(fc.constantFrom(...TRICKY_STRINGS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.array(fc.constantFrom(...TRICKY_STRINGS), { maxLength: 4 }).map((parts) => parts.join(' ')));
const scalar = fc.oneof({ weight: 6, arbitrary: trickyString }, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const source = fc.record({ url: trickyString, title: scalar, accessed: fc.constantFrom('2025-06-26', '2024-01-01', 'yesterday'), quote: trickyString }, { requiredKeys: ['url'] });
const annotation = fc.record(
  { id: trickyString, quote: trickyString, prefix: trickyString, offset: fc.nat(), status: fc.constantFrom('verified', 'false', 'misleading'), sources: fc.array(source, { maxLength: 3 }), note: scalar, by: trickyString, updated: scalar },
  { requiredKeys: ['id', 'quote'] },
);
const annotationFile = fc.record({ article: trickyString, annotations: fc.array(annotation, { maxLength: 4 }) }, { requiredKeys: ['annotations'] });

type Writer = (value: unknown) => string;
const writer: fc.Arbitrary<Writer> = fc.oneof(
  fc
    .record({
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      indent: fc.constantFrom(2, 4),
    } as const)
    .map((options): Writer => (value) => stringify(value, { ...options, minContentWidth: 0 })),
  fc
    .record({ indent: fc.constantFrom(2, 3, 4), lineWidth: fc.constantFrom(-1, 20, 80), quoteStyle: fc.constantFrom('single', 'double'), forceQuotes: fc.boolean(), seqNoIndent: fc.boolean() } as const)
    .map((options): Writer => (value) => dump(value, options)),
);
