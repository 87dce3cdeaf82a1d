// The two lookup helpers of figure detection: the prefix-factored regex alternation must
// match exactly the words of the plain one, and a WordTable must find a stretch of text
// in any case and nothing else.
import * as assert from 'assert';
import { prefixAlternation } from '../../server/src/core/figures/alternation';
import { NUMBER_WORDS } from '../../server/src/core/figures/lexicon';
import { WordTable } from '../../server/src/core/figures/wordTable';

const WORDS = [...NUMBER_WORDS.keys(), 'half', 'january', 'jan', 'june', 'jun', 'july', 'jul', 'sep', 'sept', 'september'];

/** Every prefix and one-letter extension of the words, plus the words themselves: what a wrong alternation would get wrong. */
function probes(words: string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    for (let i = 1; i <= w.length; i++) out.add(w.slice(0, i));
    out.add(w + 's');
    out.add(w + 'x');
  }
  return [...out];
}

describe('figures: word lookup helpers', () => {
  it('prefixAlternation matches the same whole words as a plain alternation', () => {
    const factored = new RegExp(`^${prefixAlternation(WORDS)}$`, 'i');
    const plain = new RegExp(`^(?:${WORDS.join('|')})$`, 'i');
    for (const probe of [...probes(WORDS), ...probes(WORDS).map((p) => p.toUpperCase())]) {
      assert.strictEqual(factored.test(probe), plain.test(probe), probe);
    }
  });

  it('prefixAlternation refuses what is not a lower-case word', () => {
    assert.throws(() => prefixAlternation(['one', 'Two']));
    assert.throws(() => prefixAlternation(['a.b']));
  });

  it('WordTable finds a stretch in any case, as the lower-case word', () => {
    const table = new WordTable(['at', 'least', 'no', 'approximately', 'a']);
    const text = 'At LEAST approximately No a';
    assert.strictEqual(table.find(text, 0, 2), 'at');
    assert.strictEqual(table.find(text, 3, 8), 'least');
    assert.strictEqual(table.find(text, 9, 22), 'approximately');
    assert.strictEqual(table.find(text, 23, 25), 'no');
    assert.strictEqual(table.find(text, 26, 27), 'a');
  });

  it('WordTable finds only whole words of the table', () => {
    const table = new WordTable(['least', 'last', 'lost']);
    const text = 'leas least lest lasts LOST';
    assert.strictEqual(table.find(text, 0, 4), undefined);
    assert.strictEqual(table.find(text, 5, 10), 'least');
    assert.strictEqual(table.find(text, 11, 15), undefined);
    assert.strictEqual(table.find(text, 16, 21), undefined);
    assert.strictEqual(table.find(text, 16, 20), 'last');
    assert.strictEqual(table.find(text, 22, 26), 'lost');
    assert.strictEqual(table.find(text, 5, 5), undefined);
  });
});
