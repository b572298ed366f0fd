// A counselor's outcomes for the exact search (exact.ts) where windows decide where a class may go: every class order
// walked, the states it reaches merged.
import type { ClassEntry } from '../roster/model.js';
import { type Outcome, placeOne, sessionTime, stateKey } from './exact-steps.js';
import type { RoomQueue } from './placement.js';
import type { Cursor } from './run-step.js';

/** An outcome of the walk, with its class order (indices in the counselor's group). */
export interface Walked extends Outcome {
  order: readonly number[];
}

/**
 * Every distinct way to place a counselor's classes from the cursor (`first`: the room's first counselor), the least
 * idle (then the fewest moved classes) kept for each end cursor and split: a walk over class orders that merges the
 * states it reaches (classes left, cursor, still in the first session). `count` is called once per class placed.
 */
export function walkOutcomes(
  group: readonly ClassEntry[],
  cursor: Cursor,
  first: boolean,
  queue: RoomQueue,
  cursorId: (c: Cursor) => number,
  count: () => void,
): Walked[] {
  const { slots } = queue;
  const k = group.length;
  const byEnd = new Map<string, Walked>();
  const seen = new Map<number | string, number>();
  const from0 = first ? slots[0]!.start : cursor.end + queue.changeover;
  // the order so far, on a stack: copied only into an outcome that is kept
  const order = new Int32Array(k);
  const inSlot = new Int32Array(k);
  const walk = (left: number, at: Cursor, from: number, depth: number, idle: number) => {
    if (left === 0) {
      let split = false;
      let moved = 0;
      for (let i = 0; i < k; i++) {
        if (inSlot[i] !== inSlot[0]) split = true;
        if (order[i] !== i) moved++;
      }
      const key = `${at.slot}|${at.anchor}|${at.since}|${split}`;
      const other = byEnd.get(key);
      if (!other || other.idle > idle || (other.idle === idle && other.moved > moved)) {
        byEnd.set(key, {
          cursor: at,
          at: other ? other.at : cursorId(at),
          split,
          idle,
          moved,
          order: Array.from(order),
        });
      }
      return;
    }
    // what is left depends on the classes left, the cursor and whether the counselor is still in its first session
    if (depth > 0) {
      const state = stateKey(left, at, slots[at.slot]!.start, cursor.anchor, inSlot[0] === at.slot);
      const known = seen.get(state);
      if (known !== undefined && known <= idle) return;
      seen.set(state, idle);
    }
    for (let i = 0; i < k; i++) {
      if (!(left & (1 << i))) continue;
      count();
      const step = placeOne(group[i]!, at, from, queue);
      if (!step) continue;
      order[depth] = i;
      inSlot[depth] = step.cursor.slot;
      const wait = step.start > at.end ? sessionTime(slots, at.end, step.start) : 0;
      walk(left & ~(1 << i), step.cursor, step.cursor.end, depth + 1, idle + wait);
    }
  };
  walk((1 << k) - 1, cursor, from0, 0, 0);
  return [...byEnd.values()];
}
