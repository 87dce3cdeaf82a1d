import * as assert from 'assert';
import { parseAnnotationFile, parseAnnotationFileFast } from '../../server/src/core/annotations';

const same = (text: string) =>
  assert.deepStrictEqual(JSON.parse(JSON.stringify(parseAnnotationFileFast(text, 'f.yaml'))), JSON.parse(JSON.stringify(parseAnnotationFile(text, 'f.yaml'))), text);

describe('parseAnnotationFileFast', () => {
  it('gives the same model as the full parser, spans included (computed on first use)', () => {
    same('article: a.txt\nannotations:\n  - id: a\n    quote: "1,200 😀"\n    offset: 5\n    status: false\n    sources:\n      - url: https://x.org/?a=1&b=2\n        accessed: 2024-08-16\n    note: "Wow! *really*"\n');
    same('');
    same('# only a comment\n');
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
