import * as assert from 'assert';
import { parseAnnotationFile, parseAnnotationFileFast } from '../../server/src/core/annotations';

// CRLF, a curly-quoted and an emoji (astral) quote, so spans are UTF-16 offsets in a CRLF file.
const TEXT =
  'article: seeds/a.txt\r\nannotations:\r\n  - id: a\r\n    quote: "“1,200” 😀 killed"\r\n    status: verified\r\n' +
  '  - id: b\r\n    quote: "two days — at least"\r\n    status: disputed\r\n    claim: truce-days\r\n';

describe('parseAnnotationFileFast: spans through one shared prototype', () => {
  it('gives each annotation its own spans and field spans, equal to the full parse, at exact offsets', () => {
    const fast = parseAnnotationFileFast(TEXT, 'annotations/a.yaml');
    const full = parseAnnotationFile(TEXT, 'annotations/a.yaml');
    assert.strictEqual(fast.annotations.length, 2);
    for (let i = 0; i < 2; i++) {
      assert.deepStrictEqual(fast.annotations[i].span, full.annotations[i].span);
      assert.deepStrictEqual(fast.annotations[i].fieldSpans, full.annotations[i].fieldSpans);
    }
    const quote = fast.annotations[0].fieldSpans.quote!;
    assert.strictEqual(TEXT.slice(quote.start, quote.end), '"“1,200” 😀 killed"');
    assert.strictEqual(TEXT.slice(fast.article!.span.start, fast.article!.span.end), 'seeds/a.txt');
    const claim = fast.annotations[1].fieldSpans.claim!;
    assert.strictEqual(TEXT.slice(claim.start, claim.end), 'truce-days');
  });

  it('looks like a plain annotation to keys, spread and JSON (no link to the parser leaks out)', () => {
    const [a] = parseAnnotationFileFast(TEXT, 'annotations/a.yaml').annotations;
    const [b] = parseAnnotationFile(TEXT, 'annotations/a.yaml').annotations;
    const plainKeys = Object.keys(b).filter((k) => k !== 'span' && k !== 'fieldSpans');
    assert.deepStrictEqual(Object.keys(a), plainKeys);
    assert.deepStrictEqual(Object.keys({ ...a }), plainKeys);
    assert.deepStrictEqual(Object.getOwnPropertySymbols({ ...a }), []);
    assert.strictEqual(JSON.stringify(a), JSON.stringify(b));
    assert.ok('span' in a && 'fieldSpans' in a);
  });

  it('shares the getters: annotations of many files carry no per-annotation accessors', () => {
    const anns = [1, 2, 3].flatMap((n) => parseAnnotationFileFast(TEXT, `annotations/${n}.yaml`).annotations);
    for (const a of anns) assert.strictEqual(Object.getOwnPropertyDescriptor(a, 'span'), undefined);
    const protos = new Set(anns.map((a) => Object.getPrototypeOf(a)));
    assert.strictEqual(protos.size, 1);
    assert.strictEqual(typeof Object.getOwnPropertyDescriptor([...protos][0], 'span')?.get, 'function');
  });
});
