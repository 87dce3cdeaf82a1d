import * as assert from 'assert';
import { codePointLength, OffsetMap } from '../../server/src/core/interchange';

describe('interchange: UTF-16 <-> code point offsets', () => {
  const text = 'a😀b “c” 🇵🇸d\r\ne';

  it('counts an emoji and each regional indicator of a flag as one code point', () => {
    const map = new OffsetMap(text);
    assert.strictEqual(map.toChars(0), 0);
    assert.strictEqual(map.toChars(1), 1); // before 😀
    assert.strictEqual(map.toChars(3), 2); // after 😀 (two UTF-16 units)
    assert.strictEqual(map.toChars(text.indexOf('d')), 10); // a 😀 b space “ c ” space 🇵 🇸 -> 10
    assert.strictEqual(codePointLength(text), [...text].length);
  });

  it('maps code points back to UTF-16 offsets, never inside a surrogate pair', () => {
    const map = new OffsetMap(text);
    for (let cp = 0; cp <= map.length; cp++) {
      const u = map.toUtf16(cp);
      assert.strictEqual(map.toChars(u), cp, `code point ${cp}`);
      assert.strictEqual([...text.slice(0, u)].length, cp);
    }
  });

  it('an offset inside a pair counts as the start of that character', () => {
    assert.strictEqual(new OffsetMap('😀x').toChars(1), 0);
  });

  it('collapses CRLF to one character when asked (brat text files)', () => {
    const map = new OffsetMap(text, { collapseCrlf: true });
    const e = text.indexOf('e');
    assert.strictEqual(map.toChars(e), [...text.replace('\r\n', '\n')].indexOf('e'));
    assert.strictEqual(map.toUtf16(map.toChars(e)), e);
    assert.strictEqual(new OffsetMap(text).toChars(e), map.toChars(e) + 1);
  });
});
