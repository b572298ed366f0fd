import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import type { Plan } from '../../src/core/schedule/plan.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import type { Settings } from '../../src/core/settings.js';
import { periodSeconds } from '../../src/core/throughput.js';
import { rosterOf } from '../helpers.js';
import { longestSession, planOf, type Row, RUNS, rowsArb, settingsArb, validCaseArb } from './schedule-cases.js';

/** Whether a class of this headcount is longer than the longest session (exact, in integers). */
const tooLong = (headcount: number, s: Settings) =>
  headcount * periodSeconds(s.throughput) > longestSession(s) * s.throughput.people;

/** Any settings and roster, classTooLong included. */
const anyCaseArb = fc.record({ settings: settingsArb, rows: rowsArb(120) });

/** Classes of one counselor that exactly fill 08:00 + 60–240 min at people/min, maybe one more class, and maybe a 13:00–18:00 session. */
const exactFillArb = fc
  .record({
    people: fc.integer({ min: 5, max: 40 }),
    minutes: fc.integer({ min: 60, max: 240 }),
    chunks: fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 10 }),
    extra: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
    afternoon: fc.boolean(),
  })
  .map(({ people, minutes, chunks, extra, afternoon }) => {
    const rows: Row[] = [];
    for (let left = people * minutes, i = 0; left > 0; i++) {
      const headcount = Math.min(left, chunks[i % chunks.length]!);
      rows.push([`班${i + 1}`, headcount, '甲']);
      left -= headcount;
    }
    const sessions = [
      { start: 8 * 3600, end: 8 * 3600 + minutes * 60 },
      ...(afternoon ? [{ start: 13 * 3600, end: 18 * 3600 }] : []),
    ];
    const settings: Settings = { throughput: { people, count: 1, unit: 'min' }, sessions, dates: ['2024-04-22'] };
    return { settings, rows, extra: extra === undefined ? undefined : ([`班${rows.length + 1}`, extra, '甲'] as Row) };
  });

/** The exact duration of a class, in seconds. */
const exactSeconds = (headcount: number, s: Settings) =>
  (headcount * periodSeconds(s.throughput)) / s.throughput.people;

/** People placed in a slot: the slot's run, counted from its start (its anchor). */
const peopleIn = (plan: Plan, slot: number) =>
  plan.classes.filter((x) => x.slot === slot).reduce((sum, x) => sum + x.headcount, 0);

/** Counselors in order of first appearance. */
const counselorsOf = (rows: readonly Row[]) => [...new Set(rows.map((r) => r[2]))];

describe('schedule: properties', () => {
  // classTooLong is thrown exactly when some class is longer than the longest session.
  it('throws classTooLong exactly when a class outlasts the longest session', () => {
    fc.assert(
      fc.property(anyCaseArb, ({ settings, rows }) => {
        const expected = rows.some((r) => tooLong(r[1], settings));
        let caught: unknown;
        try {
          schedule(rosterOf(rows), settings);
        } catch (error) {
          caught = error;
        }
        if (expected) {
          expect(caught).toBeInstanceOf(CapturePlanError);
          expect((caught as CapturePlanError).problems[0]!.key).toBe('classTooLong');
        } else {
          expect(caught).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  // 1. Every class once, seq 1..n, summary counts right.
  it('places every roster class exactly once, numbered 1..n, with a matching summary', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const { plan } = planOf(c);
        expect(plan.classes.map((x) => x.name).sort()).toEqual(c.rows.map((r) => r[0]).sort());
        expect(plan.classes.map((x) => x.seq)).toEqual(c.rows.map((_, i) => i + 1));
        for (const x of plan.classes) {
          const row = c.rows.find((r) => r[0] === x.name)!;
          expect([x.headcount, x.counselor]).toEqual([row[1], row[2]]);
        }
        expect(plan.summary.classes).toBe(c.rows.length);
        expect(plan.summary.people).toBe(c.rows.reduce((sum, r) => sum + r[1], 0));
        expect(plan.summary.counselors).toBe(counselorsOf(c.rows).length);
      }),
      RUNS,
    );
  });

  // 2. Each class lasts headcount × period / people within 1 s: every boundary is its run's anchor plus the exact time, rounded once.
  it('gives each class its exact duration within 1 s, with no error accumulating along a run', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const { plan } = planOf(c);
        const peopleBefore = new Map<number, number>(); // people already placed in each slot's run
        for (const x of plan.classes) {
          expect(Math.abs(x.end - x.start - exactSeconds(x.headcount, c.settings))).toBeLessThanOrEqual(1);
          const anchor = plan.slots[x.slot]!.start;
          const before = peopleBefore.get(x.slot) ?? 0;
          expect(Math.abs(x.start - anchor - exactSeconds(before, c.settings))).toBeLessThanOrEqual(0.5);
          expect(Math.abs(x.end - anchor - exactSeconds(before + x.headcount, c.settings))).toBeLessThanOrEqual(0.5);
          peopleBefore.set(x.slot, before + x.headcount);
        }
      }),
      RUNS,
    );
  });

  // 3. Classes are non-empty, in time order, never overlapping; slots never go back.
  it('never overlaps classes and keeps them in time order', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const { plan } = planOf(c);
        plan.classes.forEach((x, i) => {
          expect(x.start).toBeLessThan(x.end);
          const prev = plan.classes[i - 1];
          if (prev) {
            expect(x.start).toBeGreaterThanOrEqual(prev.end);
            expect(x.slot).toBeGreaterThanOrEqual(prev.slot);
          }
        });
      }),
      RUNS,
    );
  });

  // 4. Classes sit inside their slot (only the last slot may run on); fits and overflow follow from the end.
  it('keeps classes inside their slots; only the last slot overflows, and fits/overflow say so', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const { plan } = planOf(c);
        const { slots, summary } = plan;
        const last = slots.length - 1;
        const lastSessionEnd = slots[last]!.end;
        for (const x of plan.classes) {
          const slot = slots[x.slot]!;
          expect(x.start).toBeGreaterThanOrEqual(slot.start);
          if (x.slot !== last) expect(x.end).toBeLessThanOrEqual(slot.end);
          if (x.end > lastSessionEnd) expect(summary.fits).toBe(false);
        }
        // Exactly, before rounding: the run of every slot but the last fits its slot.
        const period = periodSeconds(c.settings.throughput);
        for (let s = 0; s < last; s++) {
          expect(peopleIn(plan, s) * period).toBeLessThanOrEqual(
            (slots[s]!.end - slots[s]!.start) * c.settings.throughput.people,
          );
        }
        const end = plan.classes[plan.classes.length - 1]!.end;
        expect(summary.start).toBe(plan.classes[0]!.start);
        expect(summary.end).toBe(end);
        expect(summary.lastSessionEnd).toBe(lastSessionEnd);
        expect(summary.fits).toBe(end <= lastSessionEnd);
        expect(summary.overflowSeconds).toBe(Math.max(0, end - lastSessionEnd));
      }),
      RUNS,
    );
  });

  // 5. Counselors come one after another (first-appearance order), roster order within; segments tile the blocks.
  it('groups classes by counselor, and segments cover each block once per slot', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const { plan } = planOf(c);
        const counselors = counselorsOf(c.rows);
        expect(plan.blocks.map((b) => b.counselor)).toEqual(counselors);
        const expectedOrder = counselors.flatMap((who) => c.rows.filter((r) => r[2] === who).map((r) => r[0]));
        expect(plan.classes.map((x) => x.name)).toEqual(expectedOrder);

        let next = 0;
        for (const block of plan.blocks) {
          expect(block.segments.length).toBeGreaterThan(0);
          block.segments.forEach((s, i) => {
            expect(s.first).toBe(next);
            expect(s.last).toBeGreaterThanOrEqual(s.first);
            const members = plan.classes.slice(s.first, s.last + 1);
            expect(members.every((x) => x.counselor === block.counselor && x.slot === s.slot)).toBe(true);
            expect(s.start).toBe(plan.classes[s.first]!.start);
            expect(s.end).toBe(plan.classes[s.last]!.end);
            if (i > 0) expect(s.slot).toBeGreaterThan(block.segments[i - 1]!.slot);
            next = s.last + 1;
          });
        }
        expect(next).toBe(plan.classes.length);
      }),
      RUNS,
    );
  });

  // 6. No idle time: a class starts when the previous ends, unless it moves to a later slot because it did not fit.
  it('leaves no idle time except when the next class would straddle a break', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const { plan } = planOf(c);
        const { slots, settings } = plan;
        const period = periodSeconds(settings.throughput);
        const people = settings.throughput.people;
        plan.classes.forEach((b, i) => {
          const a = plan.classes[i - 1];
          if (a && a.slot === b.slot) {
            expect(b.start).toBe(a.end);
            return;
          }
          expect(b.start).toBe(slots[b.slot]!.start);
          // It did not fit in what was left of the previous class's slot (1 s tolerance for rounding; then exactly)...
          if (a) expect(a.end + exactSeconds(b.headcount, settings)).toBeGreaterThan(slots[a.slot]!.end - 1);
          if (a)
            expect((peopleIn(plan, a.slot) + b.headcount) * period).toBeGreaterThan(
              (slots[a.slot]!.end - slots[a.slot]!.start) * people,
            );
          // ...nor in any whole slot it skipped (exact, in integers).
          for (let s = a ? a.slot + 1 : 0; s < b.slot; s++) {
            expect(b.headcount * period).toBeGreaterThan((slots[s]!.end - slots[s]!.start) * people);
          }
        });
      }),
      RUNS,
    );
  });

  // 4–6 at the edge: classes that exactly fill a session stay in it; the next class waits for the next session or overflows.
  it('keeps a class that exactly fills a session in it, and fits a plan that ends exactly at the last session end', () => {
    fc.assert(
      fc.property(exactFillArb, ({ settings, rows, extra }) => {
        const plan = schedule(rosterOf(extra ? [...rows, extra] : rows), settings);
        const [first, second] = plan.slots;
        const filling = plan.classes.slice(0, rows.length);
        expect(filling.every((x) => x.slot === 0)).toBe(true);
        expect(filling[filling.length - 1]!.end).toBe(first!.end);
        const next = plan.classes[rows.length];
        if (second) {
          if (next) expect([next.slot, next.start]).toEqual([1, second.start]);
        } else if (next) {
          expect([next.slot, next.start, plan.summary.fits]).toEqual([0, first!.end, false]);
          expect(plan.summary.overflowSeconds).toBe(next.end - first!.end);
        } else {
          expect([plan.summary.fits, plan.summary.overflowSeconds]).toEqual([true, 0]);
        }
      }),
      RUNS,
    );
  });
});
