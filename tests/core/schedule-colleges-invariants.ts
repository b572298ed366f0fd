// The invariants of a plan of a roster with colleges, checked by schedule-colleges.property.test.ts. Each check builds
// what it compares and asserts once: a property runs them on every class of a few hundred plans.
import { expect } from 'vitest';
import { counselorKey } from '../../src/core/roster/identity.js';
import { collegeSummaries } from '../../src/core/schedule/colleges.js';
import type { Plan, ScheduledClass } from '../../src/core/schedule/plan.js';
import { type CollegeCase, type CollegeRow, windowsOfAvailable } from './schedule-colleges-cases.js';
import { classesIn } from './schedule-rooms-plan.js';

const distinct = <T>(items: readonly T[]) => [...new Set(items)];
const people = (items: readonly { headcount: number }[]) => items.reduce((n, x) => n + x.headcount, 0);
const rowPeople = (rows: readonly CollegeRow[]) => rows.reduce((n, r) => n + r[1], 0);
const dateOf = (plan: Plan, x: ScheduledClass) => plan.slots[x.slot]!.date;

/** 1. Every roster class exactly once, its seq one of 1…n, with its headcount, counselor and college; the summary counts them. */
function checkClasses(plan: Plan, c: CollegeCase): void {
  const rowOf = new Map(c.rows.map((r) => [r[0], r]));
  expect(plan.classes.map((x) => x.name).sort()).toEqual(c.rows.map((r) => r[0]).sort());
  // seq is the printed row: by date, then room, so with rooms over days it need not follow the array
  expect(plan.classes.map((x) => x.seq).sort((a, b) => a - b)).toEqual(c.rows.map((_, i) => i + 1));
  expect(plan.classes.map((x) => [x.name, x.headcount, x.counselor, x.college])).toEqual(
    plan.classes.map((x) => rowOf.get(x.name)),
  );
  expect([plan.summary.classes, plan.summary.people]).toEqual([c.rows.length, rowPeople(c.rows)]);
}

/** The keys whose items are not one contiguous run of the list. */
function brokenRuns(list: readonly ScheduledClass[], key: (x: ScheduledClass) => string): string[] {
  const done = new Set<string>();
  const broken = new Set<string>();
  list.forEach((x, i) => {
    const k = key(x);
    if (i > 0 && key(list[i - 1]!) === k) return;
    if (done.has(k)) broken.add(k);
    done.add(k);
  });
  return [...broken];
}

/**
 * 2. In each room, in time order (so on each date too), each college's classes are one run and each counselor's
 * (college, name) classes are one run; a counselor is in one room.
 */
function checkRuns(plan: Plan): void {
  plan.rooms.forEach((_, r) => {
    const mine = classesIn(plan, r);
    const order = mine.map((x) => `${x.college} ${x.counselor} ${x.name}`).join(', ');
    expect(
      {
        overlaps: mine.filter((x, i) => i > 0 && x.start < mine[i - 1]!.end).map((x) => x.name),
        colleges: brokenRuns(mine, (x) => x.college!),
        counselors: brokenRuns(mine, counselorKey),
      },
      `room ${r}: ${order}`,
    ).toEqual({ overlaps: [], colleges: [], counselors: [] });
  });
  const rooms = distinct(plan.classes.map(counselorKey)).map(
    (key) => distinct(plan.classes.filter((x) => counselorKey(x) === key).map((x) => x.room)).length,
  );
  expect(
    rooms.filter((n) => n !== 1),
    'a counselor in two rooms',
  ).toEqual([]);
}

/**
 * 3. A block holds one counselor of one college: every class of its segments has its name, college and room; the
 * blocks cover every class once; one block per (college, name), so same-name counselors of two colleges have two
 * blocks; the summary counts (college, name) pairs.
 */
function checkBlocks(plan: Plan, rows: readonly CollegeRow[]): void {
  const covered: number[] = [];
  const strangers: string[] = [];
  for (const block of plan.blocks) {
    for (const s of block.segments) {
      for (let k = s.first; k <= s.last; k++) {
        const x = plan.classes[k]!;
        if (x.counselor !== block.counselor || x.college !== block.college || x.room !== block.room)
          strangers.push(`${x.name} in ${block.college} ${block.counselor}`);
        covered.push(k);
      }
    }
  }
  expect(strangers).toEqual([]);
  expect(covered.sort((a, b) => a - b)).toEqual(plan.classes.map((_, i) => i));
  const keys = distinct(rows.map((r) => counselorKey({ counselor: r[2], college: r[3] })));
  expect(plan.blocks.map(counselorKey).sort()).toEqual([...keys].sort());
  expect(plan.summary.counselors).toBe(keys.length);
}

/** 4. With at least as many colleges as rooms (and more than one room), every college is in exactly one room. */
function checkWholeColleges(plan: Plan, c: CollegeCase): void {
  const colleges = distinct(c.rows.map((r) => r[3]));
  if (plan.rooms.length < 2 || colleges.length < plan.rooms.length) return;
  const rooms = colleges.map((college) =>
    distinct(plan.classes.filter((x) => x.college === college).map((x) => x.room)),
  );
  expect(
    rooms.filter((r) => r.length !== 1),
    'a college in two rooms',
  ).toEqual([]);
}

/**
 * 5. The roster order, unconstrained: in each room, its colleges in order of first appearance in the file, each
 * college's counselors in order of first appearance within it, each counselor's classes in file order.
 */
function checkRosterOrder(plan: Plan, c: CollegeCase): void {
  const expected = distinct(c.rows.map((r) => r[3])).flatMap((college) => {
    const rows = c.rows.filter((r) => r[3] === college);
    return distinct(rows.map((r) => r[2])).flatMap((name) => rows.filter((r) => r[2] === name).map((r) => r[0]));
  });
  plan.rooms.forEach((_, r) => {
    const mine = classesIn(plan, r).map((x) => x.name);
    expect(mine).toEqual(expected.filter((name) => mine.includes(name)));
  });
}

/**
 * 6. collegeSummaries: one per college, in order of first class; its runs cover each of its classes once, each run one
 * room and one date, one run per (room, date) it is on; classes, people and counselors add up.
 */
function checkSummaries(plan: Plan, c: CollegeCase): void {
  const summaries = collegeSummaries(plan);
  expect(summaries.map((s) => s.name)).toEqual(distinct(plan.classes.map((x) => x.college!)));
  for (const s of summaries) {
    const rows = c.rows.filter((r) => r[3] === s.name);
    const mine = plan.classes.flatMap((x, i) => (x.college === s.name ? [i] : []));
    const covered = s.runs.flatMap((run) => Array.from({ length: run.last - run.first + 1 }, (_, k) => run.first + k));
    expect(covered.sort((a, b) => a - b)).toEqual(mine);
    const runs = s.runs.map((run) => {
      const members = plan.classes.slice(run.first, run.last + 1);
      return {
        ...run,
        strangers: members.filter((x) => x.college !== s.name || x.room !== run.room || dateOf(plan, x) !== run.date),
        start: members[0]!.start,
        end: members.at(-1)!.end,
        classes: members.length,
        people: people(members),
      };
    });
    expect(s.runs.map((run) => ({ ...run, strangers: [] }))).toEqual(runs);
    expect(s.runs).toHaveLength(
      distinct(mine.map((i) => `${plan.classes[i]!.room} ${dateOf(plan, plan.classes[i]!)}`)).length,
    );
    expect([s.classes, s.people, s.counselors, s.runs.reduce((n, run) => n + run.people, 0)]).toEqual([
      rows.length,
      rowPeople(rows),
      distinct(rows.map((r) => r[2])).length,
      rowPeople(rows),
    ]);
  }
}

/** 7. A constrained college's classes all lie inside its windows. */
function checkWindow(plan: Plan, c: CollegeCase): void {
  if (!c.window) return;
  const windows = windowsOfAvailable(c.window.available);
  const outside = plan.classes.filter(
    (x) => x.college === c.window!.college && !windows.some((w) => x.start >= w.start && x.end <= w.end),
  );
  expect(outside, `outside ${c.window.available.join(', ')}`).toEqual([]);
}

/** The invariants every plan of a college case keeps; 5 only with the roster order and no constraints. */
export function checkCollegePlan(plan: Plan, c: CollegeCase): void {
  checkClasses(plan, c);
  checkRuns(plan);
  checkBlocks(plan, c.rows);
  checkWholeColleges(plan, c);
  checkSummaries(plan, c);
  checkWindow(plan, c);
  if (!c.settings.constraints && c.settings.order !== 'optimize') checkRosterOrder(plan, c);
}
