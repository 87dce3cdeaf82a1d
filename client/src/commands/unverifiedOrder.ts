// Which figure "next" and "previous" land on, free of `vscode` so it is unit-tested.
// Wraps around at either end, like F8 in the Problems panel.

export interface Pos {
  line: number;
  character: number;
}

function compare(a: Pos, b: Pos): number {
  return a.line - b.line || a.character - b.character;
}

/** Index into `starts` of the next (or previous) figure start strictly after (before) `cursor`; -1 when empty. */
export function nextIndex(starts: readonly Pos[], cursor: Pos, direction: 1 | -1): number {
  if (starts.length === 0) return -1;
  const order = starts.map((start, index) => ({ start, index })).sort((a, b) => compare(a.start, b.start));
  if (direction === 1) {
    const after = order.find((item) => compare(item.start, cursor) > 0);
    return (after ?? order[0]).index;
  }
  const before = [...order].reverse().find((item) => compare(item.start, cursor) < 0);
  return (before ?? order[order.length - 1]).index;
}
