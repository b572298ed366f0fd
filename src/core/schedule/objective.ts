import { inversions } from '../inversions.js';
import { counselorKey } from '../roster/identity.js';
import type { ClassEntry } from '../roster/model.js';
import type { LocalSeconds } from '../time.js';
import type { Placement } from './placement.js';
import type { Slot } from './slot.js';

/** What makes one day better than another, in priority order: each field matters only when all before it tie. */
export interface Objective {
  /** Seconds past the end of the last session. */
  overflow: number;
  /** Counselors split across a break or a day. */
  splits: number;
  /** Session seconds left unused before the room's last class ends. */
  idle: number;
  /** How far the order is from the roster's: pairs of counselors swapped plus classes moved within a counselor. */
  changes: number;
}

/** Negative when a is better than b. */
export function compareObjectives(a: Objective, b: Objective): number {
  return a.overflow - b.overflow || a.splits - b.splits || a.idle - b.idle || a.changes - b.changes;
}

/** The objective of one room's placement; `rosterGroups` is the roster order of its counselors and classes. */
export function objectiveOf(
  placed: Placement,
  slots: readonly Slot[],
  rosterGroups: readonly (readonly ClassEntry[])[],
): Objective {
  const end = placed.lastEnd(slots[0]!.start);
  const counselorSlots = new Map<string, Set<number>>();
  placed.entries.forEach((entry, i) => {
    const key = counselorKey(entry);
    const set = counselorSlots.get(key) ?? new Set<number>();
    set.add(placed.slot[i]!);
    counselorSlots.set(key, set);
  });
  return {
    overflow: Math.max(0, end - slots[slots.length - 1]!.end),
    splits: [...counselorSlots.values()].filter((s) => s.size > 1).length,
    idle: idleSeconds(placed, slots, end),
    changes: changesFrom(placed, rosterGroups),
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
