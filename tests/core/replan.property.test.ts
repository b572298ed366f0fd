import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { instantFormatter } from '../../src/core/format.js';
import { labelsFor } from '../../src/core/i18n/labels-for.js';
import { noticeTable } from '../../src/core/notice/notice-table.js';
import { replan } from '../../src/core/replan/replan.js';
import { counselorKey } from '../../src/core/roster/identity.js';
import type { ScheduledClass } from '../../src/core/schedule/plan.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { parseDates, parseRooms, type Settings } from '../../src/core/settings.js';
import { clock, isoDateTime, secondsOfDay } from '../../src/core/time.js';
import { sessionsArb, throughputArb } from '../arbitraries.js';
import { rosterOf } from '../helpers.js';

/** A roster of 1–25 classes of 1–45 people among up to 6 counselors, each counselor's rows together or not. */
const rowsArb = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 45 }), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 25 })
  .map((rows) => rows.map(([headcount, c], i) => [`班${i + 1}`, headcount, `辅导员${c}`] as const));

/** A day re-planned: the roster, the settings, which class is done, when it is, who is absent, at what rate. */
const caseArb = fc.record({
  rows: rowsArb,
  throughput: throughputArb,
  sessions: sessionsArb,
  days: fc.integer({ min: 1, max: 2 }),
  rooms: fc.integer({ min: 1, max: 2 }),
  done: fc.double({ min: 0, max: 1, noNaN: true }),
  now: fc.double({ min: 0, max: 1, noNaN: true }),
  absent: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
  rate: fc.constantFrom('measured' as const, 'planned' as const, { people: 13, count: 10, unit: 'min' as const }),
});

const zh = labelsFor('zh');

describe('replan (property)', () => {
  it('keeps the done classes, places every class once, nothing before now, counselors together, absent last, one block and distinct calendar events per counselor', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const roster = rosterOf(c.rows);
        const dates = parseDates(c.days === 1 ? '2024-04-22' : '2024-04-22..2024-04-23');
        const settings: Settings = {
          throughput: c.throughput,
          sessions: c.sessions,
          dates,
          ...(c.rooms > 1 ? { rooms: parseRooms('A,B', c.throughput) } : {}),
        };
        const before = attempt(() => schedule(roster, settings));
        fc.pre(before !== undefined);
        const doneIndex = Math.floor(c.done * before.classes.length * 0.999);
        const done = before.classes[doneIndex]!;
        const now = Math.round(done.end + c.now * (before.summary.end - done.end));
        const notDone = before.classes.filter((x) => x.start > done.start).map((x) => x.name);
        const absent = [...new Set(c.absent.map((a) => notDone[Math.floor(a * notDone.length)]).filter(Boolean))];
        const at = `${isoDateTime(now).slice(0, 10)}T${clock(secondsOfDay(now), true)}`;
        const nowSeconds = now - (now % 60);
        fc.pre(nowSeconds >= before.summary.start);
        const replanned = replan(
          roster,
          before,
          { now: at, done: done.name, absent: absent as string[], rate: c.rate },
          instantFormatter(zh, dates),
        );
        const { plan } = replanned;
        // every class once
        expect(plan.classes.map((x) => x.name).sort()).toEqual(before.classes.map((x) => x.name).sort());
        const old = new Map(before.classes.map((x) => [x.name, x]));
        plan.classes.forEach((x, i) => {
          const was = old.get(x.name)!;
          // done classes unchanged; the rest never before now, nor in another room
          if (replanned.done[i]) expect([x.start, x.end, x.room]).toEqual([was.start, was.end, was.room]);
          else expect(x.start).toBeGreaterThanOrEqual(replanned.now);
          expect(x.room).toBe(was.room);
          expect(replanned.done[i]).toBe(was.start <= done.start);
          expect(replanned.absent[i]).toBe(absent.includes(x.name));
        });
        // one block per counselor, and the calendar events (updated in place by UID) all distinct
        expect(new Set(plan.blocks.map(counselorKey)).size).toBe(plan.blocks.length);
        const events = noticeTable(plan, { lang: 'zh', round: 10, gather: 10 }).events;
        expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
        for (let room = 0; room < plan.rooms.length; room++) {
          const mine = plan.classes
            .map((x, i) => ({ x, absent: replanned.absent[i]! }))
            .filter(({ x }) => x.room === room)
            .sort((a, b) => a.x.start - b.x.start);
          // no overlap in a room
          for (let k = 1; k < mine.length; k++) expect(mine[k]!.x.start).toBeGreaterThanOrEqual(mine[k - 1]!.x.end);
          // absent classes after every other class of the room
          const firstAbsent = mine.findIndex((m) => m.absent);
          if (firstAbsent >= 0) expect(mine.slice(firstAbsent).every((m) => m.absent)).toBe(true);
          // each counselor's other classes one run
          expect(runsOf(mine.filter((m) => !m.absent).map((m) => m.x))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** The plan, or undefined when the generated day is one build refuses too (a class longer than any session). */
function attempt<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch (error) {
    if (error instanceof CapturePlanError) return undefined;
    throw error;
  }
}

/** True when each counselor's classes follow one another (one run each). */
function runsOf(classes: readonly ScheduledClass[]): boolean {
  const seen = new Set<string>();
  let current = '';
  for (const c of classes) {
    const key = counselorKey(c);
    if (key === current) continue;
    if (seen.has(key)) return false;
    seen.add(key);
    current = key;
  }
  return true;
}
