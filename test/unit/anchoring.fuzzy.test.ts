import * as assert from 'assert';
import { anchor } from '../../server/src/core/anchoring';

describe('anchoring: fuzzy matches after edits', () => {
  const selector = { quote: '1,200 people were killed', prefix: 'The ministry said ', suffix: ' on Monday.', offset: 18 };

  it('follows a word changed inside the quote', () => {
    const text = 'The ministry said 1,200 people were slain on Monday.';
    assert.deepStrictEqual(anchor(text, selector), { status: 'anchored', start: 18, end: 41, method: 'fuzzy' });
  });

  it('follows a typo fixed in the article', () => {
    const text = 'The ministry said 1,200 people were killed on Monday.';
    const typo = { ...selector, quote: '1,200 peopel were killed' };
    assert.deepStrictEqual(anchor(text, typo), { status: 'anchored', start: 18, end: 42, method: 'fuzzy' });
  });

  it('accepts a figure whose formatting changed but whose digits did not', () => {
    const text = 'The ministry said 1200 people were killed on Monday.';
    assert.deepStrictEqual(anchor(text, selector), { status: 'anchored', start: 18, end: 41, method: 'fuzzy' });
  });

  it('orphans a deleted quote', () => {
    assert.deepStrictEqual(anchor('The ministry said nothing on Monday.', selector), { status: 'orphaned', reason: 'quote not found in the article' });
  });

  it('orphans, never moves, when a figure inside the quote changed', () => {
    assert.deepStrictEqual(anchor('The ministry said 1,400 people were killed on Monday.', selector), {
      status: 'orphaned',
      reason: 'closest match changes the figure 1,200 to 1,400',
    });
    assert.deepStrictEqual(anchor('The ministry said 11,200 people were killed on Monday.', selector), {
      status: 'orphaned',
      reason: 'closest match changes the figure 1,200 to 11,200',
    });
    assert.deepStrictEqual(anchor('The ministry said eight hostages were freed on Monday.', { quote: 'seven hostages were freed' }), {
      status: 'orphaned',
      reason: 'closest match changes the figure seven to eight',
    });
    assert.deepStrictEqual(anchor('The ministry said people were killed on Monday.', selector), {
      status: 'orphaned',
      reason: 'closest match drops the figure 1,200',
    });
  });

  it('ends on a word end and drops stray spaces at the edges', () => {
    const text = 'Officials said 25 percent of aid arrivedx late.';
    assert.deepStrictEqual(anchor(text, { quote: '25 percent of aid arrive' }), { status: 'anchored', start: 15, end: 41, method: 'fuzzy' });
    const spaced = 'Officials said  25 percent  of aid  arrived late.';
    assert.deepStrictEqual(anchor(spaced, { quote: '25 percent of aid arrived' }), { status: 'anchored', start: 16, end: 43, method: 'fuzzy' });
  });

  it('matches a LF quote in CRLF text and straight quotes against curly ones', () => {
    const crlf = 'Gaza\r\nThe toll rose.\r\nOfficials said 1,206 people were killed.\r\n';
    assert.deepStrictEqual(anchor(crlf, { quote: 'toll rose.\nOfficials said 1,206' }), { status: 'anchored', start: 10, end: 42, method: 'fuzzy' });
    const curly = 'He said “it’s 25 percent” of the aid.';
    assert.deepStrictEqual(anchor(curly, { quote: '"it\'s 25 percent"' }), { status: 'anchored', start: 8, end: 25, method: 'fuzzy' });
  });

  it('fuzzy-matches quotes whose length is a multiple of 32 (approx-string-match 1.1.0 returns empty matches for them)', () => {
    const text = 'Gaza. The ministry said that 1,200 people were slain in the southern city of Khan Younis on Monday night, officials added.';
    const original = 'The ministry said that 1,200 people were killed in the southern city of Khan Younis on Monday night.';
    assert.deepStrictEqual(anchor(text, { quote: original.slice(0, 64) }), { status: 'anchored', start: 6, end: 69, method: 'fuzzy' });
    // 96 characters end inside "night": with no suffix saying so, the match ends at the word's end.
    assert.deepStrictEqual(anchor(text, { quote: original.slice(0, 96) }), { status: 'anchored', start: 6, end: 104, method: 'fuzzy' });
  });

  it('never splits a surrogate pair at either end', () => {
    // The raw match starts at the low half of 😀 [14, 16); the span is widened to the whole emoji.
    const start = '🚀🚀 Rockets: 😀 twelve rockets were fired at dawn.';
    assert.deepStrictEqual(anchor(start, { quote: 'a twelve rockets were fired' }), { status: 'anchored', start: 14, end: 42, method: 'fuzzy' });
    // 🎯 and 🎲 share their high half; a raw match ends after it, at 26.
    const end = 'Overnight twelve rockets 🎲 fired at dawn.';
    assert.deepStrictEqual(anchor(end, { quote: 'twelve rockets 🎯' }), { status: 'anchored', start: 10, end: 27, method: 'fuzzy' });
  });

  it('uses the context to choose between equally close edited repeats, and reports a tie', () => {
    const text = 'The ministry said 1,200 people were slain. Police said 1,200 people were slain.';
    const quote = '1,200 people were killed';
    assert.deepStrictEqual(anchor(text, { quote, prefix: 'Police said ' }), { status: 'anchored', start: 55, end: 78, method: 'fuzzy' });
    assert.deepStrictEqual(anchor(text, { quote }), {
      status: 'ambiguous',
      candidates: [
        { start: 18, end: 41 },
        { start: 55, end: 78 },
      ],
    });
  });
});

describe('anchoring: large articles', () => {
  const sentence = 'The committee met again on a grey afternoon and adjourned without a vote. ';
  const filler = sentence.repeat(Math.ceil(5_000_000 / sentence.length));

  it('finishes on a 5 MB article with no match', () => {
    assert.ok(filler.length >= 5_000_000);
    const result = anchor(filler, { quote: '1,200 people were killed in the south', offset: 2_500_000 });
    assert.strictEqual(result.status, 'orphaned');
  });

  it('finds an edited quote far from a stale hint through its figure', () => {
    const at = sentence.length * 50_000; // a sentence boundary, about 3.7 MB in
    const text = filler.slice(0, at) + 'Officials said 1,206 people were slain. ' + filler.slice(at);
    assert.deepStrictEqual(anchor(text, { quote: '1,206 people were killed', offset: 10 }), {
      status: 'anchored',
      start: at + 15,
      end: at + 38,
      method: 'fuzzy',
    });
  });

  it('finds an edited quote without figures near its hint', () => {
    const at = sentence.length * 40_000;
    const text = filler.slice(0, at) + 'The ceasefire collapsed overnight. ' + filler.slice(at);
    assert.deepStrictEqual(anchor(text, { quote: 'the ceasefire colapsed', offset: at + 100 }), {
      status: 'anchored',
      start: at,
      end: at + 23,
      method: 'fuzzy',
    });
  });
});
