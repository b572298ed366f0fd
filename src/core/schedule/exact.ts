import type { ClassEntry } from '../roster/model.js';
import { placeOne, roomEnough, sessionTime, stateKey } from './exact-steps.js';
import { Placement, type RoomQueue } from './placement.js';
import type { Cursor } from './run-step.js';

/** The lexicographic cost of a plan or of its completion: seconds over, split counselors, idle seconds, changes. */
interface Cost {
  overflow: number;
  splits: number;
  idle: number;
  changes: number;
}

/** One way to place a counselor's classes from a cursor: the order, each class's place, and what it costs. */
interface Outcome {
  cursor: Cursor;
  /** The cursor's number (equal cursors, equal numbers). */
  at: number;
  order: ClassEntry[];
  start: number[];
  end: number[];
  slot: number[];
  split: boolean;
  idle: number;
  moved: number;
}

/** The best plan of a room over the whole search space, or `complete: false` when the budget ran out first. */
export type ExactResult =
  | { complete: true; placed: Placement | undefined; states: number }
  | { complete: false; states: number };

const ZERO: Cost = { overflow: 0, splits: 0, idle: 0, changes: 0 };

function compare(a: Cost, b: Cost): number {
  return a.overflow - b.overflow || a.splits - b.splits || a.idle - b.idle || a.changes - b.changes;
}

class OutOfBudget extends Error {}

/**
 * The best placement of a room's counselors by (overflow, split counselors, idle, changes from the roster) over every
 * counselor order that keeps each college together and every class order within each counselor, each sequence placed
 * by place.ts's rules. A dynamic program over (counselors placed, the queue's cursor, the open college): the cost of
 * what is left depends on nothing else, so each state is solved once, and a counselor's class orders are reduced to
 * their distinct outcomes (which classes go before each break; in the last session, where nothing is cut, a single
 * order of what is left). States and cursors are named by numbers, and an order is copied only into an outcome that is
 * kept: 8 counselors × 8 classes need about 10 000 states and 1 s at most. Undefined `placed` when no sequence keeps the
 * constraints; `complete: false` when more than `budget` states (or 80 class placements per state) would be needed.
 * `fitOnly` asks only for a plan without overflow: a state is dropped when the people left need more time than the
 * sessions have left after its cursor (less half a second a class for rounding), and the first fitting plan is kept.
 * Without such a plan the result has no `placed` (the caller's input order then shows the overflow).
 */
export function exactRoom(
  groups: readonly (readonly ClassEntry[])[],
  queue: RoomQueue,
  budget: number,
  fitOnly = false,
): ExactResult {
  const n = groups.length;
  if (n > 30 || groups.some((g) => g.length > 16)) return { complete: false, states: 0 };
  if (!roomEnough(groups, queue)) return { complete: true, placed: undefined, states: 0 };
  const colleges = [...new Set(groups.map((g) => g[0]!.college))];
  const collegeOf = groups.map((g) => colleges.indexOf(g[0]!.college));
  const collegeMask = colleges.map((_, k) => collegeOf.reduce((m, c, i) => (c === k ? m | (1 << i) : m), 0));
  const full = (1 << n) - 1;
  const { slots } = queue;
  const lastEnd = slots[slots.length - 1]!.end;
  const memo = new Map<number | string, { cost: Cost; counselor: number; outcome: Outcome } | null>();
  const cursorIds = new Map<string, number>();
  const cursorId = (c: Cursor): number => {
    const name = `${c.slot}|${c.anchor}|${c.since}`;
    const known = cursorIds.get(name);
    if (known !== undefined) return known;
    cursorIds.set(name, cursorIds.size);
    return cursorIds.size - 1;
  };
  const wide = 2 ** n * (colleges.length + 1);
  const memoKey = (mask: number, at: number, open: number): number | string =>
    at * wide < 2 ** 52 ? (at * (colleges.length + 1) + open + 1) * 2 ** n + mask : `${mask}|${at}|${open}`;
  let states = 0;
  let work = 0;
  const outcomesMemo = new Map<string, Outcome[]>();

  const seconds = groups.map((g) => (g.reduce((sum, e) => sum + e.headcount, 0) * queue.period) / queue.people);
  /** True when the classes not in `mask` surely cannot all end by the last session's end from this cursor. */
  const cannotFit = (mask: number, cursor: Cursor): boolean => {
    let needed = 0;
    let classes = 1;
    for (let c = 0; c < n; c++)
      if (!(mask & (1 << c))) {
        needed += seconds[c]!;
        classes += groups[c]!.length;
      }
    let left = 0;
    for (let j = cursor.slot; j < slots.length; j++)
      left += Math.max(0, slots[j]!.end - Math.max(slots[j]!.start, cursor.end));
    return needed - classes / 2 - 1 > left;
  };
  const solve = (mask: number, cursor: Cursor, at: number, open: number): { cost: Cost } | null => {
    if (mask === full) return { cost: { ...ZERO, overflow: Math.max(0, cursor.end - lastEnd) } };
    const key = memoKey(mask, at, open);
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (++states > budget) throw new OutOfBudget();
    if (fitOnly && cannotFit(mask, cursor)) {
      memo.set(key, null);
      return null;
    }
    const mustContinue = open >= 0 && (collegeMask[open]! & ~mask) !== 0;
    let best: { cost: Cost; counselor: number; outcome: Outcome } | null = null;
    for (let c = 0; c < n; c++) {
      if (mask & (1 << c) || (mustContinue && collegeOf[c] !== open)) continue;
      let inversions = 0;
      for (let d = c + 1; d < n; d++) if (mask & (1 << d)) inversions++;
      for (const outcome of counselorOutcomes(c, cursor, mask === 0)) {
        const rest = solve(mask | (1 << c), outcome.cursor, outcome.at, collegeOf[c]!);
        if (!rest) continue;
        const cost: Cost = {
          overflow: rest.cost.overflow,
          splits: rest.cost.splits + (outcome.split ? 1 : 0),
          idle: rest.cost.idle + outcome.idle,
          changes: rest.cost.changes + inversions + outcome.moved,
        };
        if (!best || compare(cost, best.cost) < 0) best = { cost, counselor: c, outcome };
        if (fitOnly && best.cost.overflow === 0) break;
      }
      if (fitOnly && best?.cost.overflow === 0) break;
    }
    if (fitOnly && best && best.cost.overflow > 0) best = null;
    memo.set(key, best);
    return best;
  };

  /** Every distinct way to place counselor c's classes from the cursor, the best order kept for each. */
  const counselorOutcomes = (c: number, cursor: Cursor, first: boolean): Outcome[] => {
    const key = `${c}|${cursor.slot}|${cursor.anchor}|${cursor.since}|${first}`;
    const cached = outcomesMemo.get(key);
    if (cached) return cached;
    const group = groups[c]!;
    const k = group.length;
    const byEnd = new Map<string, Outcome>();
    const seen = new Map<number | string, number>();
    const from0 = first ? slots[0]!.start : cursor.end + queue.changeover;
    // the order so far, on a stack: copied only into an outcome that is kept
    const order = new Int32Array(k);
    const starts = new Float64Array(k);
    const ends = new Float64Array(k);
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
        if (!other || other.idle > idle || (other.idle === idle && other.moved > moved))
          byEnd.set(key, {
            cursor: at,
            at: other ? other.at : cursorId(at),
            order: Array.from(order, (i) => group[i]!),
            start: Array.from(starts),
            end: Array.from(ends),
            slot: Array.from(inSlot),
            split,
            idle,
            moved,
          });
        return;
      }
      // in the last session without windows the classes left run on back to back in any order: one order is enough,
      // the one that keeps the most classes at their roster places
      if (depth > 0 && !queue.allowed && at.slot === slots.length - 1) {
        let rest = left;
        for (let p = depth; p < k; p++) if (rest & (1 << p)) rest &= ~(1 << p);
        for (let p = depth, i = 0; p < k; p++) {
          if (left & (1 << p)) order[p] = p;
          else {
            while (!(rest & (1 << i))) i++;
            order[p] = i;
            rest &= ~(1 << i);
          }
        }
        for (let p = depth; p < k; p++) {
          const step = placeOne(group[order[p]!]!, at, at.end, queue)!;
          starts[p] = step.start;
          ends[p] = step.cursor.end;
          inSlot[p] = step.cursor.slot;
          at = step.cursor;
        }
        return walk(0, at, at.end, k, idle);
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
        if (++work > budget * 80) throw new OutOfBudget();
        const step = placeOne(group[i]!, at, from, queue);
        if (!step) continue;
        order[depth] = i;
        starts[depth] = step.start;
        ends[depth] = step.cursor.end;
        inSlot[depth] = step.cursor.slot;
        const wait = step.start > at.end ? sessionTime(slots, at.end, step.start) : 0;
        walk(left & ~(1 << i), step.cursor, step.cursor.end, depth + 1, idle + wait);
      }
    };
    walk((1 << k) - 1, cursor, from0, 0, 0);
    const outcomes = [...byEnd.values()];
    outcomesMemo.set(key, outcomes);
    return outcomes;
  };

  const start: Cursor = { slot: 0, anchor: slots[0]!.start, since: 0, end: slots[0]!.start };
  try {
    if (!solve(0, start, cursorId(start), -1)) return { complete: true, placed: undefined, states };
  } catch (error) {
    if (error instanceof OutOfBudget) return { complete: false, states };
    throw error;
  }
  const placed = new Placement();
  let mask = 0;
  let at = cursorId(start);
  let open = -1;
  while (mask !== full) {
    const step = memo.get(memoKey(mask, at, open))!;
    const o = step.outcome;
    o.order.forEach((entry, i) => {
      placed.push(entry, o.start[i]!, o.end[i]!, o.slot[i]!);
    });
    mask |= 1 << step.counselor;
    at = o.at;
    open = collegeOf[step.counselor]!;
  }
  return { complete: true, placed, states };
}
