import * as assert from 'assert';
import { LineIndex } from '../../server/src/core/lineIndex';

describe('LineIndex', () => {
  it('maps offsets to LSP positions across \\n, \\r\\n and lone \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = new LineIndex(text);
    assert.strictEqual(index.lineCount, 4);
    assert.deepStrictEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(index.positionAt(7), { line: 2, character: 0 });
    assert.deepStrictEqual(index.positionAt(10), { line: 3, character: 0 });
    assert.deepStrictEqual(index.positionAt(12), { line: 3, character: 2 });
    assert.strictEqual(index.lineText(1), 'cd');
  });

  it('counts UTF-16 code units, so an emoji is two characters', () => {
    const text = 'x 😀 45 killed';
    const index = new LineIndex(text);
    const offset = text.indexOf('45');
    assert.strictEqual(offset, 5);
    assert.deepStrictEqual(index.positionAt(offset), { line: 0, character: 5 });
    assert.strictEqual(index.offsetAt({ line: 0, character: 5 }), 5);
  });

  it('clamps positions past the end of a line or the text', () => {
    const index = new LineIndex('abc\r\ndef');
    assert.strictEqual(index.offsetAt({ line: 0, character: 99 }), 3);
    assert.strictEqual(index.offsetAt({ line: 9, character: 0 }), 8);
    assert.deepStrictEqual(index.positionAt(999), { line: 1, character: 3 });
  });

  it('gives the same positions with \n-only text (its fast path) as a character-by-character count', () => {
    for (const text of ['', '\n', 'a', 'a\n', '\n\nb', 'ab\ncd\n\nef😀\ng', '\n'.repeat(5) + 'x'.repeat(3) + '\n']) {
      const index = new LineIndex(text);
      let line = 0;
      let character = 0;
      for (let offset = 0; offset <= text.length; offset++) {
        assert.deepStrictEqual(index.positionAt(offset), { line, character }, `${JSON.stringify(text)} at ${offset}`);
        if (text[offset] === '\n') {
          line++;
          character = 0;
        } else character++;
      }
      assert.strictEqual(index.lineCount, line + 1, JSON.stringify(text));
    }
  });
});
