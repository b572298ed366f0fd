// The invariants of a plan of issue 6, numbered as in the properties that check them.
import { expect } from 'vitest';
import type { Plan, ScheduledClass } from '../../src/core/schedule/plan.js';
import { periodSeconds, type Throughput } from '../../src/core/throughput.js';
import { type Case, type Row, roomsOf } from './schedule-rooms-cases.js';
import { classesIn, midnightOf, windowsOf } from './schedule-rooms-plan.js';

const exactSeconds = (headcount: number, t: Throughput) => (headcount * periodSeconds(t)) / t.people;
const counselorsOf = (rows: readonly Row[]) => [...new Set(rows.map((r) => r[2]))];

/**
 * 1. Every class exactly once, seq 1..n numbering the timetable's rows by date, then room, then start, each lasting
 * headcount × period / people of its room's rate (±1 s).
 */
function checkClasses(plan: Plan, c: Case): void {
  expect(plan.rooms).toEqual(roomsOf(c.settings));
  expect(plan.classes.map((x) => x.name).sort()).toEqual(c.rows.map((r) => r[0]).sort());
  const bySeq = [...plan.classes].sort((a, b) => a.seq - b.seq);
  expect(bySeq.map((x) => x.seq)).toEqual(c.rows.map((_, i) => i + 1));
  const dateOf = (x: ScheduledClass) => plan.slots[x.slot]!.date;
  for (let i = 1; i < bySeq.length; i++) {
    const [a, b] = [bySeq[i - 1]!, bySeq[i]!];
    const ordered =
      dateOf(a) !== dateOf(b) ? dateOf(a) < dateOf(b) : a.room !== b.room ? a.room < b.room : a.start < b.start;
    expect(ordered).toBe(true);
  }
  const rowOf = new Map(c.rows.map((r) => [r[0], r]));
  for (const x of plan.classes) {
    const row = rowOf.get(x.name)!;
    expect([x.headcount, x.counselor]).toEqual([row[1], row[2]]);
    expect(Number.isInteger(x.room) && x.room >= 0 && x.room < plan.rooms.length).toBe(true);
    expect(x.start).toBeLessThan(x.end);
    expect(Math.abs(x.end - x.start - exactSeconds(x.headcount, plan.rooms[x.room]!.throughput))).toBeLessThanOrEqual(
      1,
    );
  }
  expect(plan.summary.classes).toBe(c.rows.length);
  expect(plan.summary.people).toBe(c.rows.reduce((sum, r) => sum + r[1], 0));
  expect(plan.summary.counselors).toBe(counselorsOf(c.rows).length);
}

/**
 * 2. Slots are the sessions, each day's last shortened by the reserve; a class lies inside its slot, except in the last
 * slot, which may run on past the last session only when the plan says it does not fit. With a changeover, a room's
 * next counselor starts at least that long after the one before, or at a session start.
 */
function checkSlots(plan: Plan, c: Case): void {
  const { settings } = c;
  const reserve = settings.reserve ?? 0;
  const expectedSlots = settings.dates.flatMap((date) =>
    settings.sessions.map((s, i) => [
      midnightOf(date) + s.start,
      midnightOf(date) + s.end - (i === settings.sessions.length - 1 ? reserve : 0),
    ]),
  );
  expect(plan.slots.map((s) => [s.start, s.end])).toEqual(expectedSlots);
  expect(plan.reserved.map((r) => [r.start, r.end])).toEqual(
    reserve > 0
      ? settings.dates.map((d) => [
          midnightOf(d) + settings.sessions.at(-1)!.end - reserve,
          midnightOf(d) + settings.sessions.at(-1)!.end,
        ])
      : [],
  );
  const last = plan.slots.length - 1;
  const lastSessionEnd = plan.slots[last]!.end;
  const end = Math.max(...plan.classes.map((x) => x.end));
  for (const x of plan.classes) {
    const slot = plan.slots[x.slot]!;
    expect(x.start).toBeGreaterThanOrEqual(slot.start);
    if (x.slot !== last) expect(x.end).toBeLessThanOrEqual(slot.end);
    else if (x.end > slot.end) expect(plan.summary.fits).toBe(false);
  }
  expect(plan.summary).toMatchObject({
    end,
    lastSessionEnd,
    fits: end <= lastSessionEnd,
    overflowSeconds: Math.max(0, end - lastSessionEnd),
  });
  expect(plan.summary.start).toBe(Math.min(...plan.classes.map((x) => x.start)));

  const changeover = settings.changeover ?? 0;
  const sessionStarts = new Set(plan.slots.map((s) => s.start));
  plan.rooms.forEach((_, r) => {
    const mine = classesIn(plan, r);
    mine.forEach((b, i) => {
      const a = mine[i - 1];
      if (a && a.counselor !== b.counselor && !sessionStarts.has(b.start))
        expect(b.start - a.end).toBeGreaterThanOrEqual(changeover);
    });
  });
}

/** 3. A counselor's classes are in one room, contiguous in that room's time order; one block per counselor covers them. */
function checkCounselors(plan: Plan): void {
  // Plan order is room by room (4. checks time order inside a room).
  plan.classes.forEach((x, i) => {
    if (i > 0) expect(x.room).toBeGreaterThanOrEqual(plan.classes[i - 1]!.room);
  });
  const indices = new Map<string, number[]>();
  plan.classes.forEach((x, i) => {
    indices.set(x.counselor, [...(indices.get(x.counselor) ?? []), i]);
  });
  for (const [counselor, at] of indices) {
    expect(new Set(at.map((i) => plan.classes[i]!.room)).size, counselor).toBe(1);
    expect(at[at.length - 1]! - at[0]! + 1, `${counselor} contiguous`).toBe(at.length);
  }
  expect(plan.blocks.map((b) => b.counselor).sort()).toEqual([...indices.keys()].sort());
  const covered: number[] = [];
  for (const block of plan.blocks) {
    expect(block.segments.length).toBeGreaterThan(0);
    block.segments.forEach((s, i) => {
      const members = plan.classes.slice(s.first, s.last + 1);
      expect(members.length).toBeGreaterThan(0);
      expect(members.every((x) => x.counselor === block.counselor && x.room === block.room && x.slot === s.slot)).toBe(
        true,
      );
      expect([s.start, s.end]).toEqual([plan.classes[s.first]!.start, plan.classes[s.last]!.end]);
      if (i > 0) expect(s.slot).toBeGreaterThan(block.segments[i - 1]!.slot);
      for (let k = s.first; k <= s.last; k++) covered.push(k);
    });
  }
  expect(covered).toEqual(plan.classes.map((_, i) => i));
}

/** 4. No two classes overlap in a room: in plan order each starts no earlier than the one before ends. */
function checkNoOverlap(plan: Plan): void {
  plan.rooms.forEach((_, r) => {
    const mine = classesIn(plan, r);
    mine.forEach((b, i) => {
      const a = mine[i - 1];
      if (a) {
        expect(b.start).toBeGreaterThanOrEqual(a.end);
        expect(b.slot).toBeGreaterThanOrEqual(a.slot);
      }
    });
  });
}

/** 7. Constraints hold: a constrained counselor's classes lie in their window; a pinned class in its pin. */
function checkConstraints(plan: Plan, c: Case): void {
  const inside = (x: ScheduledClass, windows: { start: number; end: number }[]) =>
    windows.some((w) => x.start >= w.start && x.end <= w.end);
  if (c.availability) {
    const windows = windowsOf(c.availability, c.settings.dates);
    for (const x of plan.classes.filter((x) => x.counselor === c.availability!.counselor))
      expect(inside(x, windows), x.name).toBe(true);
  }
  if (c.pin) {
    const x = plan.classes.find((x) => x.name === c.pin!.name)!;
    expect(inside(x, windowsOf(c.pin, c.settings.dates)), x.name).toBe(true);
  }
}

/** 8b. With the roster order and no constraints, each room keeps the roster order of its counselors and their classes. */
function checkRosterOrder(plan: Plan, c: Case): void {
  plan.rooms.forEach((_, r) => {
    const mine = classesIn(plan, r);
    const counselors = counselorsOf(c.rows).filter((who) => mine.some((x) => x.counselor === who));
    expect(mine.map((x) => x.name)).toEqual(
      counselors.flatMap((who) => c.rows.filter((row) => row[2] === who).map((row) => row[0])),
    );
  });
}

/**
 * 5. With the roster order, no constraints and no changeover: in each room a class starts when the one before ends,
 * unless it did not fit in what was left of that slot (exactly, in integers) nor in any whole slot in between.
 */
export function checkNoIdle(plan: Plan): void {
  const { slots } = plan;
  plan.rooms.forEach((room, r) => {
    const { people } = room.throughput;
    const period = periodSeconds(room.throughput);
    const mine = classesIn(plan, r);
    mine.forEach((b, i) => {
      const a = mine[i - 1];
      if (a && a.slot === b.slot) {
        expect(b.start).toBe(a.end);
        return;
      }
      expect(b.start).toBe(slots[b.slot]!.start);
      if (a)
        expect(a.end * people + b.headcount * period, `${b.name} would have fitted before the break`).toBeGreaterThan(
          slots[a.slot]!.end * people,
        );
      for (let s = a ? a.slot + 1 : 0; s < b.slot; s++) {
        expect(b.headcount * period, `${b.name} would have fitted slot ${s}`).toBeGreaterThan(
          (slots[s]!.end - slots[s]!.start) * people,
        );
      }
    });
  });
}

/** The invariants every plan of the case keeps; 8b and 5 only with the roster order and no constraints. */
export function checkPlan(plan: Plan, c: Case): void {
  checkClasses(plan, c);
  checkSlots(plan, c);
  checkCounselors(plan);
  checkNoOverlap(plan);
  checkConstraints(plan, c);
  if (!c.settings.constraints && c.settings.order !== 'optimize') {
    checkRosterOrder(plan, c);
    if ((c.settings.changeover ?? 0) === 0) checkNoIdle(plan);
  }
}
