// Merging two lists that are each in order: what a stable sort of their concatenation gives,
// in linear time (the checks' problems are nearly all in order already).

/** Whether `list` is in order by `compare` (no element compares greater than the one after it). */
export function isOrdered<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1], list[i]) > 0) return false;
  return true;
}

/**
 * [...first, ...second] stably sorted, for `first` and `second` each already stably sorted by
 * `compare`: on ties elements of `first` come before those of `second`.
 */
export function stableMerge<T>(first: readonly T[], second: readonly T[], compare: (a: T, b: T) => number): T[] {
  const out = new Array<T>(first.length + second.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < first.length && j < second.length) out[k++] = compare(first[i], second[j]) <= 0 ? first[i++] : second[j++];
  while (i < first.length) out[k++] = first[i++];
  while (j < second.length) out[k++] = second[j++];
  return out;
}
