import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { parseWindow } from '../../src/core/schedule/windows.js';
import { isoDateTime } from '../../src/core/time.js';

const DATES = ['2024-04-22', '2024-04-23'];

function problemOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    if (error instanceof CapturePlanError) return error.problems[0];
    throw error;
  }
  return undefined;
}

describe('parseWindow', () => {
  it.each([
    ['2024-04-23 08:30-12:00', [['2024-04-23T08:30:00', '2024-04-23T12:00:00']]],
    ['２０２４-０４-２３ ０８:３０ 至 １２:００', [['2024-04-23T08:30:00', '2024-04-23T12:00:00']]],
    ['2024-04-23', [['2024-04-23T00:00:00', '2024-04-24T00:00:00']]],
    [
      '13:30-18:00',
      [
        ['2024-04-22T13:30:00', '2024-04-22T18:00:00'],
        ['2024-04-23T13:30:00', '2024-04-23T18:00:00'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(parseWindow(text, DATES, '何芬').map((w) => [isoDateTime(w.start), isoDateTime(w.end)])).toEqual(expected);
  });

  it.each([
    ['2024-02-30 08:30-12:00', 'badWindow'],
    ['2024-13-01', 'badWindow'],
    ['0099-12-31', 'badWindow'],
    ['2024/04/23 08:30-12:00', 'badWindow'],
    ['2024-4-23 08:30-12:00', 'badWindow'],
    ['2024年4月23日', 'badWindow'],
    ['2024-04-25 08:30-12:00', 'windowOutsideDates'],
  ])('refuses %j: %s', (text, key) => {
    expect(problemOf(() => parseWindow(text, DATES, '何芬'))).toMatchObject({
      key,
      params: { value: text, owner: '何芬' },
    });
  });
});
