import type { ClassEntry } from '../roster/model.js';
import { type CounselorOutcome, cursorNamer, counselorOutcomes as outcomesOf, replaySteps } from './exact-outcomes.js';
import { roomEnough } from './exact-steps.js';
import type { Placement, RoomQueue } from './placement.js';
import type { Cursor } from './run-step.js';

/**
 * The lexicographic cost of a plan or of its completion, as objective.ts compares it: seconds over, weighted seconds
 * (idle, returns, short visits: each counselor's share is its own, so they add up), the end (known only when all are
 * placed: a counselor's step adds 0 to it), changes.
 */
interface Cost {
  overflow: number;
  weighted: number;
  end: number;
  changes: number;
}

/** The best plan of a room over the whole search space, or `complete: false` when the budget ran out first. */
export type ExactResult =
  | { complete: true; placed: Placement | undefined; states: number }
  | { complete: false; states: number };

const ZERO: Cost = { overflow: 0, weighted: 0, end: 0, changes: 0 };

function compare(a: Cost, b: Cost): number {
  return a.overflow - b.overflow || a.weighted - b.weighted || a.end - b.end || a.changes - b.changes;
}

function plus(a: Cost, b: Cost): Cost {
  return {
    overflow: a.overflow + b.overflow,
    weighted: a.weighted + b.weighted,
    end: a.end + b.end,
    changes: a.changes + b.changes,
  };
}

/**
 * a less b, field by field: the lexicographic order is kept under adding, so x + b < a exactly when x < a - b (exact
 * for every field, the end too: a step's end is 0, so a completion's end passes through unchanged).
 */
function minus(a: Cost, b: Cost): Cost {
  return {
    overflow: a.overflow - b.overflow,
    weighted: a.weighted - b.weighted,
    end: a.end - b.end,
    changes: a.changes - b.changes,
  };
}

/** Above every plan's cost: the limit of the whole search (a finite number, so limits subtract exactly). */
const UNLIMITED: Cost = { overflow: 2 ** 50, weighted: 0, end: 0, changes: 0 };

/** Below it exactly the plans without overflow: the limit when only a fitting plan is asked for. */
const FITTING: Cost = { overflow: 0.5, weighted: 0, end: 0, changes: 0 };

/** A state's best completion: its cost, the counselor placed next and how. */
interface Best {
  cost: Cost;
  counselor: number;
  outcome: CounselorOutcome;
}

class OutOfBudget extends Error {}

/**
 * The best placement of a room's counselors by objective.ts's order (overflow, weighted cost, end, changes) over every
 * counselor order that keeps each college together and every class order within each counselor, each sequence placed
 * by place.ts's rules. A dynamic program over (counselors placed, the queue's cursor, the open college): the cost of
 * what is left depends on nothing else, so each state is solved once, and a counselor's class orders are reduced to
 * their distinct outcomes (which classes go before each break: exact-runs.ts without windows, exact-walk.ts with them).
 * Branch and bound on top: a state is searched only for completions cheaper than the best plan found so far, its
 * outcomes cheapest first, and cut when the overflow it surely has already costs as much (its entry then says so, and
 * it is searched again only under a higher limit). 8 counselors × 8 classes, one day or two: about 3 000–11 000
 * states. The chosen orders are placed again by the same rules. Undefined `placed` when no sequence keeps the
 * constraints; `complete: false` when more than `budget` states (or 80 branches per state) would be needed.
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
  const memo = new Map<number | string, Best | { bound: Cost } | null>();
  const cursorId = cursorNamer(slots);
  const wide = 2 ** n * (colleges.length + 1);
  const memoKey = (mask: number, at: number, open: number): number | string =>
    at * wide < 2 ** 52 ? (at * (colleges.length + 1) + open + 1) * 2 ** n + mask : `${mask}|${at}|${open}`;
  let states = 0;
  let work = 0;
  const count = () => {
    if (++work > budget * 80) throw new OutOfBudget();
  };

  const seconds = groups.map((g) => (g.reduce((sum, e) => sum + e.headcount, 0) * queue.period) / queue.people);
  /**
   * What the classes not in `mask` surely run past the last session's end from this cursor: their time less the
   * session time left (less half a second a class for rounding, and a second); positive only when they cannot fit.
   */
  const overflowAtLeast = (mask: number, cursor: Cursor): number => {
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
    return Math.max(0, needed - classes / 2 - 1 - left);
  };
  /**
   * The best completion from a state if it costs less than `limit`, else null (branch and bound on the memo): a
   * state's entry is its best completion, `{ bound }` when none costs less than the bound (searched again only under
   * a higher limit), or null when none fits (fitOnly). A state is cut when the overflow it surely has reaches the
   * limit, and a branch gets the limit less its own cost, lowered by every better completion found.
   */
  const solve = (mask: number, cursor: Cursor, at: number, open: number, limit: Cost): { cost: Cost } | null => {
    if (mask === full) {
      const cost = { ...ZERO, overflow: Math.max(0, cursor.end - lastEnd), end: cursor.end };
      return compare(cost, limit) < 0 ? { cost } : null;
    }
    const key = memoKey(mask, at, open);
    const known = memo.get(key);
    if (known === null) return null;
    if (known !== undefined) {
      if (!('bound' in known)) return compare(known.cost, limit) < 0 ? known : null;
      if (compare(known.bound, limit) >= 0) return null;
    }
    if (++states > budget) throw new OutOfBudget();
    const fail = (): null => {
      memo.set(key, fitOnly ? null : { bound: limit });
      return null;
    };
    if (compare({ ...ZERO, overflow: overflowAtLeast(mask, cursor) }, limit) >= 0) return fail();
    const mustContinue = open >= 0 && (collegeMask[open]! & ~mask) !== 0;
    let best: Best | null = null;
    for (let c = 0; c < n; c++) {
      if (mask & (1 << c) || (mustContinue && collegeOf[c] !== open)) continue;
      let inversions = 0;
      for (let d = c + 1; d < n; d++) if (mask & (1 << d)) inversions++;
      for (const outcome of counselorOutcomes(c, cursor, at, mask === 0)) {
        const step: Cost = { overflow: 0, weighted: outcome.weighted, end: 0, changes: inversions + outcome.moved };
        const rest = solve(
          mask | (1 << c),
          outcome.cursor,
          outcome.at,
          collegeOf[c]!,
          minus(best?.cost ?? limit, step),
        );
        if (!rest) continue;
        best = { cost: plus(rest.cost, step), counselor: c, outcome };
        if (fitOnly) break;
      }
      if (fitOnly && best) break;
    }
    if (!best) return fail();
    memo.set(key, best);
    return best;
  };

  const counselorOutcomes = outcomesOf(groups, queue, cursorId, count);

  const start: Cursor = { slot: 0, anchor: slots[0]!.start, since: 0, end: slots[0]!.start };
  try {
    if (!solve(0, start, cursorId(start), -1, fitOnly ? FITTING : UNLIMITED))
      return { complete: true, placed: undefined, states };
  } catch (error) {
    if (error instanceof OutOfBudget) return { complete: false, states };
    throw error;
  }
  // the chosen orders placed again by the same rules
  const steps: { counselor: number; outcome: CounselorOutcome }[] = [];
  for (let mask = 0, at = cursorId(start), open = -1; mask !== full; ) {
    const step = memo.get(memoKey(mask, at, open)) as Best;
    steps.push(step);
    mask |= 1 << step.counselor;
    at = step.outcome.at;
    open = collegeOf[step.counselor]!;
  }
  const placed = replaySteps(groups, queue, steps);
  return { complete: true, placed, states };
}
