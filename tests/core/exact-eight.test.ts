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

const optimize = (throughput: string) => ({ ...settingsOf({ throughput }), order: 'optimize' as const });

describe('8 counselors × 8 classes (issue 16)', () => {
  it.each([
    ['fits', '40/10min', true],
    ['does not fit', '30/10min', false],
  ])('%s: the exact search finishes and the order is proved optimal', (_, rate, fits) => {
    const plan = schedule(eightByEight(), optimize(rate));
    expect(plan.summary.fits).toBe(fits);
    expect(plan.optimization?.map((o) => o.optimal)).toEqual([true]);
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
