import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { parseDates, parseSessions, parseThroughput } from '../../src/core/settings.js';
import { formatThroughput, periodSeconds } from '../../src/core/throughput.js';

function errorKey(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof CapturePlanError) return error.problems[0]!.key;
    throw error;
  }
  return undefined;
}

describe('parseThroughput', () => {
  it.each([
    ['20/10min', '20/10min', 600],
    ['2/min', '2/min', 60],
    ['120/h', '120/h', 3600],
    ['20人/10分钟', '20/10min', 600],
    ['２０/１０min', '20/10min', 600],
    ['30 / 15 minutes', '30/15min', 900],
    ['1/30s', '1/30s', 30],
  ])('%s → %s (%i s)', (text, canonical, seconds) => {
    const t = parseThroughput(text);
    expect(formatThroughput(t)).toBe(canonical);
    expect(periodSeconds(t)).toBe(seconds);
  });

  it.each(['', '20', '20/10', '0/10min', '20/0min', 'fast', '-5/min', '20/10 fortnights'])('rejects %j', (text) => {
    expect(errorKey(() => parseThroughput(text))).toBe('badThroughput');
  });
});

describe('parseSessions', () => {
  it.each([
    [
      '08:30-12:00,13:30-18:00',
      [
        [30600, 43200],
        [48600, 64800],
      ],
    ],
    [
      '13:30-18:00,8:30-12:00',
      [
        [30600, 43200],
        [48600, 64800],
      ],
    ],
    [
      '08:30–12:00，13:30~18:00',
      [
        [30600, 43200],
        [48600, 64800],
      ],
    ],
    ['00:00-24:00', [[0, 86400]]],
  ])('%s', (text, expected) => {
    expect(parseSessions(text).map((s) => [s.start, s.end])).toEqual(expected);
  });

  it.each([
    ['12:00-08:30', 'badSession'],
    ['8:30', 'badSession'],
    ['25:00-26:00', 'badSession'],
    ['08:30-12:00,11:00-13:00', 'sessionsOverlap'],
    ['', 'badSession'],
  ])('rejects %j with %s', (text, key) => {
    expect(errorKey(() => parseSessions(text))).toBe(key);
  });
});

describe('parseDates', () => {
  it.each([
    ['2024-04-22', ['2024-04-22']],
    ['2024-04-22,2024-04-24', ['2024-04-22', '2024-04-24']],
    ['2024-04-29..2024-05-02', ['2024-04-29', '2024-04-30', '2024-05-01', '2024-05-02']],
    ['2024-02-28..2024-03-01', ['2024-02-28', '2024-02-29', '2024-03-01']],
    ['2024/4/22', ['2024-04-22']],
    ['2024.04.22', ['2024-04-22']],
    ['2024年4月22日', ['2024-04-22']],
    ['2024年4月22日至2024年4月23日', ['2024-04-22', '2024-04-23']],
  ])('%s', (text, expected) => {
    expect(parseDates(text)).toEqual(expected);
  });

  it.each([
    ['2024-02-30', 'dateNotReal'],
    ['2024-04-31', 'dateNotReal'],
    ['22/04/2024', 'badDate'],
    ['2024-04-24,2024-04-22', 'datesNotAscending'],
    ['2024-04-22,2024-04-22', 'datesNotAscending'],
    ['2024-04-26..2024-04-22', 'rangeReversed'],
    ['下周一', 'badDate'],
    ['2024-01-01..2026-01-01', 'tooManyDates'],
  ])('rejects %j with %s', (text, key) => {
    expect(errorKey(() => parseDates(text))).toBe(key);
  });

  it.each([
    // each way of writing a day
    ['2024-4-22', ['2024-04-22']],
    ['2024/04/22', ['2024-04-22']],
    ['2024.4.22', ['2024-04-22']],
    ['2024年04月22日', ['2024-04-22']],
    ['2024年4月22', ['2024-04-22']],
    ['2024-4-22日', ['2024-04-22']],
    ['２０２４年４月２２日', ['2024-04-22']],
    ['２０２４－０４－２２', ['2024-04-22']],
    ['2024 年 4 月 22 日', ['2024-04-22']],
    ['2024 / 4 / 22', ['2024-04-22']],
    ['  2024-04-22  ', ['2024-04-22']],
    // mixed separators, accepted as before
    ['2024年4-22', ['2024-04-22']],
    ['2024/4.22', ['2024-04-22']],
    ['2024-4月22日', ['2024-04-22']],
    // lists
    ['2024-04-22，2024-04-24', ['2024-04-22', '2024-04-24']],
    ['2024-04-22；2024/4/24', ['2024-04-22', '2024-04-24']],
    ['2024-04-22, ,2024-04-23', ['2024-04-22', '2024-04-23']],
    // each range mark, and ranges across months and years
    ['2024-04-22~2024-04-23', ['2024-04-22', '2024-04-23']],
    ['2024-04-22 .. 2024-04-23', ['2024-04-22', '2024-04-23']],
    ['2024年4月30日至2024年5月1日', ['2024-04-30', '2024-05-01']],
    ['2024-04-22..2024-04-22', ['2024-04-22']],
    ['2024-01-31..2024-02-01', ['2024-01-31', '2024-02-01']],
    ['2024-12-30~2025-01-02', ['2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02']],
    ['1999-12-31..2000-01-01', ['1999-12-31', '2000-01-01']],
    // leap days
    ['2024-02-29', ['2024-02-29']],
    ['2000-02-29', ['2000-02-29']],
    ['2023-02-28..2023-03-01', ['2023-02-28', '2023-03-01']],
    ['1969-12-31', ['1969-12-31']],
    ['0100-01-01', ['0100-01-01']],
    ['9999-12-31', ['9999-12-31']],
  ])('reads %j', (text, expected) => {
    expect(parseDates(text)).toEqual(expected);
  });

  it('reads a list given as an array, each item a day or a range', () => {
    expect(parseDates(['2024/4/22', ' 2024-04-24..2024-04-25 '])).toEqual(['2024-04-22', '2024-04-24', '2024-04-25']);
  });

  it.each([
    // no such day
    ['2023-02-29', 'dateNotReal'],
    ['1900-02-29', 'dateNotReal'],
    ['2024-13-01', 'dateNotReal'],
    ['2024-00-10', 'dateNotReal'],
    ['2024-04-00', 'dateNotReal'],
    ['2024年2月30日', 'dateNotReal'],
    ['0099-12-31', 'dateNotReal'],
    ['2024-04-22..2024-02-30', 'dateNotReal'],
    // not a date's shape
    ['', 'badDate'],
    [' , ', 'badDate'],
    ['20240422', 'badDate'],
    ['20240-04-22', 'badDate'],
    ['24-04-22', 'badDate'],
    ['2024-004-22', 'badDate'],
    ['20 24-04-22', 'badDate'],
    ['2024-04-22T08:00', 'badDate'],
    ['2024-W17-1', 'badDate'],
    ['2024月4年22日', 'badDate'],
    ['2024-4-22日日', 'badDate'],
    ['2024-04-22..', 'badDate'],
    ['..2024-04-22', 'badDate'],
    ['2024-04-22..2024-04-23..2024-04-24', 'badDate'],
    ['2024-02-30..x', 'badDate'],
    ['April 22, 2024', 'badDate'],
    // ranges too long: 366 days at most, also across a list
    ['2023-01-01..2024-01-01', undefined],
    ['2023-01-01..2024-01-02', 'tooManyDates'],
    ['2024-01-01..2024-12-31,2025-01-01', 'tooManyDates'],
  ])('%j: %s', (text, key) => {
    expect(errorKey(() => parseDates(text))).toBe(key);
  });
});
