import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { instantFormatter } from '../../src/core/format.js';
import { labelsFor } from '../../src/core/i18n/labels-for.js';
import { delaysOf } from '../../src/core/replan/delays.js';
import type { Progress } from '../../src/core/replan/progress.js';
import { replan } from '../../src/core/replan/replan.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { formatThroughput } from '../../src/core/throughput.js';
import { isoDateTime } from '../../src/core/time.js';
import { rosterOf, seedRoster, settingsOf } from '../helpers.js';

const zh = labelsFor('zh');

/** The seed at 20/10min re-planned with the given progress. */
function replanSeed(progress: Partial<Progress>, dates = '2024-04-22') {
  const roster = seedRoster();
  const settings = settingsOf({ dates });
  const before = schedule(roster, settings);
  return replan(
    roster,
    before,
    { now: '10:40', absent: [], rate: 'measured', ...progress },
    instantFormatter(zh, settings.dates),
  );
}

function startOf(replanned: ReturnType<typeof replanSeed>, name: string): string {
  return isoDateTime(replanned.plan.classes.find((c) => c.name === name)!.start);
}

describe('replan: the seed at 20/10min, 软件20217 done at 10:40', () => {
  it.each([
    // rate, class, its new start
    ['planned', '电商20213(专升本)', '2024-04-22T10:40:00'],
    ['measured', '电商20213(专升本)', '2024-04-22T10:40:00'],
    ['planned', '软件20211', '2024-04-22T08:30:00'],
    ['planned', '软件20217', '2024-04-22T09:59:30'], // done: build's time
  ] as const)('at the %s rate %s starts at %s', (rate, name, start) => {
    expect(startOf(replanSeed({ done: '软件20217', rate }), name)).toBe(start);
  });

  it.each([
    ['planned', '20/10min', 20.5],
    ['measured', '16.8/10min', 20.5],
  ] as const)('at the %s rate plans at %s and 何芬 is %s minutes late', (rate, used, minutes) => {
    const replanned = replanSeed({ done: '软件20217', rate });
    expect(formatThroughput(replanned.rate)).toBe(used);
    const delay = delaysOf(replanned, zh, { round: 10, gather: 10 }).find((d) => d.counselor === '何芬')!;
    expect(delay.minutes).toBe(minutes);
  });

  it('measures 219 people in 130 minutes as 16.8 per 10 minutes', () => {
    const { measured } = replanSeed({ done: '软件20217' });
    expect(measured).toEqual({ rate: { people: 16.8, count: 10, unit: 'min' }, people: 219, seconds: 130 * 60 });
  });

  it('says what to send to 何芬, in the notice’s shown times', () => {
    const delays = delaysOf(replanSeed({ done: '软件20217', rate: 'planned' }), zh, { round: 10, gather: 10 });
    expect(delays[0]!.line).toBe(
      '何芬老师：您班级的拍摄时间由 10:20-12:00、13:30-13:40 调整为 10:40-12:00、13:30-14:00（推迟 20.5 分钟），请现在就到场。',
    );
    expect(delays.map((d) => d.counselor)).toEqual(['何芬', '李永江', '唐小淋', '朱银先']);
  });

  it('puts an absent class last, still with its counselor', () => {
    const replanned = replanSeed({ done: '软件20217', absent: ['网络20212'] });
    const last = replanned.plan.classes.at(-1)!;
    expect([last.name, last.counselor]).toEqual(['网络20212', '何芬']);
    expect(replanned.absent.at(-1)).toBe(true);
    expect(replanned.absent.filter(Boolean)).toHaveLength(1);
  });

  it.each([
    [{ now: '12:40' }, 'measured rate falls on the break', '2024-04-22T13:30:00'],
    [{ now: '10:00', done: '软件20215' }, 'ahead of the plan: nothing starts before the done class ends', ''],
  ])('%o: %s', (progress, _, start) => {
    const replanned = replanSeed({ done: '软件20217', ...progress });
    const first = replanned.plan.classes.find((_, i) => !replanned.done[i])!;
    if (start) expect(isoDateTime(first.start)).toBe(start);
    const lastDone = replanned.plan.classes.filter((_, i) => replanned.done[i]).at(-1)!;
    expect(first.start).toBeGreaterThanOrEqual(Math.max(lastDone.end, replanned.now));
  });

  it('reads a date and time on the second day', () => {
    const replanned = replanSeed({ now: '2024-04-23T09:00', done: '软件20217' }, '2024-04-22..2024-04-23');
    expect(isoDateTime(replanned.now)).toBe('2024-04-23T09:00:00');
  });

  it.each([
    [{ done: '软件20271' }, 'replanUnknownClass', { option: '--done', name: '软件20271', suggestion: '软件20211' }],
    [
      { done: '软件20217', absent: ['网络2O212'] },
      'replanUnknownClass',
      { option: '--absent', name: '网络2O212', suggestion: '网络20212' },
    ],
    [{ done: '软件20217', absent: ['软件20212'] }, 'replanDoneAndAbsent', { name: '软件20212' }],
    [{ now: '08:00', done: '软件20217' }, 'replanNowOutside', { value: '08:00', start: '8:30', end: '18:52' }],
    [{ now: '19:00', done: '软件20217' }, 'replanNowOutside', { value: '19:00', start: '8:30', end: '18:52' }],
    [{ now: '25:00' }, 'replanBadNow', { value: '25:00' }],
  ] as const)('refuses %o (%s)', (progress, key, params) => {
    try {
      replanSeed(progress as Partial<Progress>);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CapturePlanError);
      expect((error as CapturePlanError).problems).toEqual([{ key, params }]);
    }
  });
});

describe('replan: an absent class stays in its counselor’s block', () => {
  it('gives 辅导员0 one block whose last segment is the absent 班3', () => {
    const roster = rosterOf([
      ['班1', 10, '辅导员0'],
      ['班2', 10, '辅导员1'],
      ['班3', 10, '辅导员0'],
    ]);
    const settings = settingsOf({ sessions: '08:30-12:00' });
    const before = schedule(roster, settings);
    const { plan } = replan(
      roster,
      before,
      { now: '08:40', done: '班1', absent: ['班3'], rate: 'planned' },
      instantFormatter(zh, settings.dates),
    );
    expect(plan.classes.map((c) => c.name)).toEqual(['班1', '班2', '班3']);
    expect(plan.blocks.map((b) => [b.counselor, b.segments.length])).toEqual([
      ['辅导员0', 2],
      ['辅导员1', 1],
    ]);
  });
});
