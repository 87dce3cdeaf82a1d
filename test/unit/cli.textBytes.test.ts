// Text output: the UTF-8 of the lines as one string spells them (lone surrogates become
// U+FFFD, as Buffer.from does), read from positionsOf's numbers rather than located copies.
import * as assert from 'assert';
import fc from 'fast-check';
import { positionsOf, positionsOfLocated } from '../../server/src/cli/formats/located';
import { textBytes } from '../../server/src/cli/formats/text';
import { LineIndex } from '../../server/src/core/lineIndex';
import type { Problem } from '../../server/src/core/types';

function expected(problems: Problem[], positions: Float64Array, color: boolean): Buffer {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines = problems.map((p, i) => {
    const severity = paint(p.severity === 'error' ? 31 : p.severity === 'warning' ? 33 : 36, p.severity);
    return `${p.file}:${positions[4 * i] + 1}:${positions[4 * i + 1] + 1} ${severity} ${p.message} ${paint(2, `[${p.code}]`)}`;
  });
  return Buffer.from(lines.join('\n'));
}

const problemArb = fc.record({
  file: fc.string({ unit: 'binary' }),
  start: fc.nat(50),
  end: fc.nat(50),
  code: fc.constantFrom('figure.unverified' as const, 'claim.conflict' as const),
  severity: fc.constantFrom('error' as const, 'warning' as const, 'information' as const, 'hint' as const),
  // 'binary' strings include lone surrogates and characters of every UTF-8 length.
  message: fc.string({ unit: 'binary', maxLength: 200 }),
});

describe('textBytes', () => {
  it('writes the UTF-8 of the joined lines', () => {
    fc.assert(
      fc.property(fc.array(problemArb, { maxLength: 8 }), fc.array(fc.nat(1000), { minLength: 32, maxLength: 32 }), fc.boolean(), (problems, numbers, color) => {
        const positions = Float64Array.from(numbers.slice(0, 4 * problems.length));
        assert.deepStrictEqual(Buffer.from(textBytes(problems, positions, color)), expected(problems, positions, color));
      }),
      { numRuns: 500 },
    );
  });

  it('handles long multi-byte lines, colors and no problems', () => {
    const long = { file: 'seeds/a.txt', start: 0, end: 1, code: 'figure.unverified' as const, severity: 'warning' as const, message: '“é”😀'.repeat(3000) };
    const problems = Array.from({ length: 10 }, () => long);
    const positions = new Float64Array(40);
    const big = textBytes(problems, positions, false);
    assert.ok(big.byteLength > 1 << 17);
    assert.deepStrictEqual(Buffer.from(big), expected(problems, positions, false));
    assert.deepStrictEqual(Buffer.from(textBytes([long], new Float64Array(4), true)), expected([long], new Float64Array(4), true));
    assert.strictEqual(textBytes([], new Float64Array(0), false).byteLength, 0);
  });

  it('reads the positions positionsOf finds, as it reads the positions of located problems', () => {
    const text = 'one\ntwo 45\r\nthree 7';
    const problems: Problem[] = [
      { file: 'a.txt', start: 8, end: 10, code: 'figure.unverified', severity: 'warning', message: 'm1' },
      { file: 'a.txt', start: 18, end: 19, code: 'figure.unverified', severity: 'warning', message: 'm2' },
      { file: 'gone.txt', start: 5, end: 6, code: 'file.unreadable', severity: 'error', message: 'm3' },
    ];
    const index = new LineIndex(text);
    const positions = positionsOf(problems, (file) => (file === 'a.txt' ? index : undefined));
    assert.deepStrictEqual([...positions], [1, 4, 1, 6, 2, 6, 2, 7, 0, 0, 0, 0]);
    const located = problems.map((p, i) => ({ ...p, line: positions[4 * i], character: positions[4 * i + 1], endLine: positions[4 * i + 2], endCharacter: positions[4 * i + 3] }));
    const fromLocated = Buffer.from(textBytes(located, positionsOfLocated(located), false)).toString();
    assert.strictEqual(Buffer.from(textBytes(problems, positions, false)).toString(), fromLocated);
    assert.strictEqual(fromLocated, 'a.txt:2:5 warning m1 [figure.unverified]\na.txt:3:7 warning m2 [figure.unverified]\ngone.txt:1:1 error m3 [file.unreadable]');
  });
});
