import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { smallestFittingRate } from '../../src/core/schedule/fit.js';
import { inputOrder } from '../../src/core/schedule/groups.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { formatThroughput } from '../../src/core/throughput.js';
import { isoDateTime } from '../../src/core/time.js';
import { rosterOf, seedRoster, settingsOf } from '../helpers.js';

/** Each class as "name start-end" with local clock times (date shown only when it is not the first date). */
function timesOf(plan: ReturnType<typeof schedule>): string[] {
  const firstDate = plan.settings.dates[0];
  const show = (t: number) => {
    const iso = isoDateTime(t);
    return iso.startsWith(firstDate!) ? iso.slice(11) : `${iso.slice(5, 10)} ${iso.slice(11)}`;
  };
  return plan.classes.map((c) => `${c.name} ${show(c.start)}-${show(c.end)}`);
}

function segmentsOf(plan: ReturnType<typeof schedule>): Record<string, string[]> {
  return Object.fromEntries(
    plan.blocks.map((b) => [
      b.counselor,
      b.segments.map((s) => `${isoDateTime(s.start).slice(11)}-${isoDateTime(s.end).slice(11)}`),
    ]),
  );
}

describe('schedule: the reference notice (seed roster, 2024-04-22)', () => {
  it('at 20/10min runs 52.5 minutes late, with 网络20213 moved past lunch', () => {
    const plan = schedule(seedRoster(), settingsOf());
    expect(segmentsOf(plan)).toEqual({
      杜宇飞: ['08:30:00-10:19:30'],
      何芬: ['10:19:30-11:53:30', '13:30:00-13:40:30'],
      李永江: ['13:40:30-16:17:00'],
      唐小淋: ['16:17:00-17:30:30'],
      朱银先: ['17:30:30-18:52:30'],
    });
    expect(plan.summary).toMatchObject({
      classes: 30,
      people: 1052,
      counselors: 5,
      fits: false,
      overflowSeconds: 3150,
    });
    expect(isoDateTime(plan.summary.end)).toBe('2024-04-22T18:52:30');
    expect(plan.classes.map((c) => c.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('the smallest whole rate that fits is 23/10min, ending 17:43:29', () => {
    const fix = smallestFittingRate(seedRoster(), settingsOf());
    expect(fix && formatThroughput(fix.throughput)).toBe('23/10min');
    expect(fix && isoDateTime(fix.end)).toBe('2024-04-22T17:43:29');
    const plan = schedule(seedRoster(), settingsOf({ throughput: '23/10min' }));
    expect(plan.summary.fits).toBe(true);
    expect(isoDateTime(plan.summary.end)).toBe('2024-04-22T17:43:29');
  });

  it('at 22/10min in roster order it still runs 13.6 minutes late', () => {
    const plan = schedule(seedRoster(), settingsOf({ throughput: '22/10min' }));
    expect(plan.summary.fits).toBe(false);
    expect(Math.round(plan.summary.overflowSeconds / 6) / 10).toBe(13.6);
  });
});

describe('schedule: rules', () => {
  it.each([
    {
      title: 'one class',
      rows: [['软件1', 20, '甲']] as const,
      settings: {},
      expected: ['软件1 08:30:00-08:40:00'],
    },
    {
      title: 'a class that would straddle lunch starts after it; no idle otherwise',
      rows: [
        ['A', 400, '甲'],
        ['B', 30, '甲'],
        ['C', 10, '乙'],
      ] as const,
      settings: {},
      expected: ['A 08:30:00-11:50:00', 'B 13:30:00-13:45:00', 'C 13:45:00-13:50:00'],
    },
    {
      title: 'a class that exactly fills the morning stays in it',
      rows: [
        ['A', 420, '甲'],
        ['B', 2, '甲'],
      ] as const,
      settings: {},
      expected: ['A 08:30:00-12:00:00', 'B 13:30:00-13:31:00'],
    },
    {
      title: "a counselor's classes come together, counselors in order of first appearance",
      rows: [
        ['A1', 2, '甲'],
        ['B1', 2, '乙'],
        ['A2', 2, '甲'],
        ['C1', 2, '丙'],
        ['B2', 2, '乙'],
      ] as const,
      settings: {},
      expected: [
        'A1 08:30:00-08:31:00',
        'A2 08:31:00-08:32:00',
        'B1 08:32:00-08:33:00',
        'B2 08:33:00-08:34:00',
        'C1 08:34:00-08:35:00',
      ],
    },
    {
      title: 'several dates fill in order',
      rows: [
        ['A', 420, '甲'],
        ['B', 540, '乙'],
        ['C', 20, '丙'],
      ] as const,
      settings: { dates: '2024-04-22,2024-04-23' },
      expected: ['A 08:30:00-12:00:00', 'B 13:30:00-18:00:00', 'C 04-23 08:30:00-04-23 08:40:00'],
    },
    {
      title: 'what does not fit runs on past the last session',
      rows: [
        ['A', 420, '甲'],
        ['B', 540, '乙'],
        ['C', 20, '丙'],
      ] as const,
      settings: {},
      expected: ['A 08:30:00-12:00:00', 'B 13:30:00-18:00:00', 'C 18:00:00-18:10:00'],
    },
    {
      title: 'times are exact from the anchor, rounded once (7/min: 8.57 s a person)',
      rows: [
        ['A', 1, '甲'],
        ['B', 1, '甲'],
        ['C', 1, '甲'],
        ['D', 4, '甲'],
      ] as const,
      settings: { throughput: '7/min' },
      expected: ['A 08:30:00-08:30:09', 'B 08:30:09-08:30:17', 'C 08:30:17-08:30:26', 'D 08:30:26-08:31:00'],
    },
  ])('$title', ({ rows, settings, expected }) => {
    expect(timesOf(schedule(rosterOf(rows), settingsOf(settings)))).toEqual(expected);
  });

  it('a class longer than every session is a clear error naming it and its row', () => {
    const roster = rosterOf([
      ['A', 10, '甲'],
      ['大班', 600, '乙'],
    ]);
    let caught: unknown;
    try {
      schedule(roster, settingsOf());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CapturePlanError);
    const [p] = (caught as CapturePlanError).problems;
    expect(p).toMatchObject({
      key: 'classTooLong',
      params: { name: '大班', minutes: 300, longest: 270 },
      where: { row: 3 },
    });
  });

  it('segments split at breaks and dates; a class too long for a morning waits for an afternoon', () => {
    const plan = schedule(
      rosterOf([
        ['A', 400, '甲'],
        ['B', 40, '甲'],
        ['C', 520, '甲'],
        ['D', 20, '甲'],
      ]),
      settingsOf({ dates: '2024-04-22..2024-04-23' }),
    );
    expect(plan.blocks).toHaveLength(1);
    expect(plan.blocks[0]!.segments.map((s) => [s.slot, s.first, s.last])).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [3, 2, 3],
    ]);
    expect(isoDateTime(plan.summary.end)).toBe('2024-04-23T18:00:00');
    expect(plan.summary.fits).toBe(true);
  });

  it('the fit search starts one rate under the capacity bound, since an end half a second late still rounds onto the session end', () => {
    const roster = rosterOf([
      ['A', 3630, '甲'],
      ['B', 3631, '甲'],
    ]);
    const fix = smallestFittingRate(roster, settingsOf({ throughput: '100/min', sessions: '08:00-09:00' }));
    expect(fix && formatThroughput(fix.throughput)).toBe('121/min');
    expect(fix && isoDateTime(fix.end)).toBe('2024-04-22T09:00:00');
  });
});

describe('inputOrder', () => {
  it.each([
    ['grouped', '甲甲乙丙丙', [['1', '2'], ['3'], ['4', '5']]],
    ['one counselor', '甲甲甲', [['1', '2', '3']]],
    ['a counselor again later', '甲乙甲丙乙', [['1', '3'], ['2', '5'], ['4']]],
    [
      'the first counselor again at the end',
      '甲乙乙甲',
      [
        ['1', '4'],
        ['2', '3'],
      ],
    ],
    ['empty', '', []],
  ])('%s: %s', (_, counselors, expected) => {
    const roster = rosterOf([...counselors].map((counselor, i) => [String(i + 1), 20, counselor] as const));
    expect(inputOrder(roster.classes).map((group) => group.map((c) => c.name))).toEqual(expected);
  });
});
