import type { Roster } from '../roster/model.js';
import { MAX_CAPTURE_DAYS, roomsOf, type Settings } from '../settings.js';
import { periodSeconds } from '../throughput.js';
import { DAY, dateToLocalSeconds, type IsoDate, isoDateOf } from '../time.js';
import { type FittingRate, fitsWith, smallestFittingRate } from './fit.js';
import { inputOrder } from './groups.js';

/** What would make a plan that does not fit fit: each remedy alone, every other setting as it is. */
export interface PlanFix {
  /** The smallest whole rate that fits, and when the day then ends. */
  rate?: FittingRate;
  /** The fewest capture days to add at the same sessions, after the last date (see {@link followingDates}). */
  dates?: IsoDate[];
  /** The fewest rooms in all (those of the plan and more at the plan's rate) that fit. */
  rooms?: number;
}

/** The remedies of a roster that does not fit its settings; a remedy no value of which fits is left out. */
export function planFix(roster: Roster, settings: Settings): PlanFix {
  const rate = smallestFittingRate(roster, settings);
  const dates = extraDates(roster, settings);
  const rooms = roomsToFit(roster, settings);
  return {
    ...(rate ? { rate } : {}),
    ...(dates ? { dates } : {}),
    ...(rooms === undefined ? {} : { rooms }),
  };
}

/**
 * The first `count` capture days after the last date: weekdays only, unless a date of the plan is a Saturday or Sunday
 * already (then the office works weekends, and every day counts).
 */
export function followingDates(dates: readonly IsoDate[], count: number): IsoDate[] {
  const weekends = dates.some((d) => isWeekend(dateToLocalSeconds(d)!));
  const following: IsoDate[] = [];
  for (let t = dateToLocalSeconds(dates[dates.length - 1]!)! + DAY; following.length < count; t += DAY)
    if (weekends || !isWeekend(t)) following.push(isoDateOf(t));
  return following;
}

/** True when local midnight `t` starts a Saturday or a Sunday (1970-01-01, day 0, was a Thursday). */
function isWeekend(t: number): boolean {
  return (Math.floor(t / DAY) + 3) % 7 >= 5; // 0 Monday … 6 Sunday
}

/** The fewest days after the last date that make the roster fit (the plan at most 366 dates), or undefined. */
function extraDates(roster: Roster, settings: Settings): IsoDate[] | undefined {
  const perDay = peoplePerDay(settings, roomsOf(settings).map(peoplePerSecond));
  const short = people(roster) / perDay - settings.dates.length;
  const count = fewest(Math.max(1, Math.ceil(short) - 1), MAX_CAPTURE_DAYS - settings.dates.length, (k) =>
    fitsWith(roster, { ...settings, dates: [...settings.dates, ...followingDates(settings.dates, k)] }),
  );
  return count === undefined ? undefined : followingDates(settings.dates, count);
}

/**
 * The fewest rooms in all that make the roster fit, the plan's rooms kept and more added at the plan's rate; undefined
 * when even a room per counselor does not (a counselor's classes stay in one room). Counselors are assigned to the
 * rooms longest-first, which costs one schedule a try (the full assignment tries moves between every pair of rooms);
 * what fits so fits the scheduler too. On a small roster the full assignment then tries one room fewer, and fewer.
 */
function roomsToFit(roster: Roster, settings: Settings): number | undefined {
  const rooms = roomsOf(settings);
  const counselors = inputOrder(roster.classes).length;
  const days = settings.dates.length;
  const added = peoplePerDay(settings, [peoplePerSecond(settings)]) * days;
  const short = (people(roster) - peoplePerDay(settings, rooms.map(peoplePerSecond)) * days) / added;
  const from = Math.max(1, Math.ceil(short) - 1);
  const withMore = (k: number): Settings => ({
    ...settings,
    rooms: [
      ...rooms,
      ...Array.from({ length: k }, (_, i) => ({ name: `#${rooms.length + i + 1}`, throughput: settings.throughput })),
    ],
  });
  let count = fewest(from, counselors - rooms.length, (k) => fitsWith(roster, withMore(k), true));
  if (count === undefined) return undefined;
  if (counselors * roster.classes.length <= FULL_SEARCH_LIMIT)
    while (count > from && fitsWith(roster, withMore(count - 1))) count--;
  return rooms.length + count;
}

/**
 * The least n from `from` to `most` for which `fits(n)`, searched by doubling steps and then halving the last one:
 * few schedules even when many days or rooms are needed. Fitting is nearly monotonic in days and rooms; the answer is
 * always one that was seen to fit.
 */
function fewest(from: number, most: number, fits: (n: number) => boolean): number | undefined {
  let failed = from - 1;
  let stride = 1;
  let n = Math.min(from, most);
  while (n >= from && !fits(n)) {
    if (n === most) return undefined;
    failed = n;
    n = Math.min(most, failed + stride);
    stride *= 2;
  }
  if (n < from) return undefined;
  while (n - failed > 1) {
    const mid = Math.floor((failed + n) / 2);
    if (fits(mid)) n = mid;
    else failed = mid;
  }
  return n;
}

/** Counselors × classes up to which the rooms found longest-first are checked against the full assignment. */
const FULL_SEARCH_LIMIT = 50_000;

function people(roster: Roster): number {
  return roster.classes.reduce((sum, c) => sum + c.headcount, 0);
}

function peoplePerSecond(room: Pick<Settings, 'throughput'>): number {
  return room.throughput.people / periodSeconds(room.throughput);
}

/** How many people a day's sessions hold at the given rooms' rates: a bound no schedule can beat. */
function peoplePerDay(settings: Settings, rates: readonly number[]): number {
  const seconds = settings.sessions.reduce((sum, s) => sum + s.end - s.start, 0) - (settings.reserve ?? 0);
  return seconds * rates.reduce((sum, r) => sum + r, 0);
}
