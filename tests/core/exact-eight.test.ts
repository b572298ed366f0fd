import { describe, expect, it } from 'vitest';
import { planFix } from '../../src/core/schedule/fix.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { formatThroughput } from '../../src/core/throughput.js';
import { rosterOf, settingsOf } from '../helpers.js';

/** The bench's roster: 8 counselors × 8 classes of 10–49 people from a fixed seed (scripts/bench-optimize.mjs). */
function eightByEight() {
  let seed = 3;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const rows: [string, number, string][] = [];
  for (let c = 0; c < 8; c++)
    for (let k = 0; k < 8; k++) rows.push([`班${c}-${k}`, 10 + Math.floor(next() * 40), `导${c}`]);
  return rosterOf(rows);
}

const optimize = (throughput: string, dates?: string) => ({
  ...settingsOf({ throughput, ...(dates ? { dates } : {}) }),
  order: 'optimize' as const,
});

describe('8 counselors × 8 classes (issue 16)', () => {
  it.each([
    ['fits', '40/10min', undefined, true],
    ['does not fit', '30/10min', undefined, false],
    // two days: four sessions, so a counselor's classes may go before three breaks
    ['over two days, fits', '20/10min', '2024-04-22..2024-04-23', true],
    ['over two days, does not fit', '18/10min', '2024-04-22..2024-04-23', false],
  ])('%s: the exact search finishes and the order is proved optimal', (_, rate, dates, fits) => {
    const plan = schedule(eightByEight(), optimize(rate, dates));
    expect(plan.summary.fits).toBe(fits);
    expect(plan.optimization?.map((o) => o.optimal)).toEqual([true]);
  });

  it('over two days at 20/10min the proved optimum splits no counselor (the search that gave up split two)', () => {
    const plan = schedule(eightByEight(), optimize('20/10min', '2024-04-22..2024-04-23'));
    expect(plan.optimization?.[0]?.objective).toMatchObject({ overflow: 0, splits: 0 });
  });

  it('the smallest rate is the first one at which the full search fits, with that plan’s end', () => {
    const fix = planFix(eightByEight(), optimize('30/10min'));
    expect(formatThroughput(fix.rate!.throughput)).toBe('38/10min');
    // the rate below does not fit, the rate found does, ending when the fix says
    expect(schedule(eightByEight(), optimize('37/10min')).summary.fits).toBe(false);
    const at = schedule(eightByEight(), optimize('38/10min'));
    expect(at.summary.fits).toBe(true);
    expect(at.summary.end).toBe(fix.rate!.end);
    expect(fix.dates).toEqual(['2024-04-23']);
    expect(fix.rooms).toBe(2);
  });
});

describe('issue 16’s first case: a class order within a counselor decides what fits before lunch', () => {
  // 21 classes, 960 people, 4 counselors at 20/10min: exactly a day's capacity. Found by comparing random rosters with
  // the search before issue 16 (34dd547), which tried counselor orders only: it reported 30 seconds over and optimal.
  const rows: [string, number, string][] = [];
  const counselors: [string, number[]][] = [
    ['甲', [26, 25, 27, 57, 27]],
    ['乙', [67, 50, 59, 42, 41]],
    ['丙', [26, 25, 70, 56, 56]],
    ['丁', [35, 25, 66, 73, 69, 38]],
  ];
  for (const [who, sizes] of counselors) for (const h of sizes) rows.push([`${who}${rows.length + 1}`, h, who]);

  it('fits exactly, ending at 18:00:00, proved optimal, 丁’s 25-person class before its 35-person class', () => {
    const roster = rosterOf(rows);
    expect(roster.classes.reduce((sum, c) => sum + c.headcount, 0)).toBe(960);
    const plan = schedule(roster, optimize('20/10min'));
    expect(plan.summary.fits).toBe(true);
    expect(plan.summary.end).toBe(schedule(roster, settingsOf()).slots.at(-1)!.end);
    expect(plan.optimization?.map((o) => o.optimal)).toEqual([true]);
    const ding = plan.classes.filter((c) => c.counselor === '丁').map((c) => c.headcount);
    expect(ding.indexOf(25)).toBeLessThan(ding.indexOf(35));
  });
});
