import * as assert from 'assert';
import { addAnnotation, addSource, parseAnnotationFile, removeAnnotation, updateAnnotation } from '../../server/src/core/annotations';
import type { Annotation } from '../../server/src/core/types';

// A hand-written file: aligned comments, mixed quoting, blank lines, a block scalar, a trailing comment.
const BASE = [
  '# FactLens annotations   (hand-aligned comments below) 💬',
  'article: seeds/002.txt    # the article',
  '',
  'annotations:',
  '  # the big one',
  '  - id: death-toll          # stable',
  "    quote: 'surpassed 40,000'",
  '    prefix: "Gaza’s death toll "',
  '    status: verified        # checked twice',
  '    sources:',
  '      - url: https://a.org/x   # primary',
  '        title: "A — report"',
  '    note: |',
  '      line one',
  '      line two',
  '',
  '  - id: hostages',
  '    quote: around 250',
  '    status: unverified',
  '# trailing comment',
  '',
].join('\n');

const NEW: Annotation = { id: 'great-progress', quote: '“great progress”', status: 'not-a-claim', sources: [], note: 'a quoted opinion', by: 'jdoe', updated: '2025-06-26' };

function parsesClean(text: string): void {
  assert.deepStrictEqual(parseAnnotationFile(text, 'a.yaml').problems, []);
}

describe('annotation edits', () => {
  it('changes only the edited value, byte for byte (status keeps its aligned comment)', () => {
    const out = updateAnnotation(BASE, 'death-toll', { status: 'disputed' });
    assert.strictEqual(out, BASE.replace('    status: verified        # checked twice', '    status: disputed        # checked twice'));
  });

  it('keeps the quoting style of a replaced value', () => {
    const out = updateAnnotation(BASE, 'death-toll', { quote: 'surpassed 41,000' });
    assert.strictEqual(out, BASE.replace("quote: 'surpassed 40,000'", "quote: 'surpassed 41,000'"));
  });

  it('inserts new keys in the fixed order, after their predecessor', () => {
    const out = updateAnnotation(BASE, 'death-toll', { suffix: '.', offset: 276, claim: 'gaza-death-toll' });
    assert.strictEqual(out, BASE
      .replace('    prefix: "Gaza’s death toll "\n', '    prefix: "Gaza’s death toll "\n    suffix: "."\n    offset: 276\n')
      .replace('# checked twice\n', '# checked twice\n    claim: gaza-death-toll\n'));
    parsesClean(out);
  });

  it('clears keys set to undefined, including a multi-line value', () => {
    const out = updateAnnotation(BASE, 'death-toll', { note: undefined, prefix: undefined });
    assert.strictEqual(out, BASE.replace('    prefix: "Gaza’s death toll "\n', '').replace('    note: |\n      line one\n      line two\n', ''));
  });

  it('refuses to clear a required key', () => {
    assert.throws(() => updateAnnotation(BASE, 'death-toll', { quote: undefined }), /'quote' is required/);
  });

  it('writes status false quoted, so it reads back as the status', () => {
    const out = updateAnnotation(BASE, 'hostages', { status: 'false' });
    assert.strictEqual(out, BASE.replace('    status: unverified\n', '    status: "false"\n'));
    assert.strictEqual(parseAnnotationFile(out, 'a.yaml').annotations[1].status, 'false');
  });

  it('replaces a sources list in place', () => {
    const out = updateAnnotation(BASE, 'death-toll', { sources: [{ url: 'https://c.org', title: 'C: colon' }] });
    assert.strictEqual(out, BASE.replace('      - url: https://a.org/x   # primary\n        title: "A — report"\n', '      - url: https://c.org\n        title: "C: colon"\n'));
  });

  it('empties a block sources list inline', () => {
    const out = updateAnnotation(BASE, 'death-toll', { sources: [] });
    assert.strictEqual(out, BASE.replace('    sources:\n      - url: https://a.org/x   # primary\n        title: "A — report"\n', '    sources: []\n'));
  });

  it('addSource appends to an existing list and leaves the rest alone', () => {
    const out = addSource(BASE, 'death-toll', { url: 'https://d.org/x', title: 'D', accessed: '2024-08-16', quote: 'More than 40,000' });
    assert.strictEqual(out, BASE.replace('        title: "A — report"\n',
      '        title: "A — report"\n      - url: https://d.org/x\n        title: D\n        accessed: 2024-08-16\n        quote: "More than 40,000"\n'));
    assert.deepStrictEqual(parseAnnotationFile(out, 'a.yaml').annotations[0].sources.map((s) => s.url), ['https://a.org/x', 'https://d.org/x']);
  });

  it('addSource creates the list when there is none', () => {
    const out = addSource(BASE, 'hostages', { url: 'https://e.org' });
    assert.strictEqual(out, BASE.replace('    status: unverified\n', '    status: unverified\n    sources:\n      - url: https://e.org\n'));
  });

  it('addSource turns `sources: []` into a block list', () => {
    const text = 'annotations:\n  - id: a\n    quote: x\n    status: verified\n    sources: []   # none yet\n    note: n\n';
    const out = addSource(text, 'a', { url: 'https://e.org' });
    assert.strictEqual(out, 'annotations:\n  - id: a\n    quote: x\n    status: verified\n    sources:   # none yet\n      - url: https://e.org\n    note: n\n');
  });

  it('removes an annotation and nothing else (comments above it stay)', () => {
    const out = removeAnnotation(BASE, 'death-toll');
    const start = BASE.indexOf('  - id: death-toll');
    const end = BASE.indexOf('      line two\n') + '      line two\n'.length;
    assert.strictEqual(out, BASE.slice(0, start) + BASE.slice(end));
    parsesClean(out);
  });

  it('removing the last annotation leaves `annotations: []`', () => {
    const out = removeAnnotation(removeAnnotation(BASE, 'death-toll'), 'hostages');
    assert.ok(out.includes('annotations: []\n'));
    assert.ok(out.includes('# trailing comment') && out.includes('# the big one'));
    parsesClean(out);
  });

  it('adds an annotation after the last one, keys in the fixed order', () => {
    const out = addAnnotation(BASE, { ...NEW, offset: 3, prefix: 'that ' });
    const added = [
      '  - id: great-progress', '    quote: "“great progress”"', '    prefix: "that "', '    offset: 3', '    status: not-a-claim',
      '    sources: []', '    note: a quoted opinion', '    by: jdoe', '    updated: 2025-06-26', '',
    ].join('\n');
    assert.strictEqual(out, BASE.replace('# trailing comment\n', added + '# trailing comment\n'));
    assert.deepStrictEqual(parseAnnotationFile(out, 'a.yaml').annotations[2], { ...parseAnnotationFile(out, 'a.yaml').annotations[2], ...NEW, offset: 3, prefix: 'that ' });
  });

  it('refuses a duplicate id', () => {
    assert.throws(() => addAnnotation(BASE, { ...NEW, id: 'hostages' }), /already exists/);
    assert.throws(() => updateAnnotation(BASE, 'death-toll', { id: 'hostages' }), /already exists/);
  });

  it('creates the file content with a header comment when there is no text', () => {
    for (const text of [undefined, '', '  \n']) {
      const out = addAnnotation(text, NEW, 'seeds/001.txt');
      assert.ok(out.startsWith('# FactLens fact-check annotations'), out);
      assert.ok(out.endsWith([
        'article: seeds/001.txt', 'annotations:', '  - id: great-progress', '    quote: "“great progress”"', '    status: not-a-claim',
        '    sources: []', '    note: a quoted opinion', '    by: jdoe', '    updated: 2025-06-26', '',
      ].join('\n')), out);
      const model = parseAnnotationFile(out, 'a.yaml');
      assert.deepStrictEqual([model.problems, model.article?.path, model.annotations.length], [[], 'seeds/001.txt', 1]);
    }
  });

  it('adds to a comment-only file, a file without a list and `annotations:` with no value', () => {
    assert.strictEqual(addAnnotation('# notes\n', { id: 'a', quote: 'q', status: 'verified', sources: [] }),
      '# notes\nannotations:\n  - id: a\n    quote: "q"\n    status: verified\n    sources: []\n');
    assert.strictEqual(addAnnotation('article: a.txt\n', { id: 'a', quote: 'q', status: 'verified', sources: [] }),
      'article: a.txt\nannotations:\n  - id: a\n    quote: "q"\n    status: verified\n    sources: []\n');
    assert.strictEqual(addAnnotation('annotations:   # none yet\narticle: a.txt\n', { id: 'a', quote: 'q', status: 'verified', sources: [] }),
      'annotations:   # none yet\n  - id: a\n    quote: "q"\n    status: verified\n    sources: []\narticle: a.txt\n');
  });

  it('follows an unindented list style', () => {
    const out = addAnnotation('annotations:\n- id: a\n  quote: b\n  status: verified\n', { id: 'c', quote: 'd', status: 'false', sources: [{ url: 'https://x.org' }] });
    assert.strictEqual(out, 'annotations:\n- id: a\n  quote: b\n  status: verified\n- id: c\n  quote: "d"\n  status: "false"\n  sources:\n  - url: https://x.org\n');
  });

  it('keeps CRLF line breaks', () => {
    const crlf = BASE.replace(/\n/g, '\r\n');
    const out = addSource(updateAnnotation(crlf, 'hostages', { status: 'verified', note: 'ok' }), 'hostages', { url: 'https://e.org' });
    assert.strictEqual(out, crlf.replace('    status: unverified\r\n', '    status: verified\r\n    sources:\r\n      - url: https://e.org\r\n    note: ok\r\n'));
    assert.ok(!/[^\r]\n/.test(out));
  });

  it('rewrites a flow-style item as a block mapping when it must', () => {
    const out = updateAnnotation('annotations:\n  - {id: a, quote: b, status: verified}   # flow\n', 'a', { status: 'disputed' });
    assert.strictEqual(out, 'annotations:\n  - id: a\n    quote: "b"\n    status: disputed   # flow\n');
  });

  it('refuses to edit a file with YAML errors or merge conflicts, and an unknown id', () => {
    assert.throws(() => addAnnotation('annotations:\n  - id: a\n    quote: "never closed\n', NEW), /YAML errors \(line 3: missing closing "/);
    assert.throws(() => updateAnnotation('annotations:\n<<<<<<< HEAD\n  - id: a\n=======\n>>>>>>> b\n', 'a', { status: 'false' }), /merge conflict marker/);
    assert.throws(() => removeAnnotation('- a\n- b\n', 'a'), /not a mapping/);
    assert.throws(() => removeAnnotation(BASE, 'nope'), /No annotation with id 'nope'/);
  });
});
