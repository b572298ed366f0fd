// The rooms' lower bound with breaks counted (assign.ts): a class never straddles a break, so a session before a
// break holds at most the largest sum of class lengths that fits in it, not its whole length.
import { maxOf } from '../arrays.js';
import type { Units } from './assign-search.js';
import type { RoomQueue } from './placement.js';
import type { Slot } from './slot.js';

/**
 * The latest end no assignment of the units to the rooms beats, breaks counted. Each class lasts at least its people
 * times the fastest rate, rounded down to a second (a run's boundaries round once, so a class's span in whole seconds
 * is never less); the classes in a session before a break end by its end, so they fill at most the largest sum of
 * class lengths that fits in it (a subset sum over all the classes, so it holds for any assignment). The latest room
 * holds at least an even share of the work and at least the biggest unit; each is walked through the sessions at
 * those capacities (the last session runs on). Changeovers and constraints only make plans later.
 */
export function breaksBound(units: Units, queues: readonly RoomQueue[]): number {
  const fastest = queues.reduce((a, q) => (q.people * a.period > a.people * q.period ? q : a));
  const lengths = units.map((unit) =>
    unit.flatMap((g) => g.map((c) => Math.floor((c.headcount * fastest.period) / fastest.people))),
  );
  const slots = queues[0]!.slots;
  const fill = usable(
    lengths.flat(),
    slots.slice(0, -1).reduce((m, s) => Math.max(m, s.end - s.start), 0),
  );
  const sums = lengths.map((l) => l.reduce((a, b) => a + b, 0));
  const total = sums.reduce((a, b) => a + b, 0);
  return Math.floor(Math.max(walk(slots, fill, total / queues.length), walk(slots, fill, maxOf(sums, 0))));
}

/** For each length up to `most`, the largest sum of some of the lengths that is not above it. */
function usable(lengths: readonly number[], most: number): Int32Array {
  const counts = new Map<number, number>();
  for (const l of lengths) if (l > 0 && l <= most) counts.set(l, (counts.get(l) ?? 0) + 1);
  const reach = new Uint8Array(most + 1);
  reach[0] = 1;
  const used = new Int32Array(most + 1);
  for (const [length, count] of counts) {
    used.fill(0);
    for (let s = length; s <= most; s++)
      if (!reach[s] && reach[s - length] && used[s - length]! < count) {
        reach[s] = 1;
        used[s] = used[s - length]! + 1;
      }
  }
  const best = new Int32Array(most + 1);
  for (let s = 1; s <= most; s++) best[s] = reach[s] ? s : best[s - 1]!;
  return best;
}

/** The earliest a room holding `work` seconds can end, each session before a break holding what `fill` allows. */
function walk(slots: readonly Slot[], fill: Int32Array, work: number): number {
  let left = work;
  for (let i = 0; i < slots.length - 1; i++) {
    const s = slots[i]!;
    const holds = fill[s.end - s.start]!;
    if (left <= holds) return s.start + Math.max(0, left);
    left -= holds;
  }
  return slots[slots.length - 1]!.start + Math.max(0, left);
}
