import { describe, expect, it } from 'vitest';
import type { Roster } from '../../src/core/roster/model.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import type { Settings } from '../../src/core/settings.js';
import { rosterOf } from '../helpers.js';

// Issue 16, rooms: 3 rooms at 8/10min where the assignment chosen on roster-order ends overflows after each room is
// optimized, while another assignment of the same counselors fits all three rooms.
const ROWS: [string, number[]][] = [
  ['T0', [22, 59, 31, 25]],
  ['T1', [59, 45, 21]],
  ['T2', [56, 50, 48]],
  ['T3', [60, 22, 22, 40]],
  ['T4', [26, 59, 23, 40]],
  ['T5', [50, 41, 21]],
  ['T6', [53, 38, 58, 38]],
];
const roster = rosterOf(ROWS.flatMap(([who, sizes]) => sizes.map((n, k) => [`${who}-${k + 1}`, n, who] as const)));
const rate = { people: 8, count: 10, unit: 'min' } as const;
const settings = (order: Settings['order'], rooms: number): Settings => ({
  throughput: rate,
  sessions: [
    { start: 8.5 * 3600, end: 12 * 3600 },
    { start: 13.5 * 3600, end: 18 * 3600 },
  ],
  dates: ['2024-04-22'],
  order,
  ...(rooms > 1 ? { rooms: ['A', 'B', 'C'].slice(0, rooms).map((name) => ({ name, throughput: rate })) } : {}),
});
/**
 * A room's booked seconds until `to` on the day (08:30–12:00, 13:30–18:00), and any time past 18:00: every room's
 * photographer is booked until the latest room ends. The brute force's own count.
 */
function booked(to: number): number {
  const day = Date.UTC(2024, 3, 22) / 1000;
  const sessions = [
    [8.5, 12],
    [13.5, 18],
  ].reduce((sum, [a, b]) => sum + Math.max(0, Math.min(day + b! * 3600, to) - (day + a! * 3600)), 0);
  return sessions + Math.max(0, to - (day + 18 * 3600));
}
const clock = (s: number) => new Date((s % 86400) * 1000).toISOString().slice(11, 19);

/** One room's plan of some counselors: its end, overflow and objective (roster order or optimized). */
function room(members: number[], order: Settings['order']) {
  const names = new Set(members.map((i) => ROWS[i]![0]));
  const sub: Roster = { ...roster, classes: roster.classes.filter((c) => names.has(c.counselor)) };
  const plan = schedule(sub, settings(order, 1));
  const o = plan.optimization?.[0]?.objective;
  return {
    end: plan.summary.end,
    overflow: plan.summary.overflowSeconds,
    splits: o?.splits ?? 0,
    idle: o?.idle ?? 0,
    cost: o?.cost ?? 0,
  };
}

/** Every assignment of the 7 counselors to 3 rooms (the first always in room 0), each room planned one by one. */
function bruteForce(order: Settings['order']) {
  const memo = new Map<string, ReturnType<typeof room>>();
  const planned = (members: number[]) => {
    const key = members.join(',');
    if (!memo.has(key)) memo.set(key, room(members, order));
    return memo.get(key)!;
  };
  const all: { rooms: number[]; end: number; overflow: number; summed: number; cost: number }[] = [];
  for (let code = 0; code < 3 ** 6; code++) {
    const rooms = [0, ...Array.from({ length: 6 }, (_, k) => Math.floor(code / 3 ** k) % 3)];
    const ends = [0, 1, 2].map((r) => rooms.flatMap((x, i) => (x === r ? [i] : []))).filter((m) => m.length > 0);
    all.push({
      rooms,
      end: Math.max(...ends.map((m) => planned(m).end)),
      overflow: Math.max(...ends.map((m) => planned(m).overflow)),
      summed: ends.reduce((sum, m) => sum + planned(m).overflow, 0),
      // each room's returns and short visits at their prices, and all three rooms booked until the latest end
      cost: ends.reduce((sum, m) => sum + planned(m).cost - planned(m).idle, 0),
    });
    const last = all[all.length - 1]!;
    last.cost += 3 * booked(last.end);
  }
  return { all, planned };
}

describe('rooms: the assignment is searched with each room optimized (issue 16)', () => {
  it('3 rooms at 8/10min: the roster-order choice overflows, another assignment fits, and optimize finds one', () => {
    const byInput = bruteForce('input');
    const byOptimize = bruteForce('optimize');
    // the old rule: the assignment whose roster-order rooms end earliest, then each room optimized
    const chosen = byInput.all.reduce((a, b) => (b.end < a.end ? b : a));
    const optimized = byOptimize.all.find((x) => x.rooms.join() === chosen.rooms.join())!;
    expect(optimized.overflow).toBeGreaterThan(0);
    expect(clock(optimized.end)).toBe('18:03:45');
    // brute force: some assignment fits once its rooms are optimized; the best by the rooms' order (overflow summed,
    // then the returns' and short visits' prices plus the rooms' booked time, then the latest end)
    const earliest = byOptimize.all.reduce((a, b) => (b.end < a.end ? b : a));
    expect(earliest.overflow).toBe(0);
    expect(clock(earliest.end)).toBe('17:47:30');
    const rank = (x: (typeof byOptimize.all)[number]) => [x.summed, x.cost, x.end];
    const best = byOptimize.all.reduce((a, b) => {
      const [p, q] = [rank(a), rank(b)];
      return (q[0]! - p[0]! || q[1]! - p[1]! || q[2]! - p[2]!) < 0 ? b : a;
    });
    expect(best.overflow).toBe(0);
    const plan = schedule(roster, settings('optimize', 3));
    expect(plan.summary.fits).toBe(true);
    const cost =
      plan.optimization!.reduce((sum, o) => sum + o.objective.cost - o.objective.idle, 0) +
      3 * booked(plan.summary.end);
    expect([cost, plan.summary.end]).toEqual([best.cost, best.end]);
    expect(plan.roomSearch?.exact).toBe(true);
    expect(plan.roomSearch!.lowerBound).toBeLessThanOrEqual(plan.summary.end);
  });
});
