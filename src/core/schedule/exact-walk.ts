// A counselor's outcomes for the exact search (exact.ts) where windows decide where a class may go: every class order
// walked, the states it reaches merged.
import type { ClassEntry } from '../roster/model.js';
import { type Outcome, placeOne, prices, sessionTime, stateKey } from './exact-steps.js';
import type { RoomQueue } from './placement.js';
import type { Cursor } from './run-step.js';

/** An outcome of the walk, with its class order (indices in the counselor's group). */
export interface Walked extends Outcome {
  order: readonly number[];
}

/**
 * Every distinct way to place a counselor's classes from the cursor (`first`: the room's first counselor), the least
 * weighted cost (idle, returns, short visits; then the fewest moved classes) kept for each end cursor: a walk over
 * class orders that merges the states it reaches (classes left, cursor, still in the first session, when a visit that
 * may still be short started). `count` is called once per class placed.
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
  const ends = new Float64Array(k);
  const { returnCost, shortCost, minVisit } = prices(queue);
  /** The price of closing a visit that started at partStart and ended at `end`: short or not. */
  const closing = (end: number, partStart: number) => (end - partStart < minVisit ? shortCost : 0);
  const walk = (
    left: number,
    at: Cursor,
    from: number,
    depth: number,
    cost: number,
    partStart: number,
    parts: number,
  ) => {
    if (left === 0) {
      const weighted = parts > 1 ? cost + closing(ends[k - 1]!, partStart) : cost;
      let moved = 0;
      for (let i = 0; i < k; i++) if (order[i] !== i) moved++;
      const key = `${at.slot}|${at.anchor}|${at.since}`;
      const other = byEnd.get(key);
      if (!other || other.weighted > weighted || (other.weighted === weighted && other.moved > moved)) {
        byEnd.set(key, {
          cursor: at,
          at: other ? other.at : cursorId(at),
          weighted,
          moved,
          order: Array.from(order),
        });
      }
      return;
    }
    // what is left depends on the classes left, the cursor, whether the counselor is still in its first session and,
    // while the visit under way may still be short, when it started
    if (depth > 0) {
      const open = shortCost > 0 && at.end - partStart < minVisit;
      const part = !open ? 0 : partStart === slots[at.slot]!.start ? 1 : partStart === from0 ? 2 : partStart;
      const state = stateKey(left, at, slots[at.slot]!.start, cursor.anchor, parts === 1, part);
      const known = seen.get(state);
      if (known !== undefined && known <= cost) return;
      seen.set(state, cost);
    }
    for (let i = 0; i < k; i++) {
      if (!(left & (1 << i))) continue;
      count();
      const step = placeOne(group[i]!, at, from, queue);
      if (!step) continue;
      order[depth] = i;
      ends[depth] = step.cursor.end;
      inSlot[depth] = step.cursor.slot;
      const wait = step.start > at.end ? sessionTime(slots, at.end, step.start) : 0;
      const rest = left & ~(1 << i);
      if (depth === 0) walk(rest, step.cursor, step.cursor.end, 1, cost + wait, step.start, 1);
      else if (step.cursor.slot === inSlot[depth - 1])
        walk(rest, step.cursor, step.cursor.end, depth + 1, cost + wait, partStart, parts);
      else {
        // a return: the visit before it closes
        const price = returnCost + closing(ends[depth - 1]!, partStart);
        walk(rest, step.cursor, step.cursor.end, depth + 1, cost + wait + price, step.start, parts + 1);
      }
    }
  };
  walk((1 << k) - 1, cursor, from0, 0, 0, from0, 0);
  return [...byEnd.values()];
}
