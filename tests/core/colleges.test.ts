import { describe, expect, it } from 'vitest';
import { CapturePlanError, type Problem } from '../../src/core/errors.js';
import { collegePlan } from '../../src/core/schedule/college-plan.js';
import { collegeSummaries, hasColleges } from '../../src/core/schedule/colleges.js';
import { inputOrder } from '../../src/core/schedule/groups.js';
import type { Plan } from '../../src/core/schedule/plan.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { type ConstraintSpec, parseRooms, type Settings } from '../../src/core/settings.js';
import { isoDateTime } from '../../src/core/time.js';
import { collegeRosterOf, rosterOf, settingsOf } from '../helpers.js';

type Row = readonly [string, number, string, string];

const clock = (t: number) => isoDateTime(t).slice(11, 16);
/** At 1/min a class of n lasts n minutes. */
const perMinute = (options: { sessions?: string; dates?: string } = {}): Settings =>
  settingsOf({ throughput: '1/min', sessions: options.sessions ?? '08:00-12:00,13:30-18:00', ...options });
/** Each class as "college counselor name room MM-DD start-end". */
const timetable = (plan: Plan) =>
  plan.classes.map(
    (c) =>
      `${c.college} ${c.counselor} ${c.name} ${c.room} ${isoDateTime(c.start).slice(5, 10)} ${clock(c.start)}-${clock(c.end)}`,
  );
/** The problems a schedule fails with. */
function problemsOf(fn: () => unknown): Problem[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof CapturePlanError) return error.problems;
    throw error;
  }
  throw new Error('no error');
}

describe('inputOrder with colleges', () => {
  const cases: { title: string; rows: Row[]; groups: string[] }[] = [
    {
      title: 'a grouped roster is cut where the counselor or the college changes',
      rows: [
        ['c1', 1, '王芳', '文学院'],
        ['c2', 1, '王芳', '文学院'],
        ['c3', 1, '李强', '文学院'],
        ['c4', 1, '李强', '理学院'],
      ],
      groups: ['文学院 王芳: c1 c2', '文学院 李强: c3', '理学院 李强: c4'],
    },
    {
      title: "a college's rows apart: the college is brought together where it first appears",
      rows: [
        ['c1', 1, '王芳', '文学院'],
        ['c2', 1, '李强', '理学院'],
        ['c3', 1, '张伟', '文学院'],
        ['c4', 1, '刘洋', '工学院'],
      ],
      groups: ['文学院 王芳: c1', '文学院 张伟: c3', '理学院 李强: c2', '工学院 刘洋: c4'],
    },
    {
      title: "a counselor's rows apart within the college: counselors by first appearance, rows in file order",
      rows: [
        ['c1', 1, '王芳', '文学院'],
        ['c2', 1, '李强', '文学院'],
        ['c3', 1, '王芳', '文学院'],
        ['c4', 1, '陈静', '理学院'],
      ],
      groups: ['文学院 王芳: c1 c3', '文学院 李强: c2', '理学院 陈静: c4'],
    },
    {
      title: 'two 王芳 of two colleges, rows interleaved: two counselors, each with its own classes',
      rows: [
        ['c1', 1, '王芳', '文学院'],
        ['c2', 1, '王芳', '理学院'],
        ['c3', 1, '王芳', '文学院'],
        ['c4', 1, '王芳', '理学院'],
      ],
      groups: ['文学院 王芳: c1 c3', '理学院 王芳: c2 c4'],
    },
    {
      title: 'two 王芳 of two colleges on adjacent rows are not one run',
      rows: [
        ['c1', 1, '王芳', '文学院'],
        ['c2', 1, '王芳', '理学院'],
      ],
      groups: ['文学院 王芳: c1', '理学院 王芳: c2'],
    },
  ];
  it.each(cases)('$title', ({ rows, groups }) => {
    const order = inputOrder(collegeRosterOf(rows).classes);
    expect(order.map((g) => `${g[0]!.college} ${g[0]!.counselor}: ${g.map((c) => c.name).join(' ')}`)).toEqual(groups);
  });
});

describe('rooms with colleges', () => {
  const cases: { title: string; rows: Row[]; rooms: string; where: Record<string, number> }[] = [
    {
      // by counselor, 王芳 and 李强 would go one to a room and 张伟 after the shorter: the day would end at 09:10
      title: 'two colleges, two rooms: one college to a room, its counselors one after another',
      rows: [
        ['c1', 60, '王芳', '文学院'],
        ['c2', 60, '李强', '文学院'],
        ['c3', 10, '张伟', '理学院'],
      ],
      rooms: 'A,B',
      where: { '文学院 王芳': 0, '文学院 李强': 0, '理学院 张伟': 1 },
    },
    {
      title: 'three colleges, two rooms: every college in one room',
      rows: [
        ['c1', 30, '王芳', '文学院'],
        ['c2', 30, '王芳', '理学院'],
        ['c3', 30, '李强', '理学院'],
        ['c4', 50, '王芳', '工学院'],
      ],
      rooms: 'A,B',
      where: { '文学院 王芳': 0, '理学院 王芳': 1, '理学院 李强': 1, '工学院 王芳': 0 },
    },
    {
      title: "one college, two rooms: fewer colleges than rooms, so the college's counselors are spread",
      rows: [
        ['c1', 60, '王芳', '文学院'],
        ['c2', 60, '李强', '文学院'],
      ],
      rooms: 'A,B',
      where: { '文学院 王芳': 0, '文学院 李强': 1 },
    },
  ];
  it.each(cases)('$title', ({ rows, rooms, where }) => {
    const settings = perMinute();
    const plan = schedule(collegeRosterOf(rows), { ...settings, rooms: parseRooms(rooms, settings.throughput) });
    expect(Object.fromEntries(plan.blocks.map((b) => [`${b.college} ${b.counselor}`, b.room]))).toEqual(where);
  });
});

describe('constraints with colleges', () => {
  const rows: Row[] = [
    ['c1', 30, '王芳', '文学院'],
    ['c2', 30, '李强', '文学院'],
    ['c3', 30, '王芳', '理学院'],
    ['c4', 30, '张伟', '理学院'],
  ];
  const planWith = (constraints: ConstraintSpec, dates?: string) =>
    schedule(collegeRosterOf(rows), { ...perMinute(dates ? { dates } : {}), constraints });

  it("a college's window is kept by every class of the college; the others go first", () => {
    expect(timetable(planWith({ colleges: { 文学院: { available: ['13:30-18:00'] } } }))).toEqual([
      '理学院 王芳 c3 0 04-22 08:00-08:30',
      '理学院 张伟 c4 0 04-22 08:30-09:00',
      '文学院 王芳 c1 0 04-22 13:30-14:00',
      '文学院 李强 c2 0 04-22 14:00-14:30',
    ]);
  });

  it('"学院/姓名" names one of two 王芳: only 理学院\'s waits for the afternoon', () => {
    expect(timetable(planWith({ counselors: { '理学院/王芳': { available: ['13:30-18:00'] } } }))).toEqual([
      '文学院 王芳 c1 0 04-22 08:00-08:30',
      '文学院 李强 c2 0 04-22 08:30-09:00',
      '理学院 张伟 c4 0 04-22 09:00-09:30',
      '理学院 王芳 c3 0 04-22 13:30-14:00',
    ]);
  });

  it("a counselor's and their college's windows both hold: only where they meet", () => {
    const plan = planWith(
      { colleges: { 理学院: { available: ['2024-04-23'] } }, counselors: { 张伟: { available: ['13:30-18:00'] } } },
      '2024-04-22,2024-04-23',
    );
    const day = (name: string) => isoDateTime(plan.classes.find((c) => c.name === name)!.start);
    expect([day('c3').slice(0, 10), day('c4')]).toEqual(['2024-04-23', '2024-04-23T13:30:00']);
  });

  const errors: { title: string; constraints: ConstraintSpec; problems: Pick<Problem, 'key' | 'params'>[] }[] = [
    {
      title: 'a bare name two colleges share is ambiguous, naming both colleges',
      constraints: { counselors: { 王芳: { available: ['13:30-18:00'] } } },
      problems: [{ key: 'ambiguousCounselor', params: { name: '王芳', colleges: ['文学院', '理学院'] } }],
    },
    {
      title: 'a college not in the roster',
      constraints: { colleges: { 医学院: { available: ['13:30-18:00'] } } },
      problems: [{ key: 'unknownCollege', params: { name: '医学院' } }],
    },
    {
      title: 'a "学院/姓名" not in the roster',
      constraints: { counselors: { '医学院/王芳': { available: ['13:30-18:00'] } } },
      problems: [{ key: 'unknownCounselor', params: { name: '医学院/王芳' } }],
    },
    {
      title: 'a college window outside every session',
      constraints: { colleges: { 文学院: { available: ['12:00-13:00'] } } },
      problems: [{ key: 'collegeNeverAvailable', params: { name: '文学院', windows: '12:00-13:00' } }],
    },
    {
      title: 'every problem at once',
      constraints: {
        counselors: { 王芳: { available: ['13:30-18:00'] } },
        colleges: { 医学院: { available: ['13:30-18:00'] } },
      },
      problems: [
        { key: 'ambiguousCounselor', params: { name: '王芳', colleges: ['文学院', '理学院'] } },
        { key: 'unknownCollege', params: { name: '医学院' } },
      ],
    },
  ];
  it.each(errors)('$title', ({ constraints, problems }) => {
    expect(problemsOf(() => planWith(constraints))).toEqual(problems);
  });

  it('a bare name only one college has needs no college', () => {
    const plan = planWith({ counselors: { 李强: { available: ['13:30-18:00'] } } });
    expect(clock(plan.classes.find((c) => c.name === 'c2')!.start)).toBe('13:30');
  });
});

describe('collegePlan and collegeSummaries', () => {
  // one room, 08:00-09:00 on two days at 1/min: 文学院's 40 + 40 + 15 minutes take day 1 and the start of day 2
  const rows: Row[] = [
    ['c1', 40, '王芳', '文学院'],
    ['c2', 40, '王芳', '文学院'],
    ['c3', 15, '李强', '文学院'],
    ['c4', 20, '王芳', '理学院'],
    ['c5', 10, '陈静', '理学院'],
  ];
  const plan = schedule(collegeRosterOf(rows), perMinute({ sessions: '08:00-09:00', dates: '2024-04-22,2024-04-23' }));

  it('the plan as placed', () => {
    expect(timetable(plan)).toEqual([
      '文学院 王芳 c1 0 04-22 08:00-08:40',
      '文学院 王芳 c2 0 04-23 08:00-08:40',
      '文学院 李强 c3 0 04-23 08:40-08:55',
      '理学院 王芳 c4 0 04-23 08:55-09:15',
      '理学院 陈静 c5 0 04-23 09:15-09:25',
    ]);
  });

  it('a college photographed over two days has a run each day', () => {
    expect(collegeSummaries(plan)).toEqual([
      {
        name: '文学院',
        classes: 3,
        people: 95,
        counselors: 2,
        runs: [
          expect.objectContaining({ date: '2024-04-22', first: 0, last: 0, classes: 1, people: 40 }),
          expect.objectContaining({ date: '2024-04-23', first: 1, last: 2, classes: 2, people: 55 }),
        ],
      },
      {
        name: '理学院',
        classes: 2,
        people: 30,
        counselors: 2,
        runs: [expect.objectContaining({ date: '2024-04-23', first: 3, last: 4, classes: 2, people: 30 })],
      },
    ]);
    expect(hasColleges(plan)).toBe(true);
    const without = schedule(rosterOf([['c', 1, '王芳']]), perMinute());
    expect([hasColleges(without), collegeSummaries(without)]).toEqual([false, []]);
  });

  it("collegePlan keeps one college's classes, numbered 1…n, with its own blocks and summary", () => {
    const { plan: mine, origin } = collegePlan(plan, '理学院');
    expect(mine.classes.map((c) => [c.seq, c.name])).toEqual([
      [1, 'c4'],
      [2, 'c5'],
    ]);
    expect(mine.blocks.map((b) => [b.counselor, b.segments.map((s) => [s.first, s.last])])).toEqual([
      ['王芳', [[0, 0]]],
      ['陈静', [[1, 1]]],
    ]);
    expect([...origin.values()]).toEqual([plan.blocks[2]!.segments[0], plan.blocks[3]!.segments[0]]);
    expect(mine.summary).toEqual({
      classes: 2,
      people: 30,
      counselors: 2,
      fits: false,
      overflowSeconds: 25 * 60,
      start: plan.classes[3]!.start,
      end: plan.classes[4]!.end,
      lastSessionEnd: plan.summary.lastSessionEnd,
    });
    expect(mine.optimization).toBeUndefined();
  });
});
