import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inversions } from '../../src/core/inversions.js';

/** The double loop merge sort replaced. */
function pairs(values: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++) if (values[i]! > values[j]!) count++;
  return count;
}

describe('inversions', () => {
  it.each([
    [[], 0],
    [[1], 0],
    [[1, 2, 3], 0],
    [[3, 2, 1], 3],
    [[2, 2, 1], 2],
    [[0, 3, 1, 2, 0], 5],
  ])('%j has %i pairs out of order', (values, expected) => {
    expect(inversions(values)).toBe(expected);
  });

  it('counts as the double loop does, ties not counted', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (values) => {
        expect(inversions(values)).toBe(pairs(values));
      }),
      { numRuns: 300 },
    );
  });

  it('counts 100 000 values reversed in well under a second', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => 100_000 - i);
    const start = performance.now();
    expect(inversions(values)).toBe((100_000 * 99_999) / 2);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
