// Planning a random case of issue 6, and what the plan is measured against.
import { expect } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import type { Roster } from '../../src/core/roster/model.js';
import { inputOrder } from '../../src/core/schedule/groups.js';
import { type Objective, objectiveOf } from '../../src/core/schedule/objective.js';
import { Placement, type RoomQueue } from '../../src/core/schedule/placement.js';
import type { Plan } from '../../src/core/schedule/plan.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { slotsOf } from '../../src/core/schedule/slot.js';
import type { Settings } from '../../src/core/settings.js';
import { periodSeconds } from '../../src/core/throughput.js';
import { dateToLocalSeconds, type IsoDate } from '../../src/core/time.js';
import { rosterOf } from '../helpers.js';
import { type Case, roomsOf } from './schedule-rooms-cases.js';

/** The only errors a plan with constraints may end in. */
const CONSTRAINT_ERRORS = [
  'classTooLong',
  'counselorUnplaceable',
  'classUnplaceable',
  'pinImpossible',
  'neverAvailable',
  'reserveTooLong',
];

/** Local midnight of a plan date, in seconds. */
export const midnightOf = (date: IsoDate) => dateToLocalSeconds(date)!;

/** The windows of an availability or pin on the local timeline. */
export function windowsOf(
  w: { date?: IsoDate; from: number; to: number },
  dates: readonly IsoDate[],
): { start: number; end: number }[] {
  return (w.date ? [w.date] : dates).map((d) => ({ start: midnightOf(d) + w.from, end: midnightOf(d) + w.to }));
}

/** Whether any of the windows meets any slot (the placer's sessions, shortened by the reserve). */
function meetsSlots(windows: { start: number; end: number }[], settings: Settings): boolean {
  return slotsOf(settings).some((s) => windows.some((w) => Math.max(w.start, s.start) < Math.min(w.end, s.end)));
}

/** The constraint errors the case must raise whatever the order: a window that never meets a slot, an empty pin. */
function certainErrors(c: Case): string[] {
  const keys: string[] = [];
  const available = c.availability && windowsOf(c.availability, c.settings.dates);
  if (available && !meetsSlots(available, c.settings)) keys.push('neverAvailable');
  if (c.pin) {
    let pin = windowsOf(c.pin, c.settings.dates);
    const counselor = c.rows.find((r) => r[0] === c.pin!.name)![2];
    if (available && c.availability!.counselor === counselor) {
      pin = pin
        .flatMap((p) => available.map((a) => ({ start: Math.max(p.start, a.start), end: Math.min(p.end, a.end) })))
        .filter((w) => w.start < w.end);
    }
    if (!meetsSlots(pin, c.settings)) keys.push('pinImpossible');
  }
  return keys;
}

/**
 * Schedules the case. Without constraints every generated case must plan. With them, the plan may fail, but only with
 * a constraint error; neverAvailable and pinImpossible exactly when the windows say so.
 */
export function planOrError(c: Case, settings: Settings = c.settings): Plan | undefined {
  const certain = settings.constraints ? certainErrors(c) : [];
  try {
    const plan = schedule(rosterOf(c.rows), settings);
    expect(certain, 'should have failed').toEqual([]);
    return plan;
  } catch (error) {
    if (!settings.constraints) throw error;
    expect(error).toBeInstanceOf(CapturePlanError);
    const keys = (error as CapturePlanError).problems.map((p) => p.key);
    for (const key of keys) expect(CONSTRAINT_ERRORS).toContain(key);
    if (certain.length > 0) expect(keys).toEqual(certain);
    else expect(keys.filter((k) => k === 'neverAvailable' || k === 'pinImpossible')).toEqual([]);
    return undefined;
  }
}

/** A room's classes, in plan order. */
export const classesIn = (plan: Plan, room: number) => plan.classes.filter((c) => c.room === room);

/** A room's classes as the placer's Placed, with the roster's own entries (the objective counts changes by identity). */
function placedOf(plan: Plan, roster: Roster, room: number): Placement {
  const byName = new Map(roster.classes.map((c) => [c.name, c]));
  return Placement.of(
    classesIn(plan, room).map((c) => ({ entry: byName.get(c.name)!, start: c.start, end: c.end, slot: c.slot })),
  );
}

/** A room's objective, against the roster order of that room's counselors. */
export function roomObjective(plan: Plan, roster: Roster, room: number): Objective {
  const placed = placedOf(plan, roster, room);
  const mine = new Set(placed.entries.map((entry) => entry.counselor));
  return objectiveOf(placed, { slots: plan.slots }, inputOrder(roster.classes.filter((c) => mine.has(c.counselor))));
}

/** The single room's queue, as schedule builds it without constraints. */
export function queueOf(settings: Settings): RoomQueue {
  const room = roomsOf(settings)[0]!;
  return {
    slots: slotsOf(settings),
    people: room.throughput.people,
    period: periodSeconds(room.throughput),
    changeover: settings.changeover ?? 0,
    fillBreaks: false,
  };
}

/** n!: how many orders of n counselors there are. */
export const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** Every order of the items. */
export function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i++) {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [items[i]!, ...rest];
  }
}
