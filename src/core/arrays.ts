// Spreading an array into a call (`Math.max(...xs)`, `out.push(...xs)`) passes every element on the stack, and past
// about 100 000 of them V8 throws RangeError. These take any number; tests/spread.test.ts keeps src/ free of the rest.

/** The largest of `values`, or `floor` when there are none (or every one is smaller); NaN if any is NaN. */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const value of values) max = Math.max(max, value);
  return max;
}

/** The smallest of `values`, or `ceiling` when there are none (or every one is larger); NaN if any is NaN. */
export function minOf(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let min = ceiling;
  for (const value of values) min = Math.min(min, value);
  return min;
}

/** Appends every item to `target`, however many, and returns it. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
