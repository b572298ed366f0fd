import { sessionTime } from './exact-steps.js';
import type { Group } from './groups.js';
import { compareObjectives, type Objective } from './objective.js';
import type { OrderReport } from './optimize.js';
import type { Placement, RoomQueue } from './placement.js';
import type { Slot } from './slot.js';

/** What goes to a room whole: one counselor's group, or a college's groups. */
export type Units = readonly (readonly Group[])[];

/** One room's plan as the assignment sees it: when its last class ends, and its objective. */
export interface RoomScore {
  end: number;
  objective: Objective;
  /** The optimized plan and its report, when the room was optimized (kept so it is not optimized twice). */
  optimized?: { placed: Placement; report: OrderReport };
}

/** Scores one room's classes (in roster order, or optimized); undefined when they cannot be placed there. */
export type Evaluate = (groups: readonly Group[], room: number) => RoomScore | undefined;

/** An assignment (a room index per unit), each room's score, the latest end and the rooms' objectives summed. */
export interface Scored {
  rooms: number[];
  scores: (RoomScore | undefined)[];
  end: number;
  objective: Objective;
}

/** Rooms evaluated (not found in the cache) at most by one search, before it keeps the best found. */
export const EVALUATIONS = 600;

/**
 * Room scores cached by the set of units in a room (rooms of the same rate share them), so that an assignment is
 * scored by evaluating only the rooms it has not met. `spent` counts the evaluations made.
 */
export class RoomScorer {
  spent = 0;
  private readonly cache = new Map<string, RoomScore | null>();
  private readonly rate: number[];
  private readonly slots: readonly Slot[];

  constructor(
    private readonly units: Units,
    queues: readonly RoomQueue[],
    private readonly evaluate: Evaluate,
  ) {
    this.slots = queues[0]!.slots;
    const rates = queues.map((q) => q.period / q.people);
    this.rate = rates.map((r) => rates.indexOf(r));
  }

  /** The score of room `r` holding `members` (unit indices in roster order), undefined when it cannot be placed. */
  room(r: number, members: readonly number[]): RoomScore | undefined {
    if (members.length === 0) return { end: 0, objective: nothing() };
    const key = `${this.rate[r]}|${members.join(',')}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known ?? undefined;
    this.spent++;
    const score = this.evaluate(
      members.flatMap((i) => this.units[i]!),
      r,
    );
    this.cache.set(key, score ?? null);
    return score;
  }

  /** Every room's score of an assignment, or undefined when one room cannot be placed. */
  score(rooms: readonly number[], count: number): Scored | undefined {
    const scores: RoomScore[] = [];
    for (let r = 0; r < count; r++) {
      const s = this.room(r, membersOf(rooms, r));
      if (!s) return undefined;
      scores.push(s);
    }
    return combine([...rooms], scores, this.slots);
  }
}

/** The unit indices in room r, in roster order. */
export function membersOf(rooms: readonly number[], r: number): number[] {
  const members: number[] = [];
  for (let i = 0; i < rooms.length; i++) if (rooms[i] === r) members.push(i);
  return members;
}

/** The objective of an empty room. */
function nothing(): Objective {
  return { overflow: 0, cost: 0, end: 0, changes: 0, splits: 0, returns: 0, shortVisits: 0, idle: 0 };
}

/**
 * An assignment's latest end and summed objective from its rooms' scores (its `end` is the latest end). Every room's
 * photographer is booked until the latest room is done, so the assignment's cost is each room's returns and short
 * visits at their prices plus, for every room (an empty one too), the session time from the day's start to that latest
 * end: one minute later costs a minute in each room, and a room done early (or left empty) is no saving. Rooms of
 * different rates are priced alike (a slow room's longer work is not counted as use). `idle` sums each room's own idle
 * and its wait for the latest end (an empty room's whole day).
 */
export function combine(rooms: number[], scores: (RoomScore | undefined)[], slots: readonly Slot[]): Scored {
  const objective = nothing();
  let end = 0;
  for (const s of scores) if (s) end = Math.max(end, s.end);
  const booked = bookedTime(slots, end);
  for (const s of scores) {
    if (!s) continue;
    objective.cost += s.objective.cost - s.objective.idle + booked;
    objective.idle += s.objective.idle + sessionTime(slots, s.end === 0 ? slots[0]!.start : s.end, end);
    objective.overflow += s.objective.overflow;
    objective.splits += s.objective.splits;
    objective.returns += s.objective.returns;
    objective.shortVisits += s.objective.shortVisits;
  }
  objective.end = end;
  return { rooms, scores, end, objective };
}

/** A room's booked seconds until `end`: its session time from the day's start, and any time past the last session. */
function bookedTime(slots: readonly Slot[], end: number): number {
  return sessionTime(slots, slots[0]!.start, end) + Math.max(0, end - slots[slots.length - 1]!.end);
}

/**
 * Less overflow in all; then the rooms' cost (returns and short visits at their prices, and every room's time booked
 * until the latest end; see combine); then the day ends earlier (`changes` is not compared).
 */
export function better(a: Scored, b: Scored): boolean {
  return compareObjectives({ ...a.objective, changes: 0 }, { ...b.objective, changes: 0 }) < 0;
}

/**
 * The earliest a room can end that has `seconds` of photographing: the time its sessions' capacity, from the first
 * session's start, reaches it (the last session runs on). Breaks, changeovers and constraints only make it later.
 */
export function earliestEnd(slots: readonly Slot[], seconds: number): number {
  let left = seconds;
  for (const s of slots) {
    const length = s.end - s.start;
    if (left <= length) return s.start + Math.max(0, left);
    left -= length;
  }
  return slots[slots.length - 1]!.end + left;
}
