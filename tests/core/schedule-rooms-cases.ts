// Random cases for the properties of issue 6 (rooms, --order optimize, constraints, --changeover, --reserve).
import fc from 'fast-check';
import { slotsOf } from '../../src/core/schedule/slot.js';
import type { OrderPolicy, RoomSpec, Session, Settings } from '../../src/core/settings.js';
import { periodSeconds } from '../../src/core/throughput.js';
import { clock, DAY, dateToLocalSeconds, type IsoDate, isoDateOf } from '../../src/core/time.js';
import { sessionsArb, throughputArb } from '../arbitraries.js';

/** Runs per property, where a property gives no count of its own. */
export const RUNS = 100;
const POOL = ['甲', '乙', '丙', '丁', '戊', '己', '庚'];
/** The names of the rooms generated settings may hold, in order. */
export const ROOM_NAMES = ['A1-108', 'A1-109', 'A1-110'];
const FIRST_DATE = dateToLocalSeconds('2024-04-22')!;

/** A roster row: class, headcount, counselor. */
export type Row = readonly [string, number, string];

/** A counselor available in one window (seconds since midnight), on one date or on every date. */
interface Availability {
  counselor: string;
  date?: IsoDate;
  from: number;
  to: number;
}

/** A class pinned to one session window of one plan date. */
interface Pin {
  name: string;
  date: IsoDate;
  from: number;
  to: number;
}

/** Generated settings and roster, with the availability and pin its constraints were made from. */
export interface Case {
  settings: Settings;
  rows: Row[];
  availability?: Availability;
  pin?: Pin;
}

/** 1–3 short sessions (60–180 min, 0–90 min apart) from 08:00, so the day is often full. */
const shortSessionsArb: fc.Arbitrary<Session[]> = fc
  .array(fc.record({ gap: fc.integer({ min: 0, max: 90 }), length: fc.integer({ min: 60, max: 180 }) }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((parts) => {
    let at = 8 * 60;
    return parts.map(({ gap, length }, i) => {
      const start = at + (i === 0 ? 0 : gap);
      at = start + length;
      return { start: start * 60, end: at * 60 };
    });
  });

/** 1–2 consecutive dates from 2024-04-22. */
const datesArb = fc
  .integer({ min: 1, max: 2 })
  .map((n) => Array.from({ length: n }, (_, i) => isoDateOf(FIRST_DATE + i * DAY)));

/** Seconds: often 0, else anything up to max. */
const secondsArb = (max: number) => fc.oneof(fc.constant(0), fc.integer({ min: 1, max }));

export interface CaseOptions {
  /** Fewest and most rooms. */
  rooms: readonly [number, number];
  /** All rooms at one rate (default: either). */
  sameRate?: boolean;
  order: OrderPolicy | 'any';
  constraints: 'never' | 'sometimes';
  changeover: boolean;
  maxCounselors: number;
  maxClasses: number;
}

/** Random settings of the given shape: rate, rooms, sessions, 1–2 dates, order, changeover, reserve. */
export function settingsArb(
  o: Pick<CaseOptions, 'rooms' | 'sameRate' | 'order' | 'changeover'>,
): fc.Arbitrary<Settings> {
  return fc
    .record({
      throughput: throughputArb,
      roomCount: fc.integer({ min: o.rooms[0], max: o.rooms[1] }),
      sameRate: o.sameRate === undefined ? fc.boolean() : fc.constant(o.sameRate),
      otherRates: fc.array(throughputArb, { minLength: 2, maxLength: 2 }),
      namedSingleRoom: fc.boolean(),
      sessions: fc.oneof(sessionsArb, shortSessionsArb),
      dates: datesArb,
      order:
        o.order === 'any'
          ? fc.constantFrom<OrderPolicy | undefined>(undefined, 'input', 'optimize')
          : fc.constant(o.order),
      changeover: o.changeover ? secondsArb(600) : fc.constant(0),
      reserve: secondsArb(1800),
    })
    .map((x) => {
      const rates = [x.throughput, ...(x.sameRate ? [x.throughput, x.throughput] : x.otherRates)];
      const rooms: RoomSpec[] | undefined =
        x.roomCount === 1 && !x.namedSingleRoom
          ? undefined
          : rates.slice(0, x.roomCount).map((throughput, i) => ({ name: ROOM_NAMES[i]!, throughput }));
      const settings: Settings = { throughput: x.throughput, sessions: x.sessions, dates: x.dates };
      if (rooms) settings.rooms = rooms;
      if (x.order) settings.order = x.order;
      if (x.changeover > 0 || x.namedSingleRoom) settings.changeover = x.changeover;
      if (x.reserve > 0) settings.reserve = x.reserve;
      return settings;
    });
}

/** The rooms of the settings, as the plan has them. */
export const roomsOf = (s: Settings): RoomSpec[] =>
  s.rooms && s.rooms.length > 0 ? s.rooms : [{ name: '', throughput: s.throughput }];

/** The largest class that fits the longest slot (after the reserve) in the fastest room, at most 120. */
export function maxHeadcount(s: Settings): number {
  const longest = Math.max(...slotsOf(s).map((x) => x.end - x.start));
  return Math.min(
    120,
    Math.max(...roomsOf(s).map((r) => Math.floor((longest * r.throughput.people) / periodSeconds(r.throughput)))),
  );
}

function rowsArb(maxCounselors: number, maxClasses: number, maxHead: number): fc.Arbitrary<Row[]> {
  const names = fc
    .integer({ min: 1, max: maxCounselors })
    .chain((n) => fc.shuffledSubarray(POOL.slice(0, maxCounselors), { minLength: n, maxLength: n }));
  return names.chain((names) =>
    fc
      .array(fc.record({ headcount: fc.integer({ min: 1, max: maxHead }), counselor: fc.constantFrom(...names) }), {
        minLength: 1,
        maxLength: maxClasses,
        size: 'max',
      })
      .map((rows) => rows.map((r, i): Row => [`班${i + 1}`, r.headcount, r.counselor])),
  );
}

/** A window in whole minutes that overlaps session k (possibly running past it either side). */
function availabilityArb(s: Settings, counselors: readonly string[]): fc.Arbitrary<Availability> {
  return fc
    .record({
      counselor: fc.constantFrom(...counselors),
      session: fc.constantFrom(...s.sessions),
      date: fc.option(fc.constantFrom(...s.dates), { nil: undefined }),
      a: fc.integer({ min: 0, max: 1_000_000 }),
      b: fc.integer({ min: 0, max: 1_000_000 }),
    })
    .map(({ counselor, session, date, a, b }) => {
      const S = session.start / 60;
      const E = session.end / 60;
      const fromLow = Math.max(0, S - 120);
      const from = fromLow + (a % (E - fromLow)); // in [fromLow, E - 1]
      const toLow = Math.max(from + 1, S + 1);
      const toHigh = Math.min(24 * 60, E + 120);
      const to = toLow + (b % (toHigh - toLow + 1)); // in [toLow, toHigh]
      const availability: Availability = { counselor, from: from * 60, to: to * 60 };
      if (date) availability.date = date;
      return availability;
    });
}

function pinArb(s: Settings, names: readonly string[]): fc.Arbitrary<Pin> {
  return fc
    .record({
      name: fc.constantFrom(...names),
      session: fc.constantFrom(...s.sessions),
      date: fc.constantFrom(...s.dates),
    })
    .map(({ name, session, date }) => ({ name, date, from: session.start, to: session.end }));
}

const windowText = (w: { date?: IsoDate; from: number; to: number }) =>
  `${w.date ? `${w.date} ` : ''}${clock(w.from, true)}-${clock(w.to, true)}`;

/** A case of the given shape: settings, a roster whose classes each fit a slot, maybe an availability and a pin. */
export function caseArb(o: CaseOptions): fc.Arbitrary<Case> {
  return settingsArb(o).chain((settings) =>
    rowsArb(o.maxCounselors, o.maxClasses, maxHeadcount(settings)).chain((rows) => {
      if (o.constraints === 'never') return fc.constant<Case>({ settings, rows });
      const counselors = [...new Set(rows.map((r) => r[2]))];
      const none = fc.constant(undefined);
      return fc
        .record({
          availability: fc.oneof(
            { weight: 2, arbitrary: none },
            { weight: 1, arbitrary: availabilityArb(settings, counselors) },
          ),
          pin: fc.oneof(
            { weight: 2, arbitrary: none },
            {
              weight: 1,
              arbitrary: pinArb(
                settings,
                rows.map((r) => r[0]),
              ),
            },
          ),
        })
        .map(({ availability, pin }): Case => {
          if (!availability && !pin) return { settings, rows };
          const constraints: NonNullable<Settings['constraints']> = {};
          if (availability)
            constraints.counselors = { [availability.counselor]: { available: [windowText(availability)] } };
          if (pin) constraints.classes = { [pin.name]: { pinned: windowText(pin) } };
          const c: Case = { settings: { ...settings, constraints }, rows };
          if (availability) c.availability = availability;
          if (pin) c.pin = pin;
          return c;
        });
    }),
  );
}
