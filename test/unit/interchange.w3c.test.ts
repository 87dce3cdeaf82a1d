import * as assert from 'assert';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as fs from 'fs';
import * as path from 'path';
import {
  collectAnnotations, exportWorkspace, parseHypothesis, parseW3c, planImport, toW3cCollection,
} from '../../server/src/core/interchange';
import { parseAnnotationFile } from '../../server/src/core/annotations';
import type { Annotation } from '../../server/src/core/types';
import { ARTICLE_A, ARTICLE_B, CLAIMS, fixtureWorkspace, YAML_A } from './interchangeFixtures';
import { REPO_ROOT } from './paths';

function validator(name: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'interchange', name), 'utf8')));
}

const KEYS: (keyof Annotation)[] = ['id', 'quote', 'prefix', 'suffix', 'status', 'claim', 'sources', 'note', 'by', 'updated'];
function fields(a: Annotation): Partial<Annotation> {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (a[k] !== undefined && !(k === 'sources' && a.sources.length === 0)) out[k] = a[k];
  return out as Partial<Annotation>;
}

function w3cOf(ws = fixtureWorkspace()) {
  return JSON.parse((exportWorkspace(ws, 'w3c', { today: '2024-07-01' }).output as { content: string }).content);
}

describe('interchange: W3C Web Annotation', () => {
  it('exports one Annotation per annotation that validates against the schema', () => {
    const doc = w3cOf();
    const validate = validator('w3c-annotation.schema.json');
    assert.strictEqual(validate(doc), true, JSON.stringify(validate.errors, null, 2));
    assert.strictEqual(doc.total, 7);
    assert.strictEqual(doc.first.items.length, 7);
    assert.strictEqual(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  });

  it('the schema rejects a wrong shape (it can fail)', () => {
    const doc = w3cOf();
    doc.first.items[0].target.selector[1].start = -1;
    doc.first.items[1].body[0].value = 'maybe';
    const validate = validator('w3c-annotation.schema.json');
    assert.strictEqual(validate(doc), false);
  });

  it('writes status, note, claim and sources as bodies, and positions in code points', () => {
    const items = w3cOf().first.items;
    const first = items[0];
    assert.strictEqual(first.id, 'urn:factlens:annotation:seeds/a.txt#killed-45');
    assert.deepStrictEqual(first.motivation, ['assessing', 'commenting', 'linking']);
    assert.deepStrictEqual(first.body[0], { type: 'TextualBody', purpose: 'assessing', value: 'verified' });
    assert.strictEqual(first.body[1].value, 'Two sources agree.\nSecond line.');
    assert.deepStrictEqual(first.body[2], {
      type: 'SpecificResource',
      purpose: 'linking',
      source: { id: 'https://example.org/report', 'dcterms:title': 'Ministry report: “45”' },
      selector: { type: 'TextQuoteSelector', exact: 'At least 45 people died.' },
      state: { type: 'TimeState', sourceDate: '2024-05-01T00:00:00Z' },
    });
    assert.strictEqual(first.target.source, 'seeds/a.txt');
    // "Officials 😀 said " : the emoji is one code point, two UTF-16 units.
    const utf16 = ARTICLE_A.indexOf('at least 45 people');
    assert.strictEqual(utf16, 18);
    assert.deepStrictEqual(first.target.selector[1], { type: 'TextPositionSelector', start: 17, end: 35 });
    assert.deepStrictEqual([...ARTICLE_A].slice(17, 35).join(''), 'at least 45 people');
    const toll = items.find((i: { id: string }) => i.id.endsWith('#toll-a'));
    assert.deepStrictEqual(toll.body[1], { type: 'SpecificResource', purpose: 'linking', source: 'urn:factlens:claim:death-toll' });
    // After a CRLF and a flag (two astral code points): 1,200 in line 3.
    const start = [...ARTICLE_A].join('').indexOf('1,200 were');
    assert.strictEqual(toll.target.selector[1].start, [...ARTICLE_A.slice(0, start)].length);
    assert.deepStrictEqual({ creator: toll.creator, modified: toll.modified }, { creator: { type: 'Person', name: 'Ben' }, modified: '2024-06-10T00:00:00Z' });
  });

  it('exports an orphaned annotation with its quote only, and says so', () => {
    const { collection, unplaced } = toW3cCollection(collectAnnotations(fixtureWorkspace()));
    const gone = (collection.first as { items: { id: string; target: { selector: unknown } }[] }).items.find((i) => i.id.endsWith('#gone'))!;
    assert.deepStrictEqual(gone.target.selector, { type: 'TextQuoteSelector', exact: 'this sentence was deleted' });
    assert.deepStrictEqual(unplaced, ['seeds/a.txt#gone: exported without a position (orphaned: quote not found in the article)']);
  });

  it('round trip FactLens -> W3C -> FactLens keeps every annotation that anchors', () => {
    const original = fixtureWorkspace();
    const parsed = parseW3c(w3cOf(original));
    assert.deepStrictEqual(parsed.invalid, []);
    const empty = fixtureWorkspace({ 'seeds/a.txt': ARTICLE_A, 'seeds/b.txt': ARTICLE_B, 'annotations/claims.yaml': CLAIMS });
    const plan = planImport(empty, parsed.annotations);
    assert.deepStrictEqual(plan.report.orphaned.map((o) => o.label), ['annotation 6 (urn:factlens:annotation:seeds/a.txt#gone)']);
    const back = new Map(plan.edits.map((e) => [e.file, parseAnnotationFile(e.newText, e.file)]));
    for (const file of ['annotations/a.yaml', 'annotations/b.yaml']) {
      const before = original.getAnnotationFile(file)!.model.annotations.filter((a) => a.id !== 'gone');
      const after = back.get(file)!;
      assert.deepStrictEqual(after.problems, []);
      assert.deepStrictEqual(after.annotations.map(fields), before.map(fields));
      // The position hint is the anchored UTF-16 offset.
      for (const a of after.annotations) assert.strictEqual(empty.getArticle(file === 'annotations/a.yaml' ? 'seeds/a.txt' : 'seeds/b.txt')!.text.indexOf(a.quote), a.offset);
    }
  });

  it('import never overwrites: same span and status is a duplicate, another status a conflict; comments stay', () => {
    const ws = fixtureWorkspace();
    const parsed = parseW3c(w3cOf(ws));
    parsed.annotations[1].status = 'verified'; // residents: misleading in the file
    parsed.annotations.push({ ...parsed.annotations[0], label: 'extra', id: 'killed-45', quote: 'some 1,200 returned', prefix: undefined, suffix: undefined, position: undefined, status: 'verified' });
    const plan = planImport(ws, parsed.annotations);
    assert.deepStrictEqual(plan.report.duplicates.map((d) => d.existingId), ['killed-45', 'returned', 'toll-a', 'date', 'toll-b']);
    assert.deepStrictEqual(plan.report.conflicts.map((c) => [c.existingId, c.existingStatus, c.status]), [['residents', 'misleading', 'verified'], ['returned', 'false', 'verified']]);
    assert.deepStrictEqual(plan.edits, []);
  });

  it('a taken id is renamed, the new annotation appended with comments kept', () => {
    const ws = fixtureWorkspace();
    const parsed = parseW3c(w3cOf(ws));
    const extra = { ...parsed.annotations[0], label: 'extra', quote: 'October 7', prefix: undefined, suffix: undefined, position: undefined, status: 'verified' as const };
    const text = ws.getArticle('seeds/a.txt')!.text;
    // Anchor to a different span: "2.3 million" (not an existing annotation's span).
    extra.quote = '2.3 million';
    const plan = planImport(ws, [extra]);
    assert.deepStrictEqual(plan.report.renamed, [{ label: 'extra', from: 'killed-45', to: 'killed-45-2' }]);
    const newText = plan.edits[0].newText;
    assert.ok(newText.startsWith(YAML_A), 'existing text is kept byte for byte');
    assert.match(newText, /- id: returned # a comment on the id/);
    const added = parseAnnotationFile(newText, 'annotations/a.yaml').annotations.at(-1)!;
    assert.deepStrictEqual([added.id, added.quote, added.offset], ['killed-45-2', '2.3 million', text.indexOf('2.3 million')]);
  });
});

describe('interchange: Hypothesis import', () => {
  const EDITED = 'Breaking: officials 😀 said at least 45 people were killed on October 7.\n' + 'A “reported” 2.4 million residents fled — some 1,200 returned.\n';
  const rows = [
    {
      id: 'AbC_1', uri: 'https://news.example.org/seeds/a.txt', user: 'acct:ana@hypothes.is', updated: '2024-05-03T10:00:00.000Z', text: 'Checked with the ministry.', tags: ['Verified', 'claim:death-toll', 'gaza'],
      target: [{ source: 'https://news.example.org/seeds/a.txt', selector: [
        { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 5 },
        { type: 'TextPositionSelector', start: 18, end: 36 },
        { type: 'TextQuoteSelector', exact: 'at least 45 people', prefix: 'said ', suffix: ' were killed' },
      ] }],
    },
    {
      id: 'def2', uri: 'https://news.example.org/seeds/a.txt', text: 'Region-wide number.', tags: ['misleading'],
      target: [{ source: 'https://news.example.org/seeds/a.txt', selector: [{ type: 'TextQuoteSelector', exact: '2.3 million residents', prefix: '“reported” ', suffix: ' fled' }] }],
    },
    { id: 'ghi3', uri: 'https://news.example.org/seeds/a.txt', text: 'Page note', tags: [], target: [{ source: 'https://news.example.org/seeds/a.txt' }] },
    {
      id: 'jkl4', uri: 'https://elsewhere.example/story', text: '', tags: [],
      target: [{ source: 'https://elsewhere.example/story', selector: [{ type: 'TextQuoteSelector', exact: 'some 1,200 returned' }] }],
    },
  ];

  it('anchors what it can in the edited article, reports the rest', () => {
    const ws = fixtureWorkspace({ 'seeds/a.txt': EDITED });
    const parsed = parseHypothesis({ total: rows.length, rows });
    assert.deepStrictEqual(parsed.invalid, [{ label: 'hypothesis ghi3', reason: 'a page note (no text selector)' }]);
    const plan = planImport(ws, parsed.annotations, {}, parsed.invalid);
    const r = plan.report;
    assert.deepStrictEqual(r.imported.map((i) => i.id), ['hyp-abc_1']);
    // 2.3 -> 2.4: the digits of a figure must match, so it orphans rather than moving.
    assert.deepStrictEqual(r.orphaned.map((o) => o.label), ['hypothesis def2', 'hypothesis jkl4']);
    assert.match(r.orphaned[1].reason, /no article matches "https:\/\/elsewhere\.example\/story"/);
    const added = parseAnnotationFile(plan.edits[0].newText, 'annotations/a.yaml').annotations[0];
    assert.strictEqual(added.offset, EDITED.indexOf('at least 45 people'));
    assert.deepStrictEqual(fields(added), {
      id: 'hyp-abc_1', quote: 'at least 45 people', prefix: 'said ', suffix: ' were killed', status: 'verified', claim: 'death-toll',
      note: 'Checked with the ministry.\n\nTags: gaza', by: 'ana', updated: '2024-05-03',
    });
  });

  it('--article places annotations of another URL on a chosen article', () => {
    const ws = fixtureWorkspace({ 'seeds/a.txt': EDITED });
    const parsed = parseHypothesis([rows[3]]);
    const plan = planImport(ws, parsed.annotations, { article: 'seeds/a.txt' });
    assert.deepStrictEqual(plan.report.imported.map((i) => [i.article, i.id]), [['seeds/a.txt', 'hyp-jkl4']]);
  });
});
