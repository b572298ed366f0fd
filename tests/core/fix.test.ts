import { describe, expect, it } from 'vitest';
import { followingDates, planFix } from '../../src/core/schedule/fix.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { formatThroughput } from '../../src/core/throughput.js';
import { isoDateTime } from '../../src/core/time.js';
import { rosterOf, seedRoster, settingsOf } from '../helpers.js';

describe('followingDates', () => {
  it.each([
    [
      'a Monday: the weekdays after it',
      ['2024-04-22'],
      ['2024-04-23', '2024-04-24', '2024-04-25', '2024-04-26', '2024-04-29'],
    ],
    ['a Friday: Monday next', ['2024-04-26'], ['2024-04-29', '2024-04-30', '2024-05-01']],
    ['a plan on a Saturday: weekends count', ['2024-04-26', '2024-04-27'], ['2024-04-28', '2024-04-29']],
    ['the year turns', ['2024-12-31'], ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-06']],
  ])('%s', (_, dates, first) => {
    expect(followingDates(dates, first.length)).toEqual(first);
  });
});

describe('planFix', () => {
  it.each([
    // the seed at 20/10min over one day runs 52.5 minutes on
    ['the seed, one day', {}, { rate: '23/10min', end: '2024-04-22T17:43:29', dates: ['2024-04-23'], rooms: 2 }],
    ['the seed on a Friday: the Monday after', { dates: '2024-04-26' }, { dates: ['2024-04-29'], rooms: 2 }],
    [
      'the seed, mornings only',
      { sessions: '08:30-12:00' },
      { rate: '51/10min', dates: ['2024-04-23', '2024-04-24'], rooms: 3 },
    ],
    [
      'the seed, short sessions over three days',
      { sessions: '08:30-10:00,13:30-15:00', dates: '2024-04-22..2024-04-24' },
      { rate: '21/10min', dates: ['2024-04-25'], rooms: 2 },
    ],
    [
      'the seed, an hour a day: no number of rooms, as 李永江 alone needs 2.6 hours',
      { sessions: '08:30-09:30' },
      {
        rate: '176/10min',
        dates: [
          '2024-04-23',
          '2024-04-24',
          '2024-04-25',
          '2024-04-26',
          '2024-04-29',
          '2024-04-30',
          '2024-05-01',
          '2024-05-02',
          '2024-05-03',
        ],
        rooms: undefined,
      },
    ],
  ] as const)('%s', (_, options, expected) => {
    const settings = settingsOf(options);
    const fix = planFix(seedRoster(), settings);
    if ('rate' in expected) expect(fix.rate && formatThroughput(fix.rate.throughput)).toBe(expected.rate);
    if ('end' in expected) expect(fix.rate && isoDateTime(fix.rate.end)).toBe(expected.end);
    expect(fix.dates).toEqual(expected.dates);
    expect(fix.rooms).toBe(expected.rooms);
  });

  it('has no rooms when one counselor alone runs over: a counselor stays in one room', () => {
    const roster = rosterOf([
      ['A', 230, '甲'],
      ['B', 200, '甲'],
      ['C', 10, '乙'],
    ]);
    const settings = settingsOf({ sessions: '08:30-12:00' });
    expect(schedule(roster, settings).summary.fits).toBe(false);
    const fix = planFix(roster, settings);
    expect(fix.rooms).toBeUndefined();
    expect(fix.dates).toEqual(['2024-04-23']);
  });

  it('adds no day to a plan of 366 dates, the most a plan may have', () => {
    const roster = rosterOf(Array.from({ length: 800 }, (_, i) => [`班${i}`, 1, `辅导员${i % 40}`] as const));
    const settings = settingsOf({ sessions: '08:30-08:31', dates: '2024-01-01..2024-12-31' });
    expect(settings.dates).toHaveLength(366);
    const fix = planFix(roster, settings);
    expect(fix.dates).toBeUndefined();
    expect(fix.rooms).toBe(2);
  });
});
