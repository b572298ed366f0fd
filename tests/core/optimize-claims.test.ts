import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import type { Settings } from '../../src/core/settings.js';
import { collegeRosterOf, rosterOf, settingsOf } from '../helpers.js';

/** The error's key and parameters, or undefined when the call succeeds. */
function problemOf(run: () => unknown): { key: string; params: unknown } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!(error instanceof CapturePlanError)) throw error;
    return { key: error.problems[0]!.key, params: error.problems[0]!.params };
  }
}

describe('--order optimize: what it claims is true', () => {
  // found by the oracle: every counselor order was tried with each counselor's classes in roster order (or filling
  // the break), and the plan with 甲 split was called optimal; 甲's 53 and 52 after 乙 and 丙 split no one
  it('class orders count: no counselor split where only another class order avoids it, and that is optimal', () => {
    const roster = collegeRosterOf([
      ['丙1', 36, '丙', 'A'],
      ['丙2', 49, '丙', 'A'],
      ['甲1', 38, '甲', 'B'],
      ['甲2', 53, '甲', 'B'],
      ['甲3', 52, '甲', 'B'],
      ['甲4', 54, '甲', 'B'],
      ['乙1', 13, '乙', 'B'],
      ['乙2', 48, '乙', 'B'],
    ]);
    const settings: Settings = {
      throughput: { people: 13, count: 10, unit: 'min' },
      sessions: [
        { start: 30_000, end: 40_800 },
        { start: 42_600, end: 52_800 },
      ],
      dates: ['2024-04-22'],
      order: 'optimize',
    };
    // a return priced above any idle (the old order: splits before idle) keeps everyone whole, 28.5 minutes idle
    const whole = { returnCost: 600, minVisit: 0, shortCost: 0, reorderGain: 0 };
    const [report] = schedule(roster, { ...settings, weights: whole }).optimization!;
    expect(report).toMatchObject({ optimal: true, objective: { overflow: 0, splits: 0, idle: 1708 } });
    // by default a return costs 15 idle minutes: one lunch return (no visit under 20 minutes) beats 28.5 minutes idle
    const [priced] = schedule(roster, settings).optimization!;
    expect(priced).toMatchObject({
      optimal: true,
      objective: { overflow: 0, splits: 1, returns: 1, shortVisits: 0, idle: 277, cost: 277 + 15 * 60 },
    });
  });

  it('3 counselors at 15/10min, 09:00–11:00 and 14:00–16:00: the lower bound is never above the plan', () => {
    const rows = ['甲', '乙', '丙'].flatMap((c) =>
      [0, 1, 2, 3].map((k) => [`${c}${k}`, [50, 50, 45, 45][k]!, c] as const),
    );
    const plan = schedule(rosterOf(rows), {
      ...settingsOf({ throughput: '15/10min', sessions: '09:00-11:00,14:00-16:00' }),
      order: 'optimize',
    });
    const [report] = plan.optimization!;
    expect(report!.objective.overflow).toBeGreaterThan(0);
    expect(report!.lowerBound.overflow).toBeLessThanOrEqual(report!.objective.overflow);
    expect(report!.lowerBound.splits).toBeLessThanOrEqual(report!.objective.splits);
    expect(report!.lowerBound).toEqual({ overflow: expect.any(Number), splits: 0 });
  });

  // 甲 may come 11:00–14:30 and needs exactly 120 minutes: 60 before lunch and 60 after, which only {50, 70} and
  // {40, 80} give; the earliest-class-first order (50, 40, then 70 after lunch) left 80 past 14:30
  const available = { counselors: { 甲: { available: ['11:00-14:30'] } } };
  const rows = [
    ['乙1', 60, '乙'],
    ['乙2', 60, '乙'],
    ['乙3', 60, '乙'],
    ['甲1', 50, '甲'],
    ['甲2', 40, '甲'],
    ['甲3', 70, '甲'],
    ['甲4', 80, '甲'],
    ['丙1', 50, '丙'],
    ['丙2', 50, '丙'],
  ] as const;
  it.each(['input', 'optimize'] as const)(
    'a counselor whose classes fit only in one division between the sessions is planned (--order %s)',
    (order) => {
      const plan = schedule(rosterOf(rows), { ...settingsOf(), order, constraints: available });
      const mine = plan.classes.filter((c) => c.counselor === '甲');
      const clock = (t: number) => (t % 86_400) / 3600;
      expect(mine).toHaveLength(4);
      for (const c of mine) {
        expect(clock(c.start)).toBeGreaterThanOrEqual(11);
        expect(clock(c.end)).toBeLessThanOrEqual(14.5);
      }
      expect(mine.map((c) => c.headcount).reduce((a, b) => a + b, 0)).toBe(240);
    },
  );

  it('an impossible window says how many minutes are needed and how many there are', () => {
    const constraints = { counselors: { 甲: { available: ['11:00-12:00'] } } };
    expect(problemOf(() => schedule(rosterOf(rows), { ...settingsOf(), order: 'optimize', constraints }))).toEqual({
      key: 'counselorUnplaceable',
      params: { name: '甲', minutes: 120, available: 60 },
    });
  });
});
