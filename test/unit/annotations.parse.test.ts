import * as assert from 'assert';
import { parseAnnotationFile } from '../../server/src/core/annotations';
import type { Problem } from '../../server/src/core/types';

const FILE = 'annotations/002.yaml';

/** The problem's text in the YAML and its code/severity, for compact exact assertions. */
function at(text: string, p: Problem): [string, string, string] {
  return [text.slice(p.start, p.end), p.code, p.severity];
}

describe('parseAnnotationFile', () => {
  const valid = [
    '# Gaza article 💬 — checked',
    'article: seeds/002.txt   # optional',
    'annotations:',
    '  - id: death-toll-40000',
    '    quote: "surpassed 40,000"',
    '    prefix: "Gaza’s death toll "',
    '    suffix: "."',
    '    offset: 276',
    '    status: verified',
    '    claim: gaza-death-toll',
    '    sources:',
    '      - url: https://apnews.com/article/x',
    '        title: Gaza’s death toll passes 40,000',
    '        accessed: 2024-08-16',
    '        quote: "More than 40,000"',
    '    note: free text',
    '    by: jdoe',
    '    updated: 2024-08-17',
    '  - id: false-one',
    '    quote: “1,200”',
    '    status: false',
    '',
  ].join('\n');

  it('loads a valid file with every field, values and spans', () => {
    const model = parseAnnotationFile(valid, FILE);
    assert.deepStrictEqual(model.problems, []);
    assert.strictEqual(model.file, FILE);
    assert.deepStrictEqual(model.article, { path: 'seeds/002.txt', span: { start: 37, end: 50 } });
    const [a, b] = model.annotations;
    assert.deepStrictEqual(
      { ...a, span: undefined, fieldSpans: undefined },
      {
        id: 'death-toll-40000', quote: 'surpassed 40,000', prefix: 'Gaza’s death toll ', suffix: '.', offset: 276,
        status: 'verified', claim: 'gaza-death-toll', note: 'free text', by: 'jdoe', updated: '2024-08-17', index: 0,
        sources: [{ url: 'https://apnews.com/article/x', title: 'Gaza’s death toll passes 40,000', accessed: '2024-08-16', quote: 'More than 40,000' }],
        span: undefined, fieldSpans: undefined,
      },
    );
    // The emoji (two UTF-16 units) and the curly quote sit before these offsets.
    assert.strictEqual(valid.slice(a.fieldSpans.quote!.start, a.fieldSpans.quote!.end), '"surpassed 40,000"');
    assert.deepStrictEqual(a.fieldSpans.id, { start: 85, end: 101 });
    assert.strictEqual(valid.slice(85, 101), 'death-toll-40000');
    assert.strictEqual(valid.slice(a.span.start, a.span.start + 20), 'id: death-toll-40000');
    assert.strictEqual(b.status, 'false', 'an unquoted `false` is the status "false"');
    assert.strictEqual(b.quote, '“1,200”');
    assert.deepStrictEqual(b.sources, []);
  });

  it('gives the same offsets in a CRLF file', () => {
    const crlf = valid.replace(/\n/g, '\r\n').replace('status: verified', 'status: verifed');
    const [problem] = parseAnnotationFile(crlf, FILE).problems;
    assert.strictEqual(crlf.slice(problem.start, problem.end), 'verifed');
    assert.strictEqual(problem.start, crlf.indexOf('verifed'));
  });

  it('treats an empty or comment-only file as no annotations and no problems', () => {
    for (const text of ['', '\n', '# nothing yet\n', 'annotations:\n', 'annotations: []\n']) {
      const model = parseAnnotationFile(text, FILE);
      assert.deepStrictEqual([model.annotations, model.problems], [[], []], JSON.stringify(text));
    }
  });

  it('reports a wrong status at its value, with the allowed values and a suggestion', () => {
    const text = 'annotations:\n  - id: a\n    quote: x\n    status: verifed\n';
    const model = parseAnnotationFile(text, FILE);
    assert.deepStrictEqual(model.problems.map((p) => at(text, p)), [['verifed', 'annotation.invalid', 'error']]);
    assert.deepStrictEqual([model.problems[0].start, model.problems[0].end], [48, 55]);
    assert.strictEqual(model.problems[0].message,
      "status must be one of unverified, verified, disputed, false, misleading, not-a-claim (got 'verifed'; did you mean 'verified'?)");
    assert.deepStrictEqual(model.problems[0].data, { annotationId: 'a' });
    assert.deepStrictEqual(model.annotations, [], 'an invalid annotation is left out');
  });

  it('warns about an unknown key at the key, suggests the right one, and still loads the annotation', () => {
    const text = 'annotations:\n  - id: a\n    qoute: x\n    quote: x\n    status: verified\n';
    const model = parseAnnotationFile(text, FILE);
    assert.deepStrictEqual(model.problems.map((p) => [...at(text, p), p.message]),
      [['qoute', 'annotation.invalid', 'warning', "unknown key 'qoute' (did you mean 'quote'?)"]]);
    assert.deepStrictEqual(model.annotations.map((a) => a.id), ['a']);
  });

  it('reports a missing quote on the first line of the item', () => {
    const text = 'annotations:\n  - id: no-quote\n    status: verified\n';
    const [problem] = parseAnnotationFile(text, FILE).problems;
    assert.deepStrictEqual(at(text, problem), ['id: no-quote', 'annotation.invalid', 'error']);
    assert.strictEqual(problem.message, "annotations[0] is missing required key 'quote' (annotation 'no-quote')");
  });

  it('reports wrong types, patterns and limits at each value, keeping the valid annotations', () => {
    const text = [
      'annotations:',
      '  - id: Bad Id', '    quote: 1200', '    status: verified',
      '  - id: ok', '    quote: x', '    status: disputed',
      '  - id: c', '    quote: y', '    status: verified', '    offset: -1',
      '    sources:', '      - url: javascript:alert(1)', '        accessed: 16 Aug 2024',
      '',
    ].join('\n');
    const model = parseAnnotationFile(text, FILE);
    assert.deepStrictEqual(model.problems.map((p) => at(text, p)[0]), ['Bad Id', '1200', '-1', 'javascript:alert(1)', '16 Aug 2024']);
    assert.match(model.problems[1].message, /^quote must be text \(got the number 1200; put it in quotes: "1200"\)$/);
    assert.match(model.problems[3].message, /url must be an http:\/\/ or https:\/\/ address/);
    assert.match(model.problems[4].message, /accessed must be a date written YYYY-MM-DD/);
    assert.deepStrictEqual(model.annotations.map((a) => [a.id, a.index]), [['ok', 1]]);
  });

  it('reports a duplicate id on the second one and keeps the first', () => {
    const text = 'annotations:\n  - id: a\n    quote: x\n    status: verified\n  - id: a\n    quote: y\n    status: false\n';
    const model = parseAnnotationFile(text, FILE);
    assert.strictEqual(model.problems.length, 1);
    const [problem] = model.problems;
    assert.deepStrictEqual([problem.start, problem.end, problem.code, problem.severity], [65, 66, 'annotation.duplicate-id', 'error']);
    assert.deepStrictEqual(problem.data, { annotationId: 'a' });
    assert.deepStrictEqual(model.annotations.map((a) => a.quote), ['x']);
  });

  it('reports a YAML syntax error at its place and keeps the annotations before it', () => {
    const text = 'annotations:\n  - id: a\n    quote: x\n    status: verified\n  - id: b\n    quote: "never closed\n    status: false\n';
    const model = parseAnnotationFile(text, FILE);
    assert.deepStrictEqual(model.problems.map((p) => [...at(text, p), p.message]),
      [['"never closed', 'yaml.syntax', 'error', 'missing closing ": this quoted text is never closed']]);
    assert.deepStrictEqual(model.annotations.map((a) => a.id), ['a']);
  });

  it('reports a duplicate key as a YAML error on the repeated key', () => {
    const text = 'annotations:\n  - id: a\n    quote: x\n    quote: y\n    status: verified\n';
    const model = parseAnnotationFile(text, FILE);
    assert.deepStrictEqual(model.problems.map((p) => [...at(text, p), p.start]), [['quote', 'yaml.syntax', 'error', 40]]);
    assert.match(model.problems[0].message, /duplicate key 'quote'/);
    assert.deepStrictEqual(model.annotations, []);
  });

  it('reports an article path that is not text at its value', () => {
    const text = 'article: [a, b]\nannotations: []\n';
    const model = parseAnnotationFile(text, FILE);
    assert.deepStrictEqual(model.problems.map((p) => at(text, p)), [['[a, b]', 'annotation.invalid', 'error']]);
    assert.strictEqual(model.article, undefined);
  });
});
