import * as assert from 'assert';
import { FactWorkspace } from '../../server/src/core/workspace';
import { mentionSnapshot } from '../../server/src/mentionSnapshot';

// a and b mention the same claim with different values (a conflict); c's claim agrees with nothing else.
const A = 'Intro line — “quoted” 😀.\r\nOfficials said 1,200 people were killed.\r\n';
const B = 'Others put the toll at 1,400 people killed.\n';
const ann = (article: string, id: string, quote: string, claim: string) =>
  `article: seeds/${article}\nannotations:\n  - id: ${id}\n    quote: "${quote}"\n    status: unverified\n    claim: ${claim}\n`;

function workspace(aText: string): FactWorkspace {
  const ws = new FactWorkspace();
  ws.setArticle('seeds/a.txt', aText);
  ws.setArticle('seeds/b.txt', B);
  ws.setAnnotationFile('annotations/a.yaml', ann('a.txt', 'toll', '1,200 people', 'toll'));
  ws.setAnnotationFile('annotations/b.yaml', ann('b.txt', 'toll-b', '1,400 people', 'toll'));
  ws.flush();
  return ws;
}

function edit(ws: FactWorkspace, text: string) {
  const before = mentionSnapshot(ws, 'seeds/a.txt');
  ws.setArticle('seeds/a.txt', text);
  ws.indexArticle('seeds/a.txt');
  return { before, after: mentionSnapshot(ws, 'seeds/a.txt') };
}

describe('mentionSnapshot: what neighbours read from an edited article', () => {
  it('records the mention of a conflicting claim with its exact offsets (after CRLF, emoji, curly quotes)', () => {
    const snap = mentionSnapshot(workspace(A), 'seeds/a.txt');
    assert.deepStrictEqual(snap.claims, ['toll']);
    const start = A.indexOf('1,200');
    assert.strictEqual(snap.positions, `${start},${start + '1,200 people'.length}`);
    assert.match(snap.values, /"toll","toll","1,200 people",\["count","1200","1,200"\]/);
  });

  it('typing after the mention changes nothing neighbours read', () => {
    const { before, after } = edit(workspace(A), A + 'More text.\n');
    assert.deepStrictEqual(after, before);
  });

  it('typing before a conflicting mention moves only its positions', () => {
    const { before, after } = edit(workspace(A), 'x' + A);
    assert.strictEqual(after.values, before.values);
    assert.notStrictEqual(after.positions, before.positions);
  });

  it('changing the mentioned value changes the values', () => {
    const { before, after } = edit(workspace(A), A.replace('1,200', '1,300'));
    assert.notStrictEqual(after.values, before.values);
  });

  it('leaves positions out when the claim has no conflict', () => {
    const ws = workspace(A.replace('1,200', '1,400'));
    assert.strictEqual(mentionSnapshot(ws, 'seeds/a.txt').positions, '');
    const { before, after } = edit(ws, 'x' + A.replace('1,200', '1,400'));
    assert.deepStrictEqual(after, before);
  });
});
