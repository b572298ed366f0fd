import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateOf, isoDateTime } from '../../src/core/time.js';

describe('isoDateTime', () => {
  it.each([
    [0, '1970-01-01T00:00:00'],
    [1713744000 + 8 * 3600 + 30 * 60, '2024-04-22T08:30:00'],
    [1713744000 + 86399.9, '2024-04-22T23:59:59'],
    [-1, '1969-12-31T23:59:59'],
    [4102444800, '2100-01-01T00:00:00'],
  ])('%d → %s', (t, expected) => {
    expect(isoDateTime(t)).toBe(expected);
  });

  it('agrees with Date#toISOString for any instant from 1900 to 2200, in any order of calls', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -2208988800, max: 7258118400, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (times) => {
          for (const t of times) {
            const expected = new Date(Math.floor(t) * 1000).toISOString();
            expect([isoDateTime(t), isoDateOf(t)]).toEqual([expected.slice(0, 19), expected.slice(0, 10)]);
          }
        },
      ),
    );
  });
});
