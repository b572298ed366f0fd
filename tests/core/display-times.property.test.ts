import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayTimes } from '../../src/core/notice/display-times.js';
import type { Plan, Segment } from '../../src/core/schedule/plan.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { scheduledPart } from '../../src/core/schedule/unscheduled.js';
import type { Settings } from '../../src/core/settings.js';
import { DAY, dateToLocalSeconds, isoDateOf } from '../../src/core/time.js';
import { sessionsArb } from '../arbitraries.js';
import { rosterOf, settingsOf } from '../helpers.js';
import { caseArb, ROOM_NAMES } from './schedule-rooms-cases.js';
import { planOrError } from './schedule-rooms-plan.js';

const STEPS = [1, 5, 10, 15, 30] as const;
const stepArb = fc.constantFrom(...STEPS);

/** The scheduled parts of one room's segments in one slot, in order, with the segment each was cut from. */
function sessionsOf(plan: Plan): { slot: number; parts: { segment: Segment; start: number; end: number }[] }[] {
  const groups = new Map<string, { slot: number; parts: { segment: Segment; start: number; end: number }[] }>();
  for (const block of plan.blocks) {
    for (const segment of block.segments) {
      const part = scheduledPart(plan, segment);
      if (!part) continue;
      const key = `${block.room} ${segment.slot}`;
      const group = groups.get(key) ?? { slot: segment.slot, parts: [] };
      group.parts.push({ segment, start: part.start, end: part.end });
      groups.set(key, group);
    }
  }
  return [...groups.values()].map((g) => ({ ...g, parts: g.parts.sort((a, b) => a.start - b.start) }));
}

/**
 * The rules of the shown times: within the session, positive length, no overlap, shared boundaries shared, an end
 * before a gap or a break never earlier than the truth, and every shown time within one step of the exact one. At
 * --round 1 that last rule cannot hold when parts shorter than a minute crowd a session (7:00:00, 7:00:07 and 7:00:13
 * cannot show as three different minutes each within a minute of the truth): there it is checked for sessions whose
 * parts last a minute or more, where the minute grid always keeps it.
 */
function checkShownTimes(plan: Plan, step: number): void {
  const display = displayTimes(plan, step);
  const shownSegments = plan.blocks.flatMap((b) => b.segments).filter((s) => scheduledPart(plan, s));
  expect(display.size).toBe(shownSegments.length);
  for (const { slot, parts } of sessionsOf(plan)) {
    const { midnight, start: from, end: to } = plan.slots[slot]!;
    const [S, E] = [from - midnight, to - midnight];
    const long = parts.every((p) => p.end - p.start >= 60);
    parts.forEach((p, i) => {
      const shown = display.get(p.segment)!;
      const exact = { start: p.start - midnight, end: p.end - midnight };
      const what = JSON.stringify({ exact, shown, S, E, step });
      expect(shown.start, what).toBeGreaterThanOrEqual(S);
      expect(shown.end, what).toBeLessThanOrEqual(E);
      expect(shown.end, what).toBeGreaterThan(shown.start);
      const previous = parts[i - 1];
      if (previous) {
        const before = display.get(previous.segment)!;
        if (previous.end === p.start) expect(shown.start, what).toBe(before.end);
        else expect(shown.start, what).toBeGreaterThanOrEqual(before.end);
      }
      const next = parts[i + 1];
      if (!next || next.start !== p.end) expect(shown.end, what).toBeGreaterThanOrEqual(exact.end);
      if (step === 1 && !long) return;
      expect(Math.abs(shown.start - exact.start), what).toBeLessThanOrEqual(step * 60);
      expect(Math.abs(shown.end - exact.end), what).toBeLessThanOrEqual(step * 60);
    });
  }
}

const FIRST = dateToLocalSeconds('2024-04-22')!;

/**
 * Fast rates (a person every 3–15 seconds, 540/h among them), sessions at any minute (bounds off every grid), small
 * and tiny classes, 1–3 rooms, 1–2 days: short segments crowding the sessions, as a campus roster has them.
 */
const fastCaseArb = fc
  .record({
    perHour: fc.oneof(fc.constant(540), fc.integer({ min: 240, max: 1200 })),
    sessions: sessionsArb,
    days: fc.integer({ min: 1, max: 2 }),
    rooms: fc.integer({ min: 1, max: 3 }),
    changeover: fc.constantFrom(0, 0, 60, 300),
    rows: fc.array(
      fc.record({
        headcount: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 200 })),
        counselor: fc.constantFrom('甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'),
      }),
      { minLength: 1, maxLength: 40 },
    ),
  })
  .map(({ perHour, sessions, days, rooms, changeover, rows }) => {
    const throughput = { people: perHour, count: 1, unit: 'h' as const };
    const settings: Settings = {
      throughput,
      sessions,
      dates: Array.from({ length: days }, (_, i) => isoDateOf(FIRST + i * DAY)),
      ...(rooms > 1 ? { rooms: ROOM_NAMES.slice(0, rooms).map((name) => ({ name, throughput })) } : {}),
      ...(changeover ? { changeover } : {}),
    };
    return { settings, rows: rows.map((r, i) => [`班${i + 1}`, r.headcount, r.counselor] as const) };
  });

describe('displayTimes: properties', () => {
  it('fast rates and short segments: shown times stay in the session, keep their length, order and boundaries', () => {
    fc.assert(
      fc.property(fastCaseArb, stepArb, ({ settings, rows }, step) => {
        checkShownTimes(schedule(rosterOf(rows), settings), step);
      }),
      { numRuns: 300 },
    );
  });

  it('rooms, rates per room, changeovers, reserves, availability and pins: the same rules', () => {
    const arb = caseArb({
      rooms: [1, 3],
      order: 'input',
      constraints: 'sometimes',
      changeover: true,
      maxCounselors: 7,
      maxClasses: 30,
    });
    fc.assert(
      fc.property(arb, stepArb, (c, step) => {
        const plan = planOrError(c);
        if (plan) checkShownTimes(plan, step);
      }),
      { numRuns: 200 },
    );
  });

  // The real 540/h roster, 09:00–12:10: the last group, two people, once showed 12:10–12:20 under a "✓".
  it.each(STEPS)('540/h over 09:00-12:10, a last group of two people (--round %i)', (step) => {
    const plan = schedule(
      rosterOf([
        ['A1', 300, '甲'],
        ['A2', 300, '甲'],
        ['A3', 200, '甲'],
        ['B1', 300, '乙'],
        ['B2', 300, '乙'],
        ['C1', 306, '丙'],
        ['D1', 2, '丁'],
      ]),
      settingsOf({ throughput: '540/h', sessions: '09:00-12:10' }),
    );
    expect(plan.summary.fits).toBe(true);
    checkShownTimes(plan, step);
    const last = displayTimes(plan, step).get(plan.blocks[3]!.segments[0]!)!;
    expect(last.end).toBe((12 * 60 + 10) * 60);
  });

  // Counselors of 15 minutes each at --round 30 once pushed each other a step later, to 15:00 in a 12:10 session.
  it('540/h, twelve short counselors at --round 30: shown on the quarter hours where they crowd, within 12:10', () => {
    const groups = [
      [50, 35, 2, 45],
      [56, 38, 26, 40],
      [56, 44, 59, 31],
      [39, 21, 40, 46],
      [17, 1, 21, 51],
      [300, 300],
      [100, 100, 100],
      [45, 28, 6, 1],
    ];
    const rows = groups.flatMap((g, k) => g.map((n, i) => [`${k}-${i}`, n, `辅导员${k}`] as const));
    const plan = schedule(rosterOf(rows), settingsOf({ throughput: '540/h', sessions: '09:00-12:10' }));
    checkShownTimes(plan, 30);
    const display = displayTimes(plan, 30);
    const shown = plan.blocks.map((b) => display.get(b.segments[0]!)!);
    expect(shown.map((t) => `${t.start / 60}-${t.end / 60}`)).toEqual([
      '540-555',
      '555-570',
      '570-600',
      '600-615',
      '615-630',
      '630-690',
      '690-720',
      '720-730',
    ]);
  });
});
