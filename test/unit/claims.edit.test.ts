import * as assert from 'assert';
import { addClaim, parseClaimsFile, updateClaim } from '../../server/src/core/annotations';
import { sentenceAround } from '../../server/src/core/sentence';

// A hand-written register: a header, aligned comments, a blank line between claims, curly
// quotes and an emoji, a quoted verdict, no blank line at the end.
const BASE = [
  '# Claims shared across articles 💬',
  '',
  'claims:',
  '  gaza-death-toll:          # the big one',
  '    statement: Gaza’s toll passed 40,000.   # as reported',
  '    verdict: verified',
  '    sources:',
  '      - url: https://a.org/x   # primary',
  '        title: "A — report"',
  '',
  '  hostages-250:',
  '    statement: About 250 hostages were taken.',
  "    verdict: 'false'",
  '',
].join('\n');

function parsesClean(text: string): Map<string, unknown> {
  const model = parseClaimsFile(text, 'annotations/claims.yaml');
  assert.deepStrictEqual(model.problems, []);
  return model.claims;
}

describe('claims register edits: addClaim', () => {
  it('appends a claim after the last one, following the blank-line style, byte for byte', () => {
    const out = addClaim(BASE, 'march-size', { statement: 'About “40,000” marched 😀', verdict: 'disputed', note: 'two counts' });
    const added = ['', '  march-size:', '    statement: About “40,000” marched 😀', '    verdict: disputed', '    note: two counts', ''].join('\n');
    assert.strictEqual(out, BASE + added);
    const claim = parsesClean(out).get('march-size') as { statement: string; verdict: string; note: string };
    assert.deepStrictEqual([claim.statement, claim.verdict, claim.note], ['About “40,000” marched 😀', 'disputed', 'two counts']);
  });

  it('keeps CRLF line breaks and writes sources in the file’s list style', () => {
    const crlf = BASE.replace(/\n/g, '\r\n');
    const out = addClaim(crlf, 'march-size', { sources: [{ url: 'https://b.org/y', title: 'B: "count"', accessed: '2025-06-26' }], statement: 'S' });
    const added = ['', '  march-size:', '    statement: S', '    sources:', '      - url: https://b.org/y', `        title: 'B: "count"'`, '        accessed: 2025-06-26', ''].join('\r\n');
    assert.strictEqual(out, crlf + added);
    assert.ok(!/[^\r]\n/.test(out), 'no lone \\n in a CRLF file');
    parsesClean(out);
  });

  it('creates the register with a header comment when there is no file', () => {
    const out = addClaim(undefined, 'gaza-60-day-ceasefire', { statement: 'A 60-day ceasefire was proposed.' });
    assert.strictEqual(out, [
      '# FactLens claims register: claims that several articles make. An annotation links to a',
      '# claim with `claim: <id>`. Keys: statement, verdict, sources, note. Comments are kept when FactLens edits this file.',
      'claims:',
      '  gaza-60-day-ceasefire:',
      '    statement: A 60-day ceasefire was proposed.',
      '',
    ].join('\n'));
    assert.strictEqual(addClaim('', 'gaza-60-day-ceasefire', { statement: 'A 60-day ceasefire was proposed.' }), out);
    assert.deepStrictEqual([...parsesClean(out).keys()], ['gaza-60-day-ceasefire']);
  });

  it('fills an empty `claims:` (bare, {} with a comment, CRLF) and a file without the key', () => {
    assert.strictEqual(addClaim('# notes\nclaims:\n', 'a', { statement: 'x' }), '# notes\nclaims:\n  a:\n    statement: x\n');
    assert.strictEqual(addClaim('claims: {}   # none yet\r\n', 'a', { statement: 'x' }), 'claims:   # none yet\r\n  a:\r\n    statement: x\r\n');
    assert.strictEqual(addClaim('# only a comment\n', 'a', {}), '# only a comment\nclaims:\n  a: {}\n');
    assert.strictEqual(addClaim('claims:\n  b:\n    statement: y', 'a', {}), 'claims:\n  b:\n    statement: y\n  a: {}');
  });

  it('quotes ids and values that YAML would read as something else', () => {
    const out = addClaim('claims:\n', '2024', { statement: 'true', verdict: 'false' });
    assert.strictEqual(out, 'claims:\n  "2024":\n    statement: "true"\n    verdict: "false"\n');
    const claim = parsesClean(out).get('2024') as { statement: string; verdict: string };
    assert.deepStrictEqual([claim.statement, claim.verdict], ['true', 'false']);
  });

  it('refuses an existing id, a bad id and a broken register with a clear error', () => {
    assert.throws(() => addClaim(BASE, 'hostages-250', {}), /A claim with id 'hostages-250' already exists/);
    assert.throws(() => addClaim(BASE, 'Hostages 250', {}), /'Hostages 250' is not a claim id/);
    assert.throws(() => addClaim('claims:\n  a: {\n', 'b', {}), /claims register has YAML errors \(line 2:/);
    assert.throws(() => addClaim('<<<<<<< HEAD\nclaims:\n=======\n>>>>>>> x\n', 'b', {}), /YAML errors \(line 1: merge conflict marker/);
    assert.throws(() => addClaim('claims:\n  - a\n', 'b', {}), /'claims' is not a mapping/);
    assert.throws(() => addClaim('- a\n', 'b', {}), /not a mapping with a 'claims:' key/);
  });
});

describe('claims register edits: updateClaim', () => {
  it('replaces a value in place, keeping its trailing comment', () => {
    const out = updateClaim(BASE, 'gaza-death-toll', { statement: 'Gaza’s toll passed 41,000.' });
    assert.strictEqual(out, BASE.replace('Gaza’s toll passed 40,000.   # as reported', 'Gaza’s toll passed 41,000.   # as reported'));
  });

  it('inserts a new key in claim key order and removes keys', () => {
    const noVerdict = BASE.replace('    verdict: verified\n', '');
    assert.strictEqual(updateClaim(noVerdict, 'gaza-death-toll', { verdict: 'disputed' }), BASE.replace('verdict: verified', 'verdict: disputed'));
    assert.strictEqual(updateClaim(BASE, 'gaza-death-toll', { verdict: undefined }), noVerdict);
    const withNote = updateClaim(BASE, 'hostages-250', { note: 'see 002' });
    assert.strictEqual(withNote, BASE.replace("    verdict: 'false'\n", "    verdict: 'false'\n    note: see 002\n"));
    parsesClean(withNote);
  });

  it('removing the only field leaves `id: {}`, so the id stays registered', () => {
    const out = updateClaim('claims:\n  a:   # keep\n    note: x\n  b: {}\n', 'a', { note: null });
    assert.strictEqual(out, 'claims:\n  a: {}   # keep\n  b: {}\n');
    assert.deepStrictEqual([...parsesClean(out).keys()], ['a', 'b']);
  });

  it('writes out an empty or flow claim as a block, keeping keys it does not know (CRLF)', () => {
    assert.strictEqual(updateClaim('claims:\r\n  a: {}\r\n', 'a', { statement: 'x' }), 'claims:\r\n  a:\r\n    statement: x\r\n');
    assert.strictEqual(updateClaim('claims:\n  a:\n  b: {}\n', 'a', { verdict: 'verified' }), 'claims:\n  a:\n    verdict: verified\n  b: {}\n');
    assert.strictEqual(updateClaim('claims:\n  a: {note: n, extra: y}\n', 'a', { statement: 's' }), 'claims:\n  a:\n    statement: s\n    note: n\n    extra: y\n');
  });

  it('refuses an unknown id, an unknown field and a broken register', () => {
    assert.throws(() => updateClaim(BASE, 'nope', {}), /No claim 'nope' in the register/);
    assert.throws(() => updateClaim(BASE, 'hostages-250', { status: 'verified' } as never), /A claim has no 'status'/);
    assert.throws(() => updateClaim(BASE + 'claims: {}\n', 'hostages-250', { note: 'x' }), /YAML errors .*duplicate key 'claims'/);
  });
});

describe('sentenceAround (a new claim’s statement)', () => {
  // CRLF paragraphs, curly quotes, an emoji, abbreviations and a date the segmenter would split.
  const ARTICLE = 'Mr. Smith said U.S. officials counted 1,200 dead. Then “over 40,000” marched 😀 on Oct. 7 in Gaza.\r\nA 60-day truce followed.';
  const around = (needle: string) => {
    const start = ARTICLE.indexOf(needle);
    return sentenceAround(ARTICLE, start, start + needle.length);
  };

  it('returns the whole sentence holding the figure, across abbreviations and dates', () => {
    assert.strictEqual(around('1,200'), 'Mr. Smith said U.S. officials counted 1,200 dead.');
    assert.strictEqual(around('40,000'), 'Then “over 40,000” marched 😀 on Oct. 7 in Gaza.');
    assert.strictEqual(around('Oct. 7'), 'Then “over 40,000” marched 😀 on Oct. 7 in Gaza.');
  });

  it('stops at a paragraph break and joins sentences a span crosses', () => {
    assert.strictEqual(around('60-day'), 'A 60-day truce followed.');
    const start = ARTICLE.indexOf('dead.');
    assert.strictEqual(sentenceAround(ARTICLE, start, start + 10), 'Mr. Smith said U.S. officials counted 1,200 dead. Then “over 40,000” marched 😀 on Oct. 7 in Gaza.');
  });

  it('cuts a long sentence to at most 200 units around the figure, at spaces, with ellipses', () => {
    const text = 'word '.repeat(60) + 'the 1,200 dead ' + 'more '.repeat(60) + 'end.';
    const start = text.indexOf('1,200');
    const out = sentenceAround(text, start, start + 5);
    assert.ok(out.length <= 200, `length ${out.length}`);
    assert.match(out, /^…word (word )+the 1,200 dead (more )+more…$/);
    // A span longer than the limit is cut without splitting a surrogate pair.
    assert.strictEqual(sentenceAround('😀'.repeat(150), 0, 300), '😀'.repeat(99) + '…');
  });
});
