import * as assert from 'assert';
import { anchor } from '../../server/src/core/anchoring';

describe('anchoring: exact matches', () => {
  it('anchors a single exact occurrence', () => {
    const text = 'The ministry said 1,200 people were killed on Monday.';
    assert.deepStrictEqual(anchor(text, { quote: '1,200 people were killed' }), { status: 'anchored', start: 18, end: 42, method: 'exact' });
  });

  it('still anchors exactly after an insertion before the quote made the offset hint stale', () => {
    const text = 'UPDATE: figures revised. The ministry said 1,200 people were killed on Monday.';
    const selector = { quote: '1,200 people were killed', prefix: 'The ministry said ', suffix: ' on Monday.', offset: 18 };
    assert.deepStrictEqual(anchor(text, selector), { status: 'anchored', start: 43, end: 67, method: 'exact' });
  });

  it('chooses among repeats by prefix/suffix, even against a stale hint', () => {
    const text = 'In March, 40 trucks entered daily. In April, 40 trucks entered daily.';
    const selector = { quote: '40 trucks entered', prefix: 'In April, ', suffix: ' daily.', offset: 10 };
    assert.deepStrictEqual(anchor(text, selector), { status: 'anchored', start: 45, end: 62, method: 'exact' });
  });

  it('prefers an exact context over a merely similar one', () => {
    const text = 'In March, 40 trucks entered daily. In Marsh, 40 trucks entered daily.';
    const selector = { quote: '40 trucks entered', prefix: 'In Marsh, ', suffix: ' daily.' };
    assert.deepStrictEqual(anchor(text, selector), { status: 'anchored', start: 45, end: 62, method: 'exact' });
  });

  it('chooses among repeats by the offset hint when the context cannot tell them apart', () => {
    const text = 'Aid: 40 trucks entered. Later: 40 trucks entered. Then: 40 trucks entered.';
    assert.deepStrictEqual(anchor(text, { quote: '40 trucks entered', offset: 29 }), { status: 'anchored', start: 31, end: 48, method: 'exact' });
    assert.deepStrictEqual(anchor(text, { quote: '40 trucks entered', offset: 70 }), { status: 'anchored', start: 56, end: 73, method: 'exact' });
  });

  it('reports a repeated quote with no context and no hint as ambiguous, listing every place', () => {
    const text = 'Aid: 40 trucks entered. Later: 40 trucks entered. Then: 40 trucks entered.';
    assert.deepStrictEqual(anchor(text, { quote: '40 trucks entered' }), {
      status: 'ambiguous',
      candidates: [
        { start: 5, end: 22 },
        { start: 31, end: 48 },
        { start: 56, end: 73 },
      ],
    });
  });

  it('reports ambiguity when the hint lies exactly between two equally good repeats', () => {
    const text = 'Aid: 40 trucks entered. Later: 40 trucks entered.';
    assert.deepStrictEqual(anchor(text, { quote: '40 trucks entered', offset: 18 }), {
      status: 'ambiguous',
      candidates: [
        { start: 5, end: 22 },
        { start: 31, end: 48 },
      ],
    });
  });

  it('does not anchor "200 people" inside "1,200 people" or "4200 people"', () => {
    assert.deepStrictEqual(anchor('Officials said 1,200 people died.', { quote: '200 people' }), {
      status: 'orphaned',
      reason: 'closest match changes the figure 200 to 1,200',
    });
    assert.deepStrictEqual(anchor('Officials said 4200 people died.', { quote: '200 people' }), {
      status: 'orphaned',
      reason: 'closest match changes the figure 200 to 4200',
    });
  });

  it('allows a quote that began inside a number when its prefix shows it did', () => {
    const text = 'Officials said 1,200 people died.';
    assert.deepStrictEqual(anchor(text, { quote: '200 people', prefix: 'said 1,' }), { status: 'anchored', start: 17, end: 27, method: 'exact' });
  });

  it('orphans an empty or whitespace-only quote', () => {
    assert.deepStrictEqual(anchor('Some text.', { quote: '' }), { status: 'orphaned', reason: 'the quote is empty' });
    assert.deepStrictEqual(anchor('Some text.', { quote: ' \r\n\t' }), { status: 'orphaned', reason: 'the quote is empty' });
  });

  it('ignores a hint that is not a finite number', () => {
    const text = 'Aid: 40 trucks entered. Later: 40 trucks entered.';
    assert.strictEqual(anchor(text, { quote: '40 trucks entered', offset: Number.NaN }).status, 'ambiguous');
    assert.deepStrictEqual(anchor(text, { quote: '40 trucks entered', offset: 1e9 }), { status: 'anchored', start: 31, end: 48, method: 'exact' });
  });

  it('counts UTF-16 units in CRLF text, with curly quotes, and after emoji', () => {
    const crlf = 'Gaza\r\nThe toll rose.\r\nOfficials said 1,206 people were killed.\r\n';
    assert.deepStrictEqual(anchor(crlf, { quote: '1,206 people were killed' }), { status: 'anchored', start: 37, end: 61, method: 'exact' });
    const curly = 'He said “it’s 25 percent” of the aid.';
    assert.deepStrictEqual(anchor(curly, { quote: '“it’s 25 percent”' }), { status: 'anchored', start: 8, end: 25, method: 'exact' });
    const emoji = '🚀🚀 Rockets: 🎯 twelve rockets were fired at dawn.';
    assert.deepStrictEqual(anchor(emoji, { quote: 'twelve rockets were fired' }), { status: 'anchored', start: 17, end: 42, method: 'exact' });
  });
});
