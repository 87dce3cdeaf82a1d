// Next / previous unverified figure: order, strictness and wrap-around.
import * as assert from 'assert';
import { nextIndex } from '../../../client/src/commands/unverifiedOrder';

const starts = [
  { line: 3, character: 10 },
  { line: 1, character: 5 },
  { line: 3, character: 2 },
];

describe('nextIndex', () => {
  it('finds the next figure strictly after the cursor, in document order', () => {
    assert.strictEqual(nextIndex(starts, { line: 0, character: 0 }, 1), 1);
    assert.strictEqual(nextIndex(starts, { line: 1, character: 5 }, 1), 2, 'a figure starting at the cursor is the current one');
    assert.strictEqual(nextIndex(starts, { line: 3, character: 2 }, 1), 0);
  });

  it('finds the previous figure strictly before the cursor', () => {
    assert.strictEqual(nextIndex(starts, { line: 3, character: 10 }, -1), 2);
    assert.strictEqual(nextIndex(starts, { line: 3, character: 2 }, -1), 1);
  });

  it('wraps around at both ends', () => {
    assert.strictEqual(nextIndex(starts, { line: 9, character: 0 }, 1), 1);
    assert.strictEqual(nextIndex(starts, { line: 0, character: 0 }, -1), 0);
  });

  it('returns -1 when there is nothing to visit', () => {
    assert.strictEqual(nextIndex([], { line: 0, character: 0 }, 1), -1);
  });
});
