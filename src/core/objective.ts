import type { Placed } from './place.js';
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
export function objectiveOf(placed: readonly Placed[], slots: readonly Slot[], rosterGroups: readonly (readonly ClassEntry[])[]): Objective {
  const end = placed.reduce((latest, p) => Math.max(latest, p.end), slots[0]!.start);
  const counselorSlots = new Map<string, Set<number>>();
  for (const p of placed) {
    const set = counselorSlots.get(p.entry.counselor) ?? new Set<number>();
    set.add(p.slot);
    counselorSlots.set(p.entry.counselor, set);
  }
  return {
    overflow: Math.max(0, end - slots[slots.length - 1]!.end),
    splits: [...counselorSlots.values()].filter((s) => s.size > 1).length,
    idle: idleOf(placed, slots),
    changes: changesFrom(placed, rosterGroups),
  };
}

/** Session time unused before the last class ends (time past a session's end is overflow, not use). */
function idleOf(placed: readonly Placed[], slots: readonly Slot[]): number {
  const end = placed.reduce((latest, p) => Math.max(latest, p.end), slots[0]!.start);
  const busy = new Map<number, number>();
  for (const p of placed) busy.set(p.slot, (busy.get(p.slot) ?? 0) + Math.max(0, Math.min(p.end, slots[p.slot]!.end) - p.start));
  return slots.reduce((idle, slot, i) => (slot.start >= end ? idle : idle + Math.max(0, Math.min(slot.end, end) - slot.start - (busy.get(i) ?? 0))), 0);
}

function changesFrom(placed: readonly Placed[], rosterGroups: readonly (readonly ClassEntry[])[]): number {
  const rank = new Map(rosterGroups.map((g, i) => [g[0]!.counselor, i]));
  const order = [...new Set(placed.map((p) => p.entry.counselor))].map((c) => rank.get(c) ?? 0);
  let swaps = 0;
  for (let i = 0; i < order.length; i++) for (let j = i + 1; j < order.length; j++) if (order[i]! > order[j]!) swaps++;
  const position = new Map(rosterGroups.flatMap((g) => g.map((c, i) => [c, i] as const)));
  const seen = new Map<string, number>();
  let moved = 0;
  for (const p of placed) {
    const at = seen.get(p.entry.counselor) ?? 0;
    if (position.get(p.entry) !== at) moved++;
    seen.set(p.entry.counselor, at + 1);
  }
  return swaps + moved;
}
