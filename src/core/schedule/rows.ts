import type { ScheduledClass } from './plan.js';
import type { Slot } from './slot.js';

/**
 * Numbers classes in the order the timetable prints them, by date, then room, then time: sets each `seq` to 1…n.
 * `classes` are in room order, then time (a plan's, or a subsequence of one), so each date's run in a room is
 * contiguous and in time order; the numbers are counted per (date, room) in one pass, without sorting. With one room
 * or one date this is the array's order.
 */
export function numberRows(classes: ScheduledClass[], slots: readonly Slot[], rooms: number): void {
  const dayOfSlot: number[] = [];
  slots.forEach((s, i) => {
    dayOfSlot.push(i === 0 ? 0 : dayOfSlot[i - 1]! + (s.date === slots[i - 1]!.date ? 0 : 1));
  });
  const days = dayOfSlot.length === 0 ? 1 : dayOfSlot[dayOfSlot.length - 1]! + 1;
  if (rooms <= 1 || days <= 1) {
    for (let i = 0; i < classes.length; i++) classes[i]!.seq = i + 1;
    return;
  }
  const next = new Array<number>(days * rooms).fill(0);
  for (const c of classes) next[dayOfSlot[c.slot]! * rooms + c.room]!++;
  let row = 1;
  for (let bucket = 0; bucket < next.length; bucket++) {
    const count = next[bucket]!;
    next[bucket] = row;
    row += count;
  }
  for (const c of classes) c.seq = next[dayOfSlot[c.slot]! * rooms + c.room]!++;
}

/** Indices into `classes` in timetable order (by `seq`), for the tables that print one row per class. */
export function rowOrder(classes: readonly ScheduledClass[]): number[] {
  const order = new Array<number>(classes.length);
  classes.forEach((c, i) => {
    order[c.seq - 1] = i;
  });
  return order;
}
