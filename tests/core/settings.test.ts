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
});
