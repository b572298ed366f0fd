// Random one-room instances for the oracle: rates near the day's capacity, 1–3 sessions on 1–2 dates, changeovers,
// colleges and availability windows, each both as an oracle instance and as the roster and settings the tool reads.
import fc from 'fast-check';
import type { Roster } from '../../src/core/roster/model.js';
import type { Settings } from '../../src/core/settings.js';
import { dateToLocalSeconds } from '../../src/core/time.js';
import { collegeRosterOf, rosterOf } from '../helpers.js';
import { ORACLE_DEFAULTS, type OracleInstance, sequenceCount } from './schedule-oracle.js';

/** One instance, both ways. */
export interface Case {
  inst: OracleInstance;
  roster: Roster;
  settings: Settings;
}

const NAMES = ['甲', '乙', '丙', '丁', '戊', '己'];
const DATES = ['2024-04-22', '2024-04-23'];
const MAX_SEQUENCES = 1_200;
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const raw = fc.record({
  classes: fc.array(fc.array(fc.integer({ min: 5, max: 60 }), { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 6,
  }),
  sessions: fc.array(fc.record({ gap: fc.integer({ min: 3, max: 8 }), length: fc.integer({ min: 6, max: 18 }) }), {
    minLength: 1,
    maxLength: 3,
  }),
  days: fc.integer({ min: 1, max: 2 }),
  load: fc.integer({ min: 60, max: 130 }),
  changeover: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 10 })),
  colleges: fc.array(fc.constantFrom('A', 'B'), { minLength: 6, maxLength: 6 }),
  withColleges: fc.boolean(),
  windows: fc.array(
    fc.record({ who: fc.nat(5), from: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 6, max: 30 }) }),
    { maxLength: 2 },
  ),
  withWindows: fc.integer({ min: 0, max: 9 }),
  // the defaults (not written) half the time, else weights of the planner's own, some terms off
  weights: fc.option(
    fc.record({
      returnCost: fc.constantFrom(0, 5, 15, 40, 600),
      minVisit: fc.constantFrom(0, 20, 45),
      shortCost: fc.constantFrom(0, 30, 60),
      reorderGain: fc.constantFrom(0, 0, 10, 20, 60),
    }),
    { freq: 2 },
  ),
});

/** Instances of 1–6 counselors × 1–4 classes whose sequences the oracle can place in a few milliseconds. */
export const caseArb: fc.Arbitrary<Case> = raw.map((r) => {
  const classes = r.classes.map((c) => [...c]);
  const counselorCount = classes.length;
  // sessions in tens of minutes from 07:30, each after the one before
  let at = 45;
  const sessions = r.sessions.map((s) => {
    const start = at + s.gap;
    at = start + s.length;
    return { start: start * 10, end: at * 10 };
  });
  const dates = DATES.slice(0, r.days);
  const capacity = sessions.reduce((sum, s) => sum + s.end - s.start, 0) * r.days;
  const longest = Math.max(...sessions.map((s) => s.end - s.start));
  const people = classes.flat().reduce((a, b) => a + b, 0);
  const biggest = Math.max(...classes.flat());
  // people per 10 minutes so the day is `load` % full, fast enough for the biggest class to fit the longest session
  const rate = Math.max(1, Math.round((people * 10 * 100) / (capacity * r.load)), Math.ceil((biggest * 10) / longest));
  const order = NAMES.slice(0, counselorCount).map((name, i) => ({ name, i, college: r.colleges[i]! }));
  if (r.withColleges) order.sort((a, b) => a.college.localeCompare(b.college) || a.i - b.i);
  const windows = new Map<number, { from: number; length: number }>();
  if (r.withWindows >= 7) for (const w of r.windows) windows.set(w.who % counselorCount, w);
  const midnights = dates.map((d) => dateToLocalSeconds(d)!);
  // with windows the roster order is placed by the tool's own rules, which the oracle does not copy: no threshold
  const given = r.weights ?? (windows.size > 0 ? ORACLE_DEFAULTS : undefined);
  const weights = given && windows.size > 0 ? { ...given, reorderGain: 0 } : given;
  const inst: OracleInstance = {
    ...(weights ? { weights } : {}),
    slots: midnights.flatMap((m) => sessions.map((s) => ({ start: m + s.start * 60, end: m + s.end * 60 }))),
    people: rate,
    period: 600,
    changeover: r.changeover * 60,
    counselors: order.map(({ name, i, college }) => {
      const w = windows.get(i);
      return {
        name,
        ...(r.withColleges ? { college } : {}),
        classes: classes[i]!.map((headcount, k) => ({ name: `${name}${k + 1}`, headcount })),
        ...(w
          ? {
              windows: midnights.map((m) => ({
                start: m + (450 + w.from * 10) * 60,
                end: m + (450 + (w.from + w.length) * 10) * 60,
              })),
            }
          : {}),
      };
    }),
  };
  while (sequenceCount(inst) > MAX_SEQUENCES) {
    const longestCounselor = inst.counselors.reduce((a, b) => (b.classes.length > a.classes.length ? b : a));
    longestCounselor.classes.pop();
  }
  const rows = inst.counselors.flatMap((c) =>
    c.classes.map((k) => [k.name, k.headcount, c.name, c.college ?? ''] as const),
  );
  const roster = r.withColleges ? collegeRosterOf(rows) : rosterOf(rows.map(([n, h, c]) => [n, h, c] as const));
  const counselors = Object.fromEntries(
    inst.counselors.flatMap((c, i) => {
      const w = windows.get(order[i]!.i);
      return w
        ? [[c.name, { available: [`${clock(450 + w.from * 10)}-${clock(450 + (w.from + w.length) * 10)}`] }]]
        : [];
    }),
  );
  const settings: Settings = {
    throughput: { people: rate, count: 10, unit: 'min' },
    sessions: sessions.map((s) => ({ start: s.start * 60, end: s.end * 60 })),
    dates,
    changeover: r.changeover * 60,
    ...(Object.keys(counselors).length > 0 ? { constraints: { counselors } } : {}),
    ...(weights ? { weights } : {}),
  };
  return { inst, roster, settings };
});
