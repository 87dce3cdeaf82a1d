import * as assert from 'assert';
import { parseAnnotationFile, parseClaimsFile } from '../../server/src/core/annotations';

const FILE = 'annotations/x.yaml';

function only(text: string) {
  const model = parseAnnotationFile(text, FILE);
  assert.ok(model.problems.length > 0, 'expected a problem');
  for (const p of model.problems) {
    assert.ok(p.start >= 0 && p.end >= p.start && p.end <= text.length, `range ${p.start}-${p.end} inside the text`);
    assert.strictEqual(p.file, FILE);
  }
  return model;
}

describe('parseAnnotationFile on hostile input', () => {
  it('a file that is a list', () => {
    const text = '- id: a\n  quote: x\n';
    const model = only(text);
    assert.deepStrictEqual(model.problems.map((p) => [p.start, p.end, p.code, p.severity]), [[0, text.length, 'annotation.invalid', 'error']]);
    assert.strictEqual(model.problems[0].message, "an annotation file must be a mapping with an 'annotations:' list (got a list)");
  });

  it('a file that is a scalar', () => {
    const model = only('just some text');
    assert.deepStrictEqual(model.problems.map((p) => [p.start, p.end]), [[0, 14]]);
    assert.match(model.problems[0].message, /must be a mapping.*\(got text\)/);
  });

  it('annotations that is not a list', () => {
    const text = 'annotations:\n  id: a\n';
    const model = only(text);
    assert.deepStrictEqual(model.problems.map((p) => [text.slice(p.start, p.end), p.message]), [['id: a\n', 'annotations must be a list (got a mapping)']]);
  });

  it('merge-conflict markers: each marker line, with a clear message, nothing loaded', () => {
    const text = 'annotations:\n  - id: a\n<<<<<<< HEAD\n    quote: x\n=======\n    quote: y\n>>>>>>> theirs\n    status: verified\n';
    const model = only(text);
    assert.deepStrictEqual(model.problems.map((p) => text.slice(p.start, p.end)), ['<<<<<<< HEAD', '=======', '>>>>>>> theirs']);
    assert.ok(model.problems.every((p) => p.code === 'yaml.syntax' && /merge conflict/.test(p.message)));
    assert.deepStrictEqual(model.annotations, []);
  });

  it('a billion-laughs alias bomb stops at the alias that expands, fast', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + prev).join(',')}]`);
    }
    lines.push('annotations: *j');
    const text = lines.join('\n') + '\n';
    const started = Date.now();
    const model = only(text);
    assert.ok(Date.now() - started < 2000);
    const [problem] = model.problems;
    assert.deepStrictEqual([text.slice(problem.start, problem.end), problem.code], ['*j', 'yaml.syntax']);
    assert.match(problem.message, /billion laughs/);
  });

  it('a few aliases are fine', () => {
    const text = 'x: &src {url: "https://a.org"}\nannotations: []\n';
    // `x` is an unknown key (a warning); the alias itself is no problem.
    assert.deepStrictEqual(parseAnnotationFile(text, FILE).problems.map((p) => p.severity), ['warning']);
  });

  it('!!js/function is reported, not executed, and its annotation left out', () => {
    (globalThis as Record<string, unknown>).pwned = false;
    const text = 'annotations:\n  - id: a\n    quote: !!js/function "function(){ globalThis.pwned = true }"\n    status: verified\n'
      + '  - id: b\n    quote: y\n    status: verified\n';
    const model = only(text);
    assert.deepStrictEqual(model.problems.map((p) => [text.slice(p.start, p.end), p.code, p.severity]), [['!!js/function', 'annotation.invalid', 'error']]);
    assert.match(model.problems[0].message, /unsupported tag '!!js\/function'/);
    assert.deepStrictEqual(model.annotations.map((a) => a.id), ['b']);
    assert.strictEqual((globalThis as Record<string, unknown>).pwned, false);
  });

  it('YAML 1.1 tags and dates stay plain text', () => {
    const text = '%YAML 1.1\n---\nannotations:\n  - id: a\n    quote: x\n    status: verified\n    updated: 2024-08-16\n    note: !!binary aGVsbG8=\n';
    const model = only(text);
    assert.deepStrictEqual(model.problems.map((p) => text.slice(p.start, p.end)), ['!!binary']);
  });

  for (const [name, make] of [
    ['flow', (n: number) => 'annotations: ' + '['.repeat(n) + ']'.repeat(n)],
    ['block', (n: number) => 'annotations:\n' + '- '.repeat(n) + 'x'],
  ] as const) {
    for (const depth of [40, 100_000]) {
      it(`very deep ${name} nesting (${depth} levels) gives one ranged problem, no crash`, () => {
        const text = make(depth);
        const model = only(text);
        assert.strictEqual(model.problems.length, 1);
        assert.strictEqual(model.problems[0].code, 'yaml.syntax');
        assert.match(model.problems[0].message, /nesting is too deep/);
        assert.strictEqual(model.problems[0].end - model.problems[0].start, 1);
      });
    }
  }

  it('tabs, stray characters and binary junk never throw', () => {
    for (const text of ['annotations:\n\t- id: a', '\u0000\u0001\uffff', ': : :', '{', ']]]', 'a: b: c', '"', '\ufeffannotations: []', '- - - -']) {
      assert.doesNotThrow(() => parseAnnotationFile(text, FILE), JSON.stringify(text));
      const model = parseAnnotationFile(text, FILE);
      for (const p of model.problems) assert.ok(p.start >= 0 && p.end <= text.length, JSON.stringify(text));
    }
  });

  it('the claims register survives the same inputs', () => {
    for (const text of ['- a', 'x', '<<<<<<< HEAD\nclaims: {}\n=======\n>>>>>>> b\n', 'claims: ' + '['.repeat(50_000)]) {
      const model = parseClaimsFile(text, 'annotations/claims.yaml');
      assert.ok(model.problems.length > 0, JSON.stringify(text.slice(0, 20)));
      assert.strictEqual(model.claims.size, 0);
    }
  });
});
