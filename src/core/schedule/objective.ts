import { inversions } from '../inversions.js';
import { counselorKey } from '../roster/identity.js';
import type { ClassEntry } from '../roster/model.js';
import type { LocalSeconds } from '../time.js';
import type { Placement, RoomQueue } from './placement.js';
import type { Slot } from './slot.js';
import { DEFAULT_WEIGHTS, type ObjectiveWeights } from './weights.js';

/**
 * What makes one day better than another. Compared in order, each only when all before it tie: overflow, the
 * weighted cost, the end, the changes; the other fields are what the cost is made of, for the report.
 */
export interface Objective {
  /** Seconds past the end of the last session. */
  overflow: number;
  /** Weighted seconds: idle, plus each return and each short visit at its price in idle minutes (see weights.ts). */
  cost: number;
  /** When the room's last class ends (slack: of two plans that cost the same, the earlier). */
  end: number;
  /** How far the order is from the roster's: pairs of counselors swapped plus classes moved within a counselor. */
  changes: number;
  /** Counselors split across a break or a day. */
  splits: number;
  /** Visits after each counselor's first: a counselor who comes three times returns twice. */
  returns: number;
  /** Visits of a split counselor shorter than the weights' minVisit. */
  shortVisits: number;
  /** Session seconds left unused before the room's last class ends. */
  idle: number;
}

/** Negative when a is better than b. */
export function compareObjectives(a: Objective, b: Objective): number {
  return a.overflow - b.overflow || a.cost - b.cost || a.end - b.end || a.changes - b.changes;
}

/** The queue's weights, the defaults when it has none. */
export function weightsOf(queue: Pick<RoomQueue, 'weights'>): ObjectiveWeights {
  return queue.weights ?? DEFAULT_WEIGHTS;
}

/** The weighted seconds of idle seconds, returns and short visits. */
export function costOf(weights: ObjectiveWeights, idle: number, returns: number, shortVisits: number): number {
  return idle + 60 * (weights.returnCost * returns + weights.shortCost * shortVisits);
}

/** The objective of one room's placement; `rosterGroups` is the roster order of its counselors and classes. */
export function objectiveOf(
  placed: Placement,
  queue: Pick<RoomQueue, 'slots' | 'weights'>,
  rosterGroups: readonly (readonly ClassEntry[])[],
): Objective {
  const { slots } = queue;
  const weights = weightsOf(queue);
  const end = placed.lastEnd(slots[0]!.start);
  // each counselor's visits: per slot, the first class's start and the last class's end
  const visits = new Map<string, Map<number, { start: number; end: number }>>();
  for (let i = 0; i < placed.length; i++) {
    const key = counselorKey(placed.entries[i]!);
    const mine = visits.get(key) ?? new Map<number, { start: number; end: number }>();
    const slot = placed.slot[i]!;
    const visit = mine.get(slot);
    if (visit) visit.end = Math.max(visit.end, placed.end[i]!);
    else mine.set(slot, { start: placed.start[i]!, end: placed.end[i]! });
    visits.set(key, mine);
  }
  let splits = 0;
  let returns = 0;
  let shortVisits = 0;
  for (const mine of visits.values()) {
    if (mine.size < 2) continue;
    splits++;
    returns += mine.size - 1;
    for (const v of mine.values()) if (v.end - v.start < weights.minVisit * 60) shortVisits++;
  }
  const idle = idleSeconds(placed, slots, end);
  return {
    overflow: Math.max(0, end - slots[slots.length - 1]!.end),
    cost: costOf(weights, idle, returns, shortVisits),
    end,
    changes: changesFrom(placed, rosterGroups),
    splits,
    returns,
    shortVisits,
    idle,
  };
}

function changesFrom(placed: Placement, rosterGroups: readonly (readonly ClassEntry[])[]): number {
  const rank = new Map(rosterGroups.map((g, i) => [counselorKey(g[0]!), i]));
  const order = [...new Set(placed.entries.map(counselorKey))].map((c) => rank.get(c) ?? 0);
  const swaps = inversions(order);
  const position = new Map(rosterGroups.flatMap((g) => g.map((c, i) => [c, i] as const)));
  const seen = new Map<string, number>();
  let moved = 0;
  for (const entry of placed.entries) {
    const key = counselorKey(entry);
    const at = seen.get(key) ?? 0;
    if (position.get(entry) !== at) moved++;
    seen.set(key, at + 1);
  }
  return swaps + moved;
}

/**
 * Session time one room left unused before its last class ends (`end`): the gaps before breaks a class would have
 * straddled (time past a session's end is overflow, not use). Rooms are measured one by one: time another room used
 * is no use to this one.
 */
export function idleSeconds(placed: Placement, slots: readonly Slot[], end: LocalSeconds): number {
  const busy = new Float64Array(slots.length);
  for (let i = 0; i < placed.length; i++) {
    const slot = placed.slot[i]!;
    busy[slot] = busy[slot]! + Math.max(0, Math.min(placed.end[i]!, slots[slot]!.end) - placed.start[i]!);
  }
  return slots.reduce(
    (idle, slot, i) => (slot.start >= end ? idle : idle + Math.max(0, Math.min(slot.end, end) - slot.start - busy[i]!)),
    0,
  );
}
