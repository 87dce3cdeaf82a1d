import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseAnnotationFile, parseAnnotationFileFast, parseClaimsFile, parseClaimsFileFast } from '../../server/src/core/annotations';
import { ANNOTATIONS_DIR } from './paths';

const same = (text: string) =>
  assert.deepStrictEqual(JSON.parse(JSON.stringify(parseAnnotationFileFast(text, 'f.yaml'))), JSON.parse(JSON.stringify(parseAnnotationFile(text, 'f.yaml'))), text);

describe('parseAnnotationFileFast', () => {
  it('gives the same model as the full parser, spans included (computed on first use)', () => {
    same('article: a.txt\nannotations:\n  - id: a\n    quote: "1,200 😀"\n    offset: 5\n    status: false\n    sources:\n      - url: https://x.org/?a=1&b=2\n        accessed: 2024-08-16\n    note: "Wow! *really*"\n');
    same('');
    same('# only a comment\n');
  });

  it('annotations hold only their own keys, in the eager order; spans come on first use', () => {
    const text =
      'article: a.txt\nannotations:\n  - id: a\n    by: me\n    suffix: " s"\n    quote: "1,200"\n    note: n\n    claim: c-1\n    status: verified\n    prefix: "p "\n    offset: 3\n' +
      '    sources:\n      - accessed: 2024-08-16\n        url: https://x.org\n    updated: 2024-08-16T10:00:00Z\n  - id: b\n    quote: x\n    status: false\n    sources:\n';
    const eagerModel = parseAnnotationFile(text, 'f.yaml');
    const lazyModel = parseAnnotationFileFast(text, 'f.yaml');
    assert.deepStrictEqual(Object.keys(lazyModel.article!), ['path']);
    assert.deepStrictEqual({ path: lazyModel.article!.path, span: lazyModel.article!.span }, eagerModel.article);
    // The order annotations always had (JSON output and the editor's views follow it).
    assert.deepStrictEqual(Object.keys(eagerModel.annotations[0]), ['id', 'quote', 'status', 'sources', 'prefix', 'suffix', 'claim', 'note', 'by', 'offset', 'updated', 'index', 'span', 'fieldSpans']);
    const eager = eagerModel.annotations;
    const lazy = lazyModel.annotations;
    assert.strictEqual(lazy.length, 2);
    lazy.forEach((annotation, i) => {
      const { span, fieldSpans, ...rest } = eager[i];
      assert.deepStrictEqual(Object.keys(annotation), Object.keys(rest));
      assert.deepStrictEqual({ ...annotation }, rest); // no symbol or other hidden keys in a copy
      assert.deepStrictEqual(Object.getOwnPropertySymbols(annotation), []);
      assert.deepStrictEqual(annotation.span, span);
      assert.deepStrictEqual(annotation.fieldSpans, fieldSpans);
    });
  });

  it('repeated ids, wherever they are in short and long lists, go to the full parser and its problem', () => {
    const file = (ids: string[]) => 'annotations:\n' + ids.map((id) => `  - id: ${id}\n    quote: x\n    status: verified\n`).join('');
    for (const count of [2, 3, 16, 17, 40]) {
      const ids = Array.from({ length: count }, (_, i) => `a${i}`);
      same(file(ids));
      assert.strictEqual(parseAnnotationFileFast(file(ids), 'f.yaml').problems.length, 0);
      for (const [i, j] of [[0, 1], [0, count - 1], [count - 2, count - 1], [1, count - 1]]) {
        if (i >= j) continue;
        const repeated = [...ids];
        repeated[j] = repeated[i];
        same(file(repeated));
        assert.ok(parseAnnotationFileFast(file(repeated), 'f.yaml').problems.length > 0, `${count} items, ${i} and ${j} alike`);
      }
    }
  });

  it('falls back to the full parser (and its problems) for anything unusual', () => {
    for (const text of [
      'annotations:\n  - id: a\n    quote: x\n    status: verifed\n',
      'annotations:\n  - id: a\n    qoute: x\n    quote: x\n    status: verified\n',
      'annotations:\n  - id: a\n    quote: x\n    status: verified\n  - id: a\n    quote: y\n    status: verified\n',
      'x: &a 1\ny: *a\n',
      'annotations:\n  - id: a\n    quote: !!js/function "f"\n    status: verified\n',
      '<<<<<<< HEAD\nannotations: []\n=======\n>>>>>>> b\n',
      '- a\n',
      'annotations: [' + '['.repeat(100),
    ]) {
      same(text);
      assert.ok(parseAnnotationFileFast(text, 'f.yaml').problems.length > 0, text);
    }
  });
});

describe('parseClaimsFileFast', () => {
  const json = (value: unknown) => JSON.parse(JSON.stringify(value, (_key, v) => (v instanceof Map ? [...v] : v)));
  const sameClaims = (text: string) =>
    assert.deepStrictEqual(JSON.stringify(json(parseClaimsFileFast(text, 'claims.yaml'))), JSON.stringify(json(parseClaimsFile(text, 'claims.yaml'))), text);

  it('gives the same register as the full parser, key order and spans included', () => {
    sameClaims(fs.readFileSync(path.join(ANNOTATIONS_DIR, 'claims.yaml'), 'utf8'));
    sameClaims('claims:\n  a-1:\n    statement: "1,200 😀 killed"\n    verdict: false\n    sources:\n      - url: https://x.org/?a=1&b=2\n        accessed: 2024-08-16\n    note: x\n  b.2:\n    verdict: verified\r\n');
    sameClaims('');
    sameClaims('claims:\n');
    sameClaims('# nothing yet\n');
  });

  it('falls back to the full parser for problems, odd keys and anything unusual', () => {
    for (const text of [
      'claims:\n  Bad Id:\n    statement: x\n',
      'claims:\n  a:\n    verdict: maybe\n',
      'claims:\n  a:\n    statment: x\n',
      'claims:\n  a:\n    statement: x\n  a:\n    statement: y\n',
      'claims: [1, 2]\n',
      '<<<<<<< HEAD\nclaims: {}\n=======\n>>>>>>> b\n',
    ]) {
      sameClaims(text);
      assert.ok(parseClaimsFileFast(text, 'claims.yaml').problems.length > 0, text);
    }
    sameClaims('claims:\n  a: &x\n    statement: x\n  b: *x\n'); // aliases: the full parser's
    // Integer-like ids would change order as object keys: the full parser keeps file order.
    sameClaims('claims:\n  zeta:\n    statement: z\n  "2024":\n    statement: y\n  "7":\n    statement: x\n');
    assert.deepStrictEqual([...parseClaimsFileFast('claims:\n  zeta: {}\n  "2024": {}\n', 'c').claims.keys()], ['zeta', '2024']);
  });
});
