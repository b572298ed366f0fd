import { describe, expect, it } from 'vitest';
import { compareObjectives, type Objective } from '../../src/core/schedule/objective.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import type { ObjectiveWeights } from '../../src/core/schedule/weights.js';
import type { Settings } from '../../src/core/settings.js';
import { rosterOf, seedRoster, settingsOf } from '../helpers.js';

const DEFAULTS: ObjectiveWeights = {
  returnCost: 15,
  minVisit: 20,
  shortCost: 60,
  reorderGain: 20,
};

/** 1 person a minute, 09:00–10:00 and 11:00–12:00. */
const hourly = (weights: Partial<ObjectiveWeights>, more: Partial<Settings> = {}): Settings => ({
  ...settingsOf({ throughput: '10/10min', sessions: '09:00-10:00,11:00-12:00' }),
  order: 'optimize',
  weights: { ...DEFAULTS, ...weights },
  ...more,
});

// 甲 45 minutes, then 乙's 30 and 15: in roster order 乙's 30 waits for 11:00 (15 minutes idle, nobody split, ends
// 11:45); 乙's 15 first fills 09:45–10:00 and its 30 follows at 11:00 (乙 returns once, a 15-minute visit, ends 11:30)
const twoWays = rosterOf([
  ['甲1', 45, '甲'],
  ['乙1', 30, '乙'],
  ['乙2', 15, '乙'],
]);

/** Who comes when: each counselor's class start times, hh:mm. */
function starts(settings: Settings, roster = twoWays): string[] {
  const plan = schedule(roster, settings);
  return plan.classes.map(
    (c) => `${c.name} ${new Date((c.start - plan.slots[0]!.midnight) * 1000).toISOString().slice(11, 16)}`,
  );
}

const whole = ['甲1 09:00', '乙1 11:00', '乙2 11:30'];
const split = ['甲1 09:00', '乙2 09:45', '乙1 11:00'];

describe('each term of the objective can change the plan', () => {
  it.each([
    // [term, weights that choose the whole plan, weights with that term at 0, which choose the split plan]
    [
      'returnCost: a return priced above the idle it saves',
      { returnCost: 30, minVisit: 0 },
      { returnCost: 0, minVisit: 0 },
    ],
    ['shortCost: a 15-minute visit costs more', { returnCost: 5, shortCost: 60 }, { returnCost: 5, shortCost: 0 }],
    ['minVisit: what counts as short', { returnCost: 5, minVisit: 20 }, { returnCost: 5, minVisit: 0 }],
    [
      'reorderGain: the roster order kept',
      { returnCost: 5, minVisit: 0 },
      { returnCost: 5, minVisit: 0, reorderGain: 0 },
    ],
  ] as const)('%s', (term, on, off) => {
    // the roster order is kept only when the test is about keeping it
    const keep = term.startsWith('reorder') ? {} : { reorderGain: 0 };
    expect(starts(hourly({ ...keep, ...on }))).toEqual(whole);
    expect(starts(hourly({ ...keep, ...off }))).toEqual(split);
  });

  it('slack: of two plans that cost the same, the one ending earlier (before the changes from the roster)', () => {
    // a return at 15 minutes costs what 15 idle minutes cost: both plans cost 15, the split one ends 15 minutes earlier
    const settings = hourly({ minVisit: 0, reorderGain: 0 });
    expect(starts(settings)).toEqual(split);
    const [report] = schedule(twoWays, settings).optimization!;
    expect(report!.objective).toMatchObject({ cost: 15 * 60, returns: 1, idle: 0 });
  });

  it.each([
    ['overflow first', { overflow: 1, cost: 0, end: 0, changes: 0 }, { overflow: 0, cost: 9e9, end: 9e9, changes: 9 }],
    [
      'then the weighted cost',
      { overflow: 0, cost: 61, end: 0, changes: 0 },
      { overflow: 0, cost: 60, end: 9e9, changes: 9 },
    ],
    [
      'then the end (slack)',
      { overflow: 0, cost: 60, end: 2, changes: 0 },
      { overflow: 0, cost: 60, end: 1, changes: 9 },
    ],
    ['then the changes', { overflow: 0, cost: 60, end: 1, changes: 2 }, { overflow: 0, cost: 60, end: 1, changes: 1 }],
  ])('compareObjectives: %s', (_, worse, better) => {
    const full = (o: Partial<Objective>): Objective =>
      ({ splits: 0, returns: 0, shortVisits: 0, idle: 0, ...o }) as Objective;
    expect(compareObjectives(full(better), full(worse))).toBeLessThan(0);
    expect(compareObjectives(full(worse), full(better))).toBeGreaterThan(0);
  });

  it('counts visits: a counselor who comes three times returns twice (one split counselor)', () => {
    const roster = rosterOf([
      ['甲1', 60, '甲'],
      ['甲2', 60, '甲'],
      ['甲3', 60, '甲'],
    ]);
    const settings = {
      ...hourly({}),
      ...settingsOf({ throughput: '10/10min', sessions: '09:00-10:00,11:00-12:00,13:00-14:00' }),
    };
    const [report] = schedule(roster, { ...settings, order: 'optimize', weights: DEFAULTS }).optimization!;
    expect(report!.objective).toMatchObject({ splits: 1, returns: 2, shortVisits: 0, idle: 0, cost: 2 * 15 * 60 });
  });
});

describe('rooms: the summed cost before the latest end (balance)', () => {
  // two rooms, 09:00–10:00 and 11:00–12:00 at 1 a minute: 甲 50, 乙 50, 丙 10 + 10. Ending earliest puts 丙 after 乙
  // and brings 丙 back at 11:00 for one 10-minute class; by cost 甲 and 乙 share a room and 丙 has the other
  const roster = rosterOf([
    ['甲1', 50, '甲'],
    ['乙1', 50, '乙'],
    ['丙1', 10, '丙'],
    ['丙2', 10, '丙'],
  ]);
  const rate = { people: 10, count: 10, unit: 'min' } as const;
  const rooms = (weights: Partial<ObjectiveWeights>): Settings =>
    hourly(weights, {
      order: 'input',
      rooms: [
        { name: 'A', throughput: rate },
        { name: 'B', throughput: rate },
      ],
    });
  const roomOf = (settings: Settings) => {
    const plan = schedule(roster, settings);
    return ['甲', '乙', '丙'].map((who) => plan.classes.find((c) => c.counselor === who)!.room);
  };

  it.each([
    ['by default nobody returns', DEFAULTS, true],
    ['with returns and short visits free, the latest end wins', { returnCost: 0, shortCost: 0 }, false],
  ] as const)('%s', (_, weights, together) => {
    const [a, b, c] = roomOf(rooms(weights));
    expect(a === b).toBe(together);
    expect(c === a || c === b).toBe(!together);
  });
});

describe('the seed at 25/10min', () => {
  it('keeps the roster order by default (one lunch split, saving under 20 minutes), reorders with reorderGain 0', () => {
    const settings: Settings = { ...settingsOf({ throughput: '25/10min' }), order: 'optimize' };
    const kept = schedule(seedRoster(), settings);
    expect(kept.optimization![0]).toMatchObject({ keptRoster: true, objective: { returns: 1, changes: 0 } });
    expect(kept.optimization![0]!.saving / 60).toBeCloseTo(17.4, 1);
    const reordered = schedule(seedRoster(), { ...settings, weights: { ...DEFAULTS, reorderGain: 0 } });
    expect(reordered.optimization![0]).toMatchObject({ keptRoster: false, objective: { returns: 0 } });
    expect(reordered.classes[0]!.counselor).toBe('何芬');
  });
});
