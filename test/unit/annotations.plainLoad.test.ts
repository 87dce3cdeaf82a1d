// plainLoad's one-pass screen must say exactly what the two whole-text regular expressions it
// replaced said: "needs the full parser" (anchors, aliases, tags, merge keys, conflict markers)
// and "has a character the block scanner leaves to js-yaml".
import * as assert from 'assert';
import fc from 'fast-check';
import { USUAL_CHARS } from '../../server/src/core/annotations/blockScanner';
import { loadPlainYaml, screenText } from '../../server/src/core/annotations/plainLoad';

const SEED = Number(process.env.FACTLENS_FUZZ_SEED ?? 20251123);
/** The regular expressions the screen replaced, as they were. */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,])[&*!]\S|(?:^|\s)<<\s*:|^(?:<{7}|={7}|>{7})/m;
const UNUSUAL_CHAR_OR_SURROGATE = /[^\n\r\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;

function expected(text: string): string {
  if (NEEDS_FULL_PARSER.test(text)) return 'needs full parser';
  return UNUSUAL_CHAR_OR_SURROGATE.test(text) ? 'unusual' : 'clean';
}

describe('plainLoad screen', () => {
  it('USUAL_CHARS is the class the scanner checked before', () => {
    const usual = new RegExp(`[^${USUAL_CHARS}]`);
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      assert.strictEqual(usual.test(ch), UNUSUAL_CHAR_OR_SURROGATE.test(ch), `U+${c.toString(16)}`);
    }
  });

  it('every code unit alone, and each after a space and before a letter', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, ` ${ch}x`, `${ch}${ch}`, `a${ch}`]) assert.strictEqual(screenText(text), expected(text), JSON.stringify(text));
    }
  });

  it('hand-picked texts', () => {
    const texts = [
      'a: &x 1', 'a: *x', 'a: !!str 1', 'a: ! x', 'a: x&y', 'a: x & y', 'a: [&x]', 'a: {*x}', 'a: ,!x', 'url: https://x.org/?a=1&b=2',
      '<< : x', '<<: x', 'a <<\n\n  :', 'x<<: y', ' <<x:', '<<<<<<< HEAD\n', 'a\n=======\n', '>>>>>>> b', ' >>>>>>> b', '======', '<<<<<<<',
      'a: 1 > 0', 'a: "<= 5"', 'quote: "5 < x"', 'a: 1\r\n&x', 'a\u2028*x', 'a\u0085!x', '\t&x', 'a: 😀 &x', 'a: 😀', 'a: \ud800 *x', '!', '&\n', '*\t',
    ];
    for (const text of texts) assert.strictEqual(screenText(text), expected(text), JSON.stringify(text));
  });

  it('random texts over the characters that matter: the same verdict', () => {
    const alphabet = ['&', '*', '!', '<', '=', '>', ' ', '\n', '\r', '\t', ':', 'a', '[', '{', ',', '\u2028', '\u0085', '\ufeff', '😀', '\ud800', '-', '#', '"'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        assert.strictEqual(screenText(text), expected(text), JSON.stringify(text));
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  it('loadPlainYaml leaves what needs the full parser to it, and reads the rest', () => {
    assert.strictEqual(loadPlainYaml('a: &x 1\nb: *x\n'), undefined);
    assert.strictEqual(loadPlainYaml('<<<<<<< HEAD\na: 1\n'), undefined);
    assert.deepStrictEqual(loadPlainYaml('a: x & y\nb: 1 < 2\n'), { value: { a: 'x & y', b: '1 < 2' } });
    assert.deepStrictEqual(loadPlainYaml('a: 😀\n'), { value: { a: '😀' } });
    assert.deepStrictEqual(loadPlainYaml('a: "\t"\n'), { value: { a: '\t' } }); // js-yaml's, after the scanner gave up
  });
});
