// The checks merge their (already ordered) problems instead of sorting them all: the result
// must be what the stable sort of the concatenation gives.
import * as assert from 'assert';
import fc from 'fast-check';
import { isOrdered, stableMerge } from '../../server/src/core/checks/stableMerge';

interface Item {
  start: number;
  end: number;
  id: string;
}

const byPlace = (x: Item, y: Item) => x.start - y.start || x.end - y.end;
const itemsArb = (prefix: string) =>
  fc.array(fc.tuple(fc.nat(6), fc.nat(3)), { maxLength: 20 }).map((spans) => spans.map(([start, length], i) => ({ start, end: start + length, id: `${prefix}${i}` })));

describe('stableMerge', () => {
  it('gives the stable sort of the concatenation, ties from the first list first', () => {
    fc.assert(
      fc.property(itemsArb('a'), itemsArb('b'), (a, b) => {
        const first = [...a].sort(byPlace);
        const second = [...b].sort(byPlace);
        const merged = stableMerge(first, second, byPlace);
        assert.deepStrictEqual(merged.map((x) => x.id), [...first, ...second].sort(byPlace).map((x) => x.id));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps equal items of one list in their order', () => {
    const a = [{ start: 1, end: 2, id: 'a0' }, { start: 1, end: 2, id: 'a1' }];
    const b = [{ start: 0, end: 1, id: 'b0' }, { start: 1, end: 2, id: 'b1' }, { start: 1, end: 2, id: 'b2' }];
    assert.deepStrictEqual(stableMerge(a, b, byPlace).map((x) => x.id), ['b0', 'a0', 'a1', 'b1', 'b2']);
  });

  it('isOrdered tells an ordered list from one that is not', () => {
    fc.assert(
      fc.property(itemsArb('a'), (a) => {
        const sorted = [...a].sort(byPlace);
        assert.strictEqual(isOrdered(a, byPlace), a.every((x, i) => x === sorted[i] || byPlace(x, sorted[i]) === 0));
        assert.ok(isOrdered(sorted, byPlace));
      }),
    );
  });
});
