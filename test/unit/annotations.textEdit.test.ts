import * as assert from 'assert';
import { textEditFor } from '../../server/src/core/annotations';

function apply(old: string, edit: { start: number; end: number; newText: string }): string {
  return old.slice(0, edit.start) + edit.newText + old.slice(edit.end);
}

describe('textEditFor', () => {
  it('finds the smallest single replacement', () => {
    assert.deepStrictEqual(textEditFor('status: verified\n', 'status: disputed\n'), { start: 8, end: 14, newText: 'disput' });
    assert.deepStrictEqual(textEditFor('a\nb\n', 'a\nx\nb\n'), { start: 2, end: 2, newText: 'x\n' });
    assert.deepStrictEqual(textEditFor('a\nx\nb\n', 'a\nb\n'), { start: 2, end: 4, newText: '' });
  });

  it('is empty for equal texts and whole for unrelated ones', () => {
    assert.deepStrictEqual(textEditFor('same', 'same'), { start: 4, end: 4, newText: '' });
    assert.deepStrictEqual(textEditFor('', 'new'), { start: 0, end: 0, newText: 'new' });
    assert.deepStrictEqual(textEditFor('abc', 'xyz'), { start: 0, end: 3, newText: 'xyz' });
  });

  it('never splits a surrogate pair or a CRLF', () => {
    const e = textEditFor('x😀y', 'x😃y'); // same high surrogate, different low one
    assert.deepStrictEqual(e, { start: 1, end: 3, newText: '😃' });
    const c = textEditFor('a\r\nb', 'a\nb');
    assert.strictEqual(apply('a\r\nb', c), 'a\nb');
    assert.ok(c.start <= 1 && c.end >= 3, JSON.stringify(c));
  });

  it('round-trips on random edits', () => {
    const words = ['a', 'b', '\n', '\r\n', '😀', '’', ' '];
    let seed = 7;
    const pick = () => words[(seed = (seed * 48271) % 2147483647) % words.length];
    for (let i = 0; i < 300; i++) {
      const old = Array.from({ length: i % 13 }, pick).join('');
      const next = Array.from({ length: (i * 7) % 11 }, pick).join('');
      const edit = textEditFor(old, next);
      assert.strictEqual(apply(old, edit), next, JSON.stringify([old, next]));
    }
  });
});
