import type { ClassEntry } from '../roster/model.js';
import { Placement, type RoomQueue } from './placement.js';
import { slotWindows } from './windows.js';

/**
 * Where the queue stands: a run started at `anchor` in `slot`, `since` people photographed on it, ending at `end`
 * (the anchor plus the people times the rate, rounded once, as place.ts times a run).
 */
interface Cursor {
  slot: number;
  anchor: number;
  since: number;
  end: number;
}

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
 * their distinct outcomes (which classes go before each break). Undefined `placed` when no sequence keeps the
 * constraints; `complete: false` when more than `budget` states (or 80 class placements per state) would be needed.
 */
export function exactRoom(groups: readonly (readonly ClassEntry[])[], queue: RoomQueue, budget: number): ExactResult {
  const n = groups.length;
  if (n > 30 || groups.some((g) => g.length > 16)) return { complete: false, states: 0 };
  if (!roomEnough(groups, queue)) return { complete: true, placed: undefined, states: 0 };
  const colleges = [...new Set(groups.map((g) => g[0]!.college))];
  const collegeOf = groups.map((g) => colleges.indexOf(g[0]!.college));
  const collegeMask = colleges.map((_, k) => collegeOf.reduce((m, c, i) => (c === k ? m | (1 << i) : m), 0));
  const full = (1 << n) - 1;
  const { slots } = queue;
  const lastEnd = slots[slots.length - 1]!.end;
  const memo = new Map<string, { cost: Cost; counselor: number; outcome: Outcome } | null>();
  let states = 0;
  let work = 0;
  const outcomesMemo = new Map<string, Outcome[]>();

  const solve = (mask: number, cursor: Cursor, open: number): { cost: Cost } | null => {
    if (mask === full) return { cost: { ...ZERO, overflow: Math.max(0, cursor.end - lastEnd) } };
    const key = `${mask}|${cursor.slot}|${cursor.anchor}|${cursor.since}|${open}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (++states > budget) throw new OutOfBudget();
    const mustContinue = open >= 0 && (collegeMask[open]! & ~mask) !== 0;
    let best: { cost: Cost; counselor: number; outcome: Outcome } | null = null;
    for (let c = 0; c < n; c++) {
      if (mask & (1 << c) || (mustContinue && collegeOf[c] !== open)) continue;
      let inversions = 0;
      for (let d = c + 1; d < n; d++) if (mask & (1 << d)) inversions++;
      for (const outcome of counselorOutcomes(c, cursor, mask === 0)) {
        const rest = solve(mask | (1 << c), outcome.cursor, collegeOf[c]!);
        if (!rest) continue;
        const cost: Cost = {
          overflow: rest.cost.overflow,
          splits: rest.cost.splits + (outcome.split ? 1 : 0),
          idle: rest.cost.idle + outcome.idle,
          changes: rest.cost.changes + inversions + outcome.moved,
        };
        if (!best || compare(cost, best.cost) < 0) best = { cost, counselor: c, outcome };
      }
    }
    memo.set(key, best);
    return best;
  };

  /** Every distinct way to place counselor c's classes from the cursor, the best order kept for each. */
  const counselorOutcomes = (c: number, cursor: Cursor, first: boolean): Outcome[] => {
    const key = `${c}|${cursor.slot}|${cursor.anchor}|${cursor.since}|${first}`;
    const cached = outcomesMemo.get(key);
    if (cached) return cached;
    const group = groups[c]!;
    const byEnd = new Map<string, Outcome>();
    const seen = new Map<string, number>();
    const from0 = first ? slots[0]!.start : cursor.end + queue.changeover;
    const walk = (left: number, at: Cursor, from: number, partial: Omit<Outcome, 'cursor' | 'split' | 'moved'>) => {
      if (left === 0) {
        const split = partial.slot.some((s) => s !== partial.slot[0]);
        const moved = partial.order.reduce((m, entry, i) => (group[i] === entry ? m : m + 1), 0);
        const outcome: Outcome = { ...partial, cursor: at, split, moved };
        const k = `${at.slot}|${at.anchor}|${at.since}|${split}`;
        const other = byEnd.get(k);
        if (!other || other.idle - outcome.idle > 0 || (other.idle === outcome.idle && other.moved > outcome.moved))
          byEnd.set(k, outcome);
        return;
      }
      // what is left depends on the classes left, the cursor and the first session only: go on with the least idle
      const state = `${left}|${at.slot}|${at.anchor}|${at.since}|${partial.slot[0]}`;
      if (partial.order.length > 0) {
        const idle = seen.get(state);
        if (idle !== undefined && idle <= partial.idle) return;
        seen.set(state, partial.idle);
      }
      for (let i = 0; i < group.length; i++) {
        if (!(left & (1 << i))) continue;
        if (++work > budget * 80) throw new OutOfBudget();
        const step = placeOne(group[i]!, at, from, queue);
        if (!step) continue;
        walk(left & ~(1 << i), step.cursor, step.cursor.end, {
          order: [...partial.order, group[i]!],
          start: [...partial.start, step.start],
          end: [...partial.end, step.cursor.end],
          slot: [...partial.slot, step.cursor.slot],
          idle: partial.idle + sessionTime(slots, at.end, step.start),
        });
      }
    };
    walk((1 << group.length) - 1, cursor, from0, { order: [], start: [], end: [], slot: [], idle: 0 });
    const outcomes = [...byEnd.values()];
    outcomesMemo.set(key, outcomes);
    return outcomes;
  };

  const start: Cursor = { slot: 0, anchor: slots[0]!.start, since: 0, end: slots[0]!.start };
  try {
    if (!solve(0, start, -1)) return { complete: true, placed: undefined, states };
  } catch (error) {
    if (error instanceof OutOfBudget) return { complete: false, states };
    throw error;
  }
  const placed = new Placement();
  let mask = 0;
  let cursor = start;
  let open = -1;
  while (mask !== full) {
    const step = memo.get(`${mask}|${cursor.slot}|${cursor.anchor}|${cursor.since}|${open}`)!;
    const o = step.outcome;
    o.order.forEach((entry, i) => {
      placed.push(entry, o.start[i]!, o.end[i]!, o.slot[i]!);
    });
    mask |= 1 << step.counselor;
    cursor = o.cursor;
    open = collegeOf[step.counselor]!;
  }
  return { complete: true, placed, states };
}

/**
 * False when the windows surely cannot hold the classes: one class longer than every range it may use, or one
 * counselor's classes longer than the session time inside their windows (the proof needs no search).
 */
function roomEnough(groups: readonly (readonly ClassEntry[])[], queue: RoomQueue): boolean {
  if (!queue.allowed) return true;
  const last = queue.slots.length - 1;
  for (const group of groups) {
    let needed = 0;
    let available = 0;
    let bounded = true;
    for (const c of group) {
      const windows = queue.allowed(c);
      const length = (c.headcount * queue.period) / queue.people;
      needed += length;
      if (!windows) {
        bounded = false;
        continue;
      }
      const ranges = queue.slots.flatMap((s, j) => slotWindows(s, j === last, windows));
      if (!ranges.some((r) => r.end - r.start >= length)) return false;
      if (c === group[0]) available = ranges.reduce((sum, r) => sum + r.end - r.start, 0);
      else if (windows !== queue.allowed(group[0]!)) bounded = false;
    }
    if (bounded && needed > available) return false;
  }
  return true;
}

/** Session seconds between two times: what a room leaves idle waiting from `from` to `to`. */
function sessionTime(slots: RoomQueue['slots'], from: number, to: number): number {
  let idle = 0;
  for (const s of slots) idle += Math.max(0, Math.min(s.end, to) - Math.max(s.start, from));
  return idle;
}

/**
 * One class placed by place.ts's rules at or after `from`: without constraints the run goes on while the class fits
 * before the break, else the class opens the next session; with constraints, the earliest place inside its windows.
 */
function placeOne(
  c: ClassEntry,
  cursor: Cursor,
  from: number,
  queue: RoomQueue,
): { start: number; cursor: Cursor } | undefined {
  const { slots, people, period } = queue;
  const last = slots.length - 1;
  if (!queue.allowed) {
    let { slot, anchor, since, end } = cursor;
    if (from > end) {
      anchor = from;
      since = 0;
      end = from;
    }
    while (
      slot < last &&
      ((since + c.headcount) * period > (slots[slot]!.end - anchor) * people || end >= slots[slot]!.end)
    ) {
      slot++;
      anchor = slots[slot]!.start;
      since = 0;
      end = anchor;
    }
    if (anchor < slots[slot]!.start) {
      anchor = slots[slot]!.start;
      since = 0;
      end = anchor;
    }
    const start = end;
    since += c.headcount;
    return { start, cursor: { slot, anchor, since, end: anchor + Math.round((since * period) / people) } };
  }
  const windows = queue.allowed(c);
  for (let j = cursor.slot; j < slots.length; j++) {
    for (const range of slotWindows(slots[j]!, j === last, windows)) {
      const at = Math.max(range.start, from);
      if (at >= range.end) continue;
      if (
        j === cursor.slot &&
        at === cursor.end &&
        (cursor.since + c.headcount) * period <= (range.end - cursor.anchor) * people
      ) {
        const since = cursor.since + c.headcount;
        return { start: at, cursor: { ...cursor, since, end: cursor.anchor + Math.round((since * period) / people) } };
      }
      if (c.headcount * period <= (range.end - at) * people)
        return {
          start: at,
          cursor: { slot: j, anchor: at, since: c.headcount, end: at + Math.round((c.headcount * period) / people) },
        };
    }
  }
  return undefined;
}
