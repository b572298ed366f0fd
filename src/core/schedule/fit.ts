import { maxOf, minOf } from '../arrays.js';
import { CapturePlanError } from '../errors.js';
import type { Roster } from '../roster/model.js';
import { roomsOf, type Settings } from '../settings.js';
import { periodSeconds, type Throughput } from '../throughput.js';
import type { LocalSeconds } from '../time.js';
import type { DayEnd } from './plan.js';
import { scheduledEnd } from './schedule.js';
import { slotsOf } from './slot.js';

/** The smallest whole rate (in the user's unit) at which the roster fits, and when the day then ends. */
export interface FittingRate {
  throughput: Throughput;
  end: LocalSeconds;
}

const MAX_TRIES = 5000;

/**
 * Searches upward from the given rate for the first whole rate that fits. Fitting is not monotonic in the rate
 * (a faster class may still straddle a break), so every rate is tried in turn, starting at the
 * bound below which the people cannot fit in the sessions at all. A rate is first asked only whether some order fits
 * (with --order optimize the exact search stops at the first fitting plan and drops every state whose people left
 * outlast the sessions left); only the rate found is then scheduled in full, for the end the plan will have.
 */
export function smallestFittingRate(roster: Roster, settings: Settings): FittingRate | undefined {
  const slots = slotsOf(settings);
  const rooms = roomsOf(settings).length;
  const capacity = slots.reduce((sum, s) => sum + (s.end - s.start), 0) * rooms;
  const people = roster.classes.reduce((sum, c) => sum + c.headcount, 0);
  const period = periodSeconds(settings.throughput);
  const longestSession = maxOf(slots.map((s) => s.end - s.start));
  const largestClass = maxOf(
    roster.classes.map((c) => c.headcount),
    0,
  );
  // one below the capacity bound: `fits` compares whole seconds, so an end up to half a second late still fits
  const from = Math.max(
    1,
    Math.ceil((people * period) / capacity) - 1,
    Math.ceil((largestClass * period) / longestSession),
  );
  for (let n = from; n < from + MAX_TRIES; n++) {
    const throughput = { ...settings.throughput, people: n };
    const at = withRate(settings, throughput);
    if (beyondCapacity(roster, at)) continue;
    const some = tryToSchedule(roster, at, false, true);
    if (!some?.fits) continue;
    const result = settings.order === 'optimize' ? tryToSchedule(roster, at) : some;
    if (result?.fits) return { throughput, end: result.end };
  }
  return undefined;
}

/** The settings at another rate: every room that ran at the plan's rate runs at the new one. */
function withRate(settings: Settings, throughput: Throughput): Settings {
  const rooms = settings.rooms?.map((r) => (r.throughput === settings.throughput ? { ...r, throughput } : r));
  return { ...settings, throughput, ...(rooms ? { rooms } : {}) };
}

/**
 * True when the roster fits these settings (false too when their constraints cannot be met); `quick` assigns rooms
 * longest-first only, so what fits then fits the full search too.
 */
export function fitsWith(roster: Roster, settings: Settings, quick = false): boolean {
  if (beyondCapacity(roster, settings)) return false;
  return tryToSchedule(roster, settings, quick, true)?.fits ?? false;
}

/**
 * True when the roster's people plainly exceed what the sessions of every room hold, even all at the fastest room's
 * rate: no schedule can fit, so none is run. Each run of classes rounds its end to a second, so a class may take up
 * to half a second less than its people say (one second more is allowed for the doubles' rounding).
 */
export function beyondCapacity(roster: Roster, settings: Settings): boolean {
  const rooms = roomsOf(settings);
  const seconds = slotsOf(settings).reduce((sum, s) => sum + (s.end - s.start), 0);
  const perPerson = minOf(rooms.map((r) => periodSeconds(r.throughput) / r.throughput.people));
  let people = 0;
  for (const c of roster.classes) people += c.headcount;
  return people * perPerson - roster.classes.length / 2 > seconds * rooms.length + 1;
}

/** The day's end, or undefined when the constraints cannot be met at this rate (a faster one may meet them). */
function tryToSchedule(roster: Roster, settings: Settings, quick = false, fitOnly = false): DayEnd | undefined {
  try {
    return scheduledEnd(roster, settings, quick, fitOnly);
  } catch (error) {
    if (error instanceof CapturePlanError) return undefined;
    throw error;
  }
}
