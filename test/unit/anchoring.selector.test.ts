import * as assert from 'assert';
import { anchor, selectorFor } from '../../server/src/core/anchoring';

describe('anchoring: selectorFor', () => {
  const text = 'According to the health ministry in Gaza, at least 1,200 people were killed in the first week of the war, officials said.';

  it('takes the quote and about 32 characters of context cut at word boundaries', () => {
    // '1,200' is [51, 56); 32 characters back would cut 'health', 32 forward lands after 'first'.
    assert.deepStrictEqual(selectorFor(text, 51, 56), {
      quote: '1,200',
      prefix: 'ministry in Gaza, at least ',
      suffix: ' people were killed in the first',
      offset: 51,
    });
    // 'at least 1,200' is [42, 56); 32 characters back is a word start, kept whole.
    assert.strictEqual(selectorFor(text, 42, 56).prefix, 'to the health ministry in Gaza, ');
  });

  it('keeps a cut word when dropping it would leave too little context', () => {
    const long = 'Pneumonoultramicroscopicsilicovolcanoconiosis 7 cases';
    // 32 characters back from 46 lands inside the long word; dropping it would leave nothing.
    assert.deepStrictEqual(selectorFor(long, 46, 53), { quote: '7 cases', prefix: 'ultramicroscopicsilicovolcanoconiosis '.slice(-32), suffix: '', offset: 46 });
  });

  it('stops at the ends of the text', () => {
    assert.deepStrictEqual(selectorFor('Seven died.', 0, 5), { quote: 'Seven', prefix: '', suffix: ' died.', offset: 0 });
  });

  it('never splits a surrogate pair in the quote or the context', () => {
    const emoji = '😀😀😀 12 rockets 🎯🎯';
    // 😀 at [0,2) [2,4) [4,6); '12 rockets' at [7,17); 🎯 at [18,20) [20,22).
    // Two units of context land inside a pair on both sides: each is widened to the whole emoji.
    assert.deepStrictEqual(selectorFor(emoji, 7, 17, 2), { quote: '12 rockets', prefix: '😀 ', suffix: ' 🎯', offset: 7 });
    // Bounds inside a pair widen the quote to whole emoji.
    assert.deepStrictEqual(selectorFor(emoji, 7, 19, 0), { quote: '12 rockets 🎯', prefix: '', suffix: '', offset: 7 });
    assert.deepStrictEqual(selectorFor(emoji, 1, 2, 0), { quote: '😀', prefix: '', suffix: '', offset: 0 });
  });

  it('rejects spans outside the text', () => {
    assert.throws(() => selectorFor('abc', 2, 1), RangeError);
    assert.throws(() => selectorFor('abc', 0, 4), RangeError);
    assert.throws(() => selectorFor('abc', -1, 1), RangeError);
  });

  it('produces selectors that anchor back exactly, in CRLF text with emoji', () => {
    const crlf = '🚀 Update\r\nIn March, 40 trucks entered daily.\r\nIn April, 40 trucks entered daily.\r\n';
    for (const start of [21, 57]) {
      assert.strictEqual(crlf.slice(start, start + 17), '40 trucks entered');
      assert.deepStrictEqual(anchor(crlf, selectorFor(crlf, start, start + 17)), { status: 'anchored', start, end: start + 17, method: 'exact' });
    }
  });
});
