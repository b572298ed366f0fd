import { maxOf } from '../arrays.js';
import type { ClassEntry } from '../roster/model.js';
import { byCollege } from './groups.js';
import { compareObjectives, type Objective, objectiveOf } from './objective.js';
import { placeRoom } from './place.js';
import type { Placement, RoomQueue } from './placement.js';

/** How an order was chosen, for the user: proved best, or a heuristic and its distance from a lower bound. */
export interface OrderReport {
  optimal: boolean;
  /** Counselor orders tried (each placed both as is and filling sessions before breaks). */
  tried: number;
  objective: Objective;
  /** What no order can beat (constraints aside): overflow seconds and counselors that must be split. */
  lowerBound: { overflow: number; splits: number };
}

/** Orders per room up to which every one is tried (every order of eight counselors). */
const EXACT_LIMIT = 40_320;

type Groups = readonly (readonly ClassEntry[])[];

/**
 * The best order of a room's counselors by the objective (overflow, splits, idle, changes), a college's counselors
 * always together. Up to {@link EXACT_LIMIT} orders (eight counselors) every order is tried, each both as is and with
 * the classes of a counselor split by a break chosen to fill the session before it; beyond, a few packing orders are
 * compared with the roster order, so the result is never worse than it. Undefined when no order can be placed
 * (constraints).
 */
export function optimizeRoom(groups: Groups, queue: RoomQueue): { placed: Placement; report: OrderReport } | undefined {
  const colleges = byCollege(groups).map((c) => c.groups);
  const exact = orderCount(colleges) <= EXACT_LIMIT;
  const candidates = exact ? collegeOrders(colleges) : [groups, ...packingOrders(colleges, queue)];
  let best: { placed: Placement; objective: Objective } | undefined;
  const consider = (order: Groups, fillBreaks: boolean) => {
    const result = placeRoom(order, { ...queue, fillBreaks });
    if ('unplaceable' in result) return;
    const objective = objectiveOf(result.placed, queue.slots, groups);
    if (!best || compareObjectives(objective, best.objective) < 0) best = { placed: result.placed, objective };
  };
  let orders = 0;
  for (const order of candidates) {
    orders++;
    consider(order, false);
    consider(order, true);
  }
  if (!best) return undefined;
  const found: { placed: Placement; objective: Objective } = best;
  return {
    placed: found.placed,
    report: { optimal: exact, tried: orders, objective: found.objective, lowerBound: lowerBound(groups, queue) },
  };
}

/** How many orders keep each college together: colleges! × the product of each college's counselors!. */
function orderCount(colleges: readonly Groups[]): number {
  let count = factorial(colleges.length);
  for (const c of colleges) count *= factorial(c.length);
  return count;
}

function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n && f <= EXACT_LIMIT; i++) f *= i;
  return f;
}

/** Every order of the counselors that keeps each college together: every college order × every order within each. */
function* collegeOrders(colleges: readonly Groups[]): Generator<Groups> {
  for (const order of permutations(colleges)) yield* within(order, 0, []);
}

function* within(colleges: readonly Groups[], from: number, prefix: Groups): Generator<Groups> {
  if (from === colleges.length) {
    yield prefix;
    return;
  }
  for (const inner of permutations(colleges[from]!)) yield* within(colleges, from + 1, [...prefix, ...inner]);
}

/** Every order of the items (Heap's algorithm). */
function* permutations<T>(items: readonly T[]): Generator<readonly T[]> {
  const a = [...items];
  const c = new Array<number>(a.length).fill(0);
  yield [...a];
  let i = 1;
  while (i < a.length) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      [a[j], a[i]] = [a[i]!, a[j]!];
      yield [...a];
      c[i]!++;
      i = 1;
    } else {
      c[i] = 0;
      i++;
    }
  }
}

/**
 * Orders that pack sessions: session by session, the next counselor is the first in roster order whose classes fit
 * in what is left (first fit), or the one that leaves the least (best fit); when none fits, the first in roster order.
 * With several colleges, whole colleges are packed so, each keeping its counselors' roster order.
 */
function packingOrders(colleges: readonly Groups[], queue: RoomQueue): Groups[] {
  if (colleges.length > 1)
    return packingOrders([colleges.map((c) => c.flat())], queue).map((order) => expand(order, colleges));
  const groups = colleges[0] ?? [];
  const duration = (g: readonly ClassEntry[]) =>
    (g.reduce((sum, c) => sum + c.headcount, 0) * queue.period) / queue.people;
  const lengths = queue.slots.map((s) => s.end - s.start);
  const order = (pick: (left: readonly (readonly ClassEntry[])[], room: number) => number): Groups => {
    const left = [...groups];
    const result: (readonly ClassEntry[])[] = [];
    let slot = 0;
    let room = lengths[0]!;
    while (left.length > 0) {
      const [group] = left.splice(Math.max(0, pick(left, room)), 1);
      result.push(group!);
      let d = duration(group!);
      while (d > room && slot < lengths.length - 1) {
        d -= Math.max(0, room);
        slot++;
        room = lengths[slot]!;
      }
      room -= d;
    }
    return result;
  };
  const firstFit = order((left, room) => left.findIndex((g) => duration(g) <= room));
  const bestFit = order((left, room) => {
    let best = -1;
    left.forEach((g, i) => {
      if (duration(g) <= room && (best < 0 || duration(g) > duration(left[best]!))) best = i;
    });
    return best;
  });
  return [firstFit, bestFit];
}

/** A packing of whole colleges (each one flattened group) back into their counselors' groups. */
function expand(order: Groups, colleges: readonly Groups[]): Groups {
  const byFirst = new Map(colleges.map((c) => [c[0]![0]!, c] as const));
  return order.flatMap((flat) => byFirst.get(flat[0]!)!);
}

function lowerBound(groups: Groups, queue: RoomQueue): OrderReport['lowerBound'] {
  const capacity = queue.slots.reduce((sum, s) => sum + (s.end - s.start), 0);
  const longest = maxOf(queue.slots.map((s) => s.end - s.start));
  const durations = groups.map((g) => (g.reduce((sum, c) => sum + c.headcount, 0) * queue.period) / queue.people);
  const total = durations.reduce((a, b) => a + b, 0);
  // whole seconds round to the nearest, so floor; one counselor longer than any session may run on past the last one
  return {
    overflow: Math.max(0, Math.floor(total - capacity)),
    splits: Math.max(0, durations.filter((d) => d > longest).length - 1),
  };
}
