import { idleSeconds } from './metrics.js';
import type { Placement } from './place.js';
import type { Slot } from './plan.js';
import type { ClassEntry } from './roster.js';

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
export function objectiveOf(placed: Placement, slots: readonly Slot[], rosterGroups: readonly (readonly ClassEntry[])[]): Objective {
  const end = placed.lastEnd(slots[0]!.start);
  const counselorSlots = new Map<string, Set<number>>();
  placed.entries.forEach((entry, i) => {
    const set = counselorSlots.get(entry.counselor) ?? new Set<number>();
    set.add(placed.slot[i]!);
    counselorSlots.set(entry.counselor, set);
  });
  return {
    overflow: Math.max(0, end - slots[slots.length - 1]!.end),
    splits: [...counselorSlots.values()].filter((s) => s.size > 1).length,
    idle: idleSeconds([placed], slots, end),
    changes: changesFrom(placed, rosterGroups),
  };
}

function changesFrom(placed: Placement, rosterGroups: readonly (readonly ClassEntry[])[]): number {
  const rank = new Map(rosterGroups.map((g, i) => [g[0]!.counselor, i]));
  const order = [...new Set(placed.entries.map((entry) => entry.counselor))].map((c) => rank.get(c) ?? 0);
  let swaps = 0;
  for (let i = 0; i < order.length; i++) for (let j = i + 1; j < order.length; j++) if (order[i]! > order[j]!) swaps++;
  const position = new Map(rosterGroups.flatMap((g) => g.map((c, i) => [c, i] as const)));
  const seen = new Map<string, number>();
  let moved = 0;
  for (const entry of placed.entries) {
    const at = seen.get(entry.counselor) ?? 0;
    if (position.get(entry) !== at) moved++;
    seen.set(entry.counselor, at + 1);
  }
  return swaps + moved;
}
