// Differential test: the live anchoring against a frozen copy of the implementation
// before its speed-ups (test/unit/anchoringReference). Every result must be the same
// (status, offsets, method, candidates in order, reasons). Reproduce a failure with
// FACTLENS_FUZZ_SEED=<seed printed by fast-check>.
import * as assert from 'assert';
import fc from 'fast-check';
import { anchor, selectorFor } from '../../server/src/core/anchoring';
import type { Selector } from '../../server/src/core/anchoring';
import { anchor as referenceAnchor } from './anchoringReference/anchor';

const SEED = Number(process.env.FACTLENS_FUZZ_SEED ?? 20251123);

const PIECES = [
  '1,200 people', '1,400', '200 people', '12', '2.3 million', 'seven', 'eight', 'twenty-five', 'a dozen', '60-day',
  'were killed', 'entered', 'the ministry said', 'Officials', 'in the south', 'on Monday', '“the north”', '‘quoted’',
  '🚀', '😀 reports', '—', ' ', ' ', ' ', '\r\n', '\n', '.', ',', '-', 'aid trucks', 'trucks', 'people', 'x',
];

const article = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60, size: 'max' }).map((parts) => parts.join(''));

/** An edit applied to the quote (to force the fuzzy search) or to the text. */
const edit = fc.record({ at: fc.nat(), del: fc.integer({ min: 0, max: 4 }), insert: fc.constantFrom('', 'a', '1', ' ', 'seven', '😀', '\r\n', ',', 'the ', '’') });

function applyEdit(s: string, e: { at: number; del: number; insert: string }): string {
  const at = e.at % (s.length + 1);
  return s.slice(0, at) + e.insert + s.slice(at + e.del);
}

const scenario = fc.record({
  text: article,
  repeat: fc.integer({ min: 1, max: 3 }),
  start: fc.nat(),
  length: fc.integer({ min: 1, max: 70 }),
  context: fc.integer({ min: 0, max: 40 }),
  quoteEdits: fc.array(edit, { maxLength: 3 }),
  textEdits: fc.array(edit, { maxLength: 3 }),
  offset: fc.oneof(fc.constant<number | undefined>(undefined), fc.integer({ min: -20, max: 3000 }), fc.constant(Number.NaN)),
  dropPrefix: fc.boolean(),
  dropSuffix: fc.boolean(),
});

function same(text: string, selector: Selector): void {
  assert.deepStrictEqual(anchor(text, selector), referenceAnchor(text, selector), JSON.stringify({ text, selector }));
}

describe('anchoring differential: the live anchor() returns exactly what the reference implementation returns', () => {
  it('for quotes taken from generated texts, then edited, with repeats, context and hints', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(scenario, (s) => {
        const original = Array.from({ length: s.repeat }, () => s.text).join(' ');
        const start = s.start % original.length;
        const end = Math.min(original.length, start + s.length);
        const base = selectorFor(original, start, end, s.context);
        let quote = base.quote;
        for (const e of s.quoteEdits) quote = applyEdit(quote, e);
        let text = original;
        for (const e of s.textEdits) text = applyEdit(text, e);
        const selector: Selector = {
          quote,
          prefix: s.dropPrefix ? undefined : base.prefix,
          suffix: s.dropSuffix ? undefined : base.suffix,
          offset: s.offset === undefined ? base.offset : s.offset,
        };
        same(text, selector);
        same(original, selector);
        same(text, { quote: base.quote, prefix: base.prefix, suffix: base.suffix, offset: selector.offset });
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('for a quote repeated among similar contexts (ranking by similarity, hint and ties)', function () {
    this.timeout(60_000);
    const context = fc.array(fc.constantFrom('a', 'b', 'c', ' ', '1', '“'), { minLength: 0, maxLength: 12 }).map((a) => a.join(''));
    const quote = fc.constantFrom('7 trucks', 'seven', 'x', '1,200 people', '😀 aid');
    fc.assert(
      fc.property(quote, fc.array(fc.tuple(context, context), { minLength: 1, maxLength: 8 }), context, context, fc.option(fc.nat(200)), (q, around, prefix, suffix, offset) => {
        const text = around.map(([before, after]) => `${before} ${q} ${after}`).join('\n');
        same(text, { quote: q, prefix: `${prefix} `, suffix: ` ${suffix}`, offset: offset ?? undefined });
        same(text, { quote: q, prefix, offset: offset ?? undefined });
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('for large articles (searched in windows) and quotes too long for the fuzzy search', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(article, fc.nat(), fc.integer({ min: 33, max: 90 }), fc.array(edit, { minLength: 1, maxLength: 3 }), fc.option(fc.nat()), (text, at, length, edits, offset) => {
        // Long enough that a quote of two or more blocks is searched only near the hint and its figures.
        const big = Array.from({ length: Math.ceil(800_000 / text.length) }, (_, i) => `${text} [${i}] `).join('');
        const start = at % big.length;
        const base = selectorFor(big, start, Math.min(big.length, start + length));
        let quote = base.quote;
        for (const e of edits) quote = applyEdit(quote, e);
        same(big, { ...base, quote, offset: offset === null ? base.offset : offset % big.length });
        same(big, { quote: `${quote} ${'x'.repeat(2000)}`, prefix: base.prefix });
      }),
      { seed: SEED, numRuns: 15 },
    );
  });

  it('for arbitrary short quotes over a small alphabet (many near matches and ties)', function () {
    this.timeout(60_000);
    const small = fc.array(fc.constantFrom('a', 'b', ' ', '1', ',', '😀', '“'), { maxLength: 80 }).map((a) => a.join(''));
    fc.assert(
      fc.property(small, small, small, small, fc.option(fc.integer({ min: 0, max: 100 })), (text, quote, prefix, suffix, offset) => {
        same(text, { quote, prefix, suffix, offset: offset ?? undefined });
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
