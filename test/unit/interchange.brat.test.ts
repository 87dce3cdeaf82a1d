import * as assert from 'assert';
import { exportWorkspace, OutputFile, parseBrat, planImport } from '../../server/src/core/interchange';
import { parseAnnotationFile } from '../../server/src/core/annotations';
import type { Annotation } from '../../server/src/core/types';
import { ARTICLE_A, ARTICLE_B, CLAIMS, fixtureWorkspace } from './interchangeFixtures';

function bratFiles(): Map<string, string> {
  const out = exportWorkspace(fixtureWorkspace(), 'brat', { today: '2024-07-01' }).output as { files: OutputFile[] };
  return new Map(out.files.map((f) => [f.path, f.content]));
}

const KEYS: (keyof Annotation)[] = ['id', 'quote', 'status', 'claim', 'sources', 'note'];
function fields(a: Annotation): Partial<Annotation> {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) if (a[k] !== undefined && !(k === 'sources' && a.sources.length === 0)) out[k] = a[k];
  return out as Partial<Annotation>;
}

describe('interchange: brat standoff', () => {
  it('writes X.ann beside X.txt (LF line breaks) with annotation.conf and visual.conf', () => {
    const files = bratFiles();
    assert.deepStrictEqual([...files.keys()].sort(), ['annotation.conf', 'seeds/a.ann', 'seeds/a.txt', 'seeds/b.ann', 'seeds/b.txt', 'visual.conf']);
    assert.strictEqual(files.get('seeds/a.txt'), ARTICLE_A.replace(/\r\n/g, '\n'));
    assert.match(files.get('annotation.conf')!, /\[entities\]\nunverified\nverified\ndisputed\nfalse\nmisleading\nnot_a_claim\n/);
    assert.match(files.get('annotation.conf')!, /Claim\tArg:<ENTITY>, Value:death-toll/);
  });

  it('T offsets are code points of the .txt (as Python counts them), across an emoji, a flag and CRLF', () => {
    const files = bratFiles();
    const txt = [...files.get('seeds/a.txt')!];
    const lines = files.get('seeds/a.ann')!.split('\n').filter((l) => l.startsWith('T'));
    assert.ok(lines.length >= 10);
    for (const line of lines) {
      const m = /^T\d+\t\S+ (\d+) (\d+)\t(.*)$/.exec(line)!;
      assert.strictEqual(txt.slice(Number(m[1]), Number(m[2])).join(''), m[3], line);
    }
    assert.strictEqual(lines[0], 'T1\tverified 17 35\tat least 45 people');
    assert.ok(lines.includes('T4\tdisputed 146 163\t1,200 were killed'), lines.join('\n'));
  });

  it('writes attributes, notes (escaped) and source references', () => {
    const ann = bratFiles().get('seeds/a.ann')!;
    for (const line of [
      'A1\tId T1 killed-45',
      '#1\tAnnotatorNotes T1\tTwo sources agree.\\nSecond line.',
      'N1\tReference T1 URL:https://example.org/report\tMinistry report: “45”',
      '#2\tSourceQuote N1\tAt least 45 people died.',
      '#3\tAccessed N1\t2024-05-01',
      'T5\tnot_a_claim 51 60\tOctober 7',
      'A5\tClaim T4 death-toll',
    ]) assert.ok(ann.split('\n').includes(line), `missing ${JSON.stringify(line)} in\n${ann}`);
    // Figures carry the Figure and Kind attributes and their figure's status.
    assert.match(ann, /T(\d+)\tverified 26 28\t45\nA\d+\tFigure T\1\nA\d+\tKind T\1 count/);
  });

  it('lists the orphaned annotation it cannot place', () => {
    const result = exportWorkspace(fixtureWorkspace(), 'brat', { today: '2024-07-01' });
    assert.deepStrictEqual(result.skipped, ['seeds/a.txt#gone: left out of brat (orphaned: quote not found in the article)']);
  });

  it('round trip FactLens -> brat -> FactLens keeps status, note, claim and sources', () => {
    const files = bratFiles();
    const docs = ['seeds/a', 'seeds/b'].map((p) => ({ annPath: `${p}.ann`, annText: files.get(`${p}.ann`)!, txtText: files.get(`${p}.txt`) }));
    const parsed = parseBrat(docs);
    assert.deepStrictEqual(parsed.invalid, []);
    assert.strictEqual(parsed.annotations.length, 6, 'figures are not imported as annotations');
    const empty = fixtureWorkspace({ 'seeds/a.txt': ARTICLE_A, 'seeds/b.txt': ARTICLE_B, 'annotations/claims.yaml': CLAIMS });
    const plan = planImport(empty, parsed.annotations);
    assert.deepStrictEqual(plan.report.orphaned, []);
    const original = fixtureWorkspace();
    for (const edit of plan.edits) {
      const before = original.getAnnotationFile(edit.file)!.model.annotations.filter((a) => a.id !== 'gone');
      const after = parseAnnotationFile(edit.newText, edit.file).annotations;
      assert.deepStrictEqual(after.map(fields), before.map(fields));
    }
  });

  it('imports without the .txt by offsets over the LF text, and rejects types that are not statuses', () => {
    const crlf = 'One 😀 line\r\nThen 1,400 were killed.\r\n';
    const ws = fixtureWorkspace({ 'seeds/c.txt': crlf });
    const offset = [...crlf.replace(/\r\n/g, '\n')].join('').indexOf('1,400');
    const start = [...crlf.replace(/\r\n/g, '\n').slice(0, offset)].length;
    const annText = `T1\tfalse ${start} ${start + 5}\t1,400\nT2\tPerson 0 3\tOne\nX1\tgarbage\n`;
    const parsed = parseBrat([{ annPath: 'c.ann', annText }]);
    assert.deepStrictEqual(parsed.invalid.map((i) => i.reason), ['not a brat annotation line', 'type "Person" is not a FactLens status']);
    const plan = planImport(ws, parsed.annotations);
    assert.deepStrictEqual(plan.report.imported.map((i) => [i.article, i.id]), [['seeds/c.txt', 'brat-t1']]);
    const added = parseAnnotationFile(plan.edits[0].newText, plan.edits[0].file).annotations[0];
    assert.strictEqual(added.offset, crlf.indexOf('1,400'));
  });
});
