import { maxOf, minOf } from '../arrays.js';
import {
  better,
  combine,
  EVALUATIONS,
  type Evaluate,
  earliestEnd,
  membersOf,
  RoomScorer,
  type Scored,
  type Units,
} from './assign-search.js';
import type { Group } from './groups.js';
import { longestFirst, rateClasses, unitSizes, workAt } from './longest-first.js';
import { objectiveOf } from './objective.js';
import { placeRoom } from './place.js';
import type { RoomQueue } from './placement.js';
import { breaksBound } from './room-bound.js';

/** Where the exact search over assignments applies: at most this many units and rooms. */
const EXACT_UNITS = 12;
const EXACT_ROOMS = 4;
/** Classes the roster-order pass of the assignment places at most, in all (about 5 s of this machine's CPU). */
const PLACED_CLASSES = 5_000_000;
/** Branches of the exact search past which it keeps the best found (scores are cached, so leaves may cost nothing). */
const NODES = 300_000;

/** How the rooms were assigned: searched exactly or improved by moves, and what no assignment can beat. */
export interface RoomSearch {
  /** Every assignment was scored or ruled out by the bound (rooms of one rate are interchangeable). */
  exact: boolean;
  /** Rooms scored (each a room's classes placed or optimized). */
  evaluated: number;
  /** No assignment ends earlier: the total work shared evenly by the rooms, and the biggest unit alone. */
  lowerBound: number;
}

/**
 * Assigns each unit (a counselor's classes, or a college's counselors) to a room by the rooms' overflow summed, then
 * their cost (returns and short visits, and every room booked until the latest end: balance; see combine), each room
 * scored by `evaluate` (its roster order placed, or its optimized order). Up to {@link EXACT_UNITS} units and
 * {@link EXACT_ROOMS} rooms every assignment is searched, branch and bound on the rooms' capacity bound of overflow
 * (rooms of the same rate are interchangeable, so only canonical assignments); beyond, or when {@link EVALUATIONS}
 * rooms were scored first, longest-first onto the least-loaded room, then single moves and swaps of units, out of the
 * latest room first, until none helps. `quick` stops at longest-first (the fix search).
 */
export function assignRooms(
  units: Units,
  queues: readonly RoomQueue[],
  quick = false,
  evaluate?: Evaluate,
): { rooms: number[]; scores?: Scored['scores']; search?: RoomSearch } {
  // one room, or the fix search's quick answer: no search to report (the bound is not computed)
  if (queues.length === 1) return { rooms: units.map(() => 0) };
  const start = longestFirst(units, queues);
  if (quick) return { rooms: start };
  const lowerBound = boundOf(units, queues);
  const small = units.length <= EXACT_UNITS && queues.length <= EXACT_ROOMS;
  // the roster orders first (cheap), then the rooms as `evaluate` scores them
  const cheap = new RoomScorer(units, queues, rosterOrder(queues));
  let best = improve(start, units, queues, cheap, cheapEvaluations(units, queues.length));
  const scorer = evaluate ? new RoomScorer(units, queues, evaluate) : cheap;
  if (evaluate) best = improve(best?.rooms ?? start, units, queues, scorer, small ? EVALUATIONS : queues.length * 2);
  let exact = false;
  if (small) {
    const searched = branchAndBound(units, queues, scorer, best);
    best = searched.best;
    exact = searched.complete;
  }
  const evaluated = cheap.spent + (scorer === cheap ? 0 : scorer.spent);
  const search = { exact, evaluated, lowerBound };
  if (!best) return { rooms: start, search };
  return { ...(identicalRooms(queues) ? inRosterOrder(best) : best), search };
}

/**
 * Rooms the roster-order pass may score: {@link EVALUATIONS} × 4, fewer when the rooms are so big that scoring them
 * would place more than {@link PLACED_CLASSES} classes (each score places a room's classes), never fewer than two a room.
 */
function cheapEvaluations(units: Units, rooms: number): number {
  let classes = 0;
  for (const unit of units) for (const group of unit) classes += group.length;
  return Math.min(EVALUATIONS * 4, Math.max(2 * rooms, Math.floor((PLACED_CLASSES * rooms) / Math.max(1, classes))));
}

function identicalRooms(queues: readonly RoomQueue[]): boolean {
  return queues.every((q) => q.people * queues[0]!.period === queues[0]!.people * q.period);
}

/** Rooms of one rate renumbered so the roster's first unit is in the first room, the next room met the second, … */
function inRosterOrder(best: Scored): Scored {
  const label = new Map<number, number>();
  for (const r of best.rooms) if (!label.has(r)) label.set(r, label.size);
  best.scores.forEach((_, r) => {
    if (!label.has(r)) label.set(r, label.size);
  });
  const scores = [...best.scores];
  best.scores.forEach((s, r) => {
    scores[label.get(r)!] = s;
  });
  return { ...best, rooms: best.rooms.map((r) => label.get(r)!), scores };
}

/** Each room's roster order placed (the evaluation of `--order input`). */
function rosterOrder(queues: readonly RoomQueue[]): Evaluate {
  return (groups, r) => {
    const result = placeRoom(groups, queues[r]!);
    if ('unplaceable' in result) return undefined;
    return { end: result.placed.lastEnd(), objective: objectiveOf(result.placed, queues[r]!, groups) };
  };
}

/** Seconds of photographing of each unit in each room, less half a second per class (each end rounds to a second). */
function workOf(units: Units, queues: readonly RoomQueue[]): number[][] {
  return units.map((unit) => {
    const people = unit.reduce((sum, g) => sum + peopleOf(g), 0);
    const classes = unit.reduce((n, g) => n + g.length, 0);
    return queues.map((q) => (people * q.period) / q.people - classes / 2);
  });
}

function peopleOf(group: Group): number {
  return group.reduce((n, c) => n + c.headcount, 0);
}

/**
 * The latest end no assignment beats: every unit at the fastest rate, shared evenly, and the biggest unit alone; with
 * breaks counted (see breaksBound) when that is later.
 */
function boundOf(units: Units, queues: readonly RoomQueue[]): number {
  if (units.length === 0) return 0;
  const rates = rateClasses(queues);
  const fastest = unitSizes(units).map((size) => minOf(rates.map((rate) => workAt(size, rate))));
  const total = fastest.reduce((a, b) => a + b, 0);
  const slots = queues[0]!.slots;
  const even = Math.floor(Math.max(earliestEnd(slots, total / queues.length), earliestEnd(slots, maxOf(fastest))));
  return Math.max(even, breaksBound(units, queues));
}

/**
 * Single moves of a unit out of a room (the latest first), and swaps of one of its units with another room's, taken
 * when the assignment is better (see better), until none helps or the scorer's budget is spent. A move is scored
 * only when the receiving room's capacity bound lets it end within the sessions or before the latest room.
 */
function improve(
  start: number[],
  units: Units,
  queues: readonly RoomQueue[],
  scorer: RoomScorer,
  evaluations: number,
): Scored | undefined {
  let best = scorer.score(start, queues.length);
  if (!best) return undefined;
  const work = workOf(units, queues);
  const slots = queues[0]!.slots;
  const budget = scorer.spent + evaluations;
  const tryRooms = (rooms: number[], changed: readonly number[]): boolean => {
    const scores = [...best!.scores];
    for (const r of changed) scores[r] = scorer.room(r, membersOf(rooms, r));
    if (scores.some((s) => !s)) return false;
    const candidate = combine(rooms, scores, slots);
    if (!better(candidate, best!)) return false;
    best = candidate;
    return true;
  };
  let changed = true;
  while (changed && scorer.spent < budget) {
    changed = false;
    const latest = best.scores.findIndex((s) => s!.end === best!.end);
    const members = queues.map((_, r) => membersOf(best!.rooms, r)); // once a pass, not once a unit and room
    const load = members.map((m, r) => m.reduce((sum, i) => sum + work[i]![r]!, 0));
    // a room may take more while it surely ends within the sessions or before the latest room
    const limit = Math.max(best.end, slots[slots.length - 1]!.end);
    // the latest room first (balance), then the others (their returns and idle count too)
    const sources = [latest, ...queues.map((_, r) => r).filter((r) => r !== latest)];
    search: for (const from of sources) {
      for (const u of members[from]!) {
        for (let r = 0; r < queues.length; r++) {
          if (r === from || scorer.spent >= budget) continue;
          if (earliestEnd(slots, load[r]! + work[u]![r]!) <= limit) {
            const rooms = [...best.rooms];
            rooms[u] = r;
            if (tryRooms(rooms, [from, r])) {
              changed = true;
              break search;
            }
          }
          for (const v of members[r]!) {
            if (scorer.spent >= budget) continue;
            if (from === latest && work[v]![latest]! >= work[u]![latest]!) continue;
            if (earliestEnd(slots, load[r]! + work[u]![r]! - work[v]![r]!) > limit) continue;
            const rooms = [...best.rooms];
            rooms[u] = r;
            rooms[v] = from;
            if (tryRooms(rooms, [from, r])) {
              changed = true;
              break search;
            }
          }
        }
      }
    }
  }
  return best;
}

/**
 * Every assignment (canonical when the rooms share one rate: unit k goes to one of the rooms used so far or the next),
 * units biggest first, a branch cut when the rooms' capacity bounds overflow more than the best found; at a leaf the
 * rooms are scored latest-bound first and the leaf is dropped once their overflow passes the best's. Complete when
 * the scorer's budget and {@link NODES} lasted.
 */
function branchAndBound(
  units: Units,
  queues: readonly RoomQueue[],
  scorer: RoomScorer,
  incumbent: Scored | undefined,
): { best: Scored | undefined; complete: boolean } {
  const count = queues.length;
  const slots = queues[0]!.slots;
  const work = workOf(units, queues);
  const identical = identicalRooms(queues);
  const order = units.map((_, i) => i).sort((a, b) => work[b]![0]! - work[a]![0]! || a - b);
  const load = queues.map(() => 0);
  const rooms = units.map(() => 0);
  const budget = scorer.spent + EVALUATIONS;
  let best = incumbent;
  let complete = true;
  const lastEnd = slots[slots.length - 1]!.end;
  /** No assignment below this branch has less overflow: each room's capacity bound past the last session, summed. */
  const overflowBound = () => load.reduce((sum, l) => sum + Math.max(0, earliestEnd(slots, l) - lastEnd), 0);
  const leaf = () => {
    const byBound = queues.map((_, r) => r).sort((a, b) => load[b]! - load[a]!);
    const scores: Scored['scores'] = queues.map(() => undefined);
    let overflow = 0;
    for (const r of byBound) {
      const s = scorer.room(r, membersOf(rooms, r));
      overflow += s?.objective.overflow ?? 0;
      if (!s || (best && overflow > best.objective.overflow)) return;
      scores[r] = s;
    }
    const candidate = combine([...rooms], scores, slots);
    if (!best || better(candidate, best)) best = candidate;
  };
  let nodes = 0;
  const walk = (k: number, used: number) => {
    if (scorer.spent >= budget || ++nodes > NODES) {
      complete = false;
      return;
    }
    if (k === order.length) return leaf();
    const u = order[k]!;
    const last = identical ? Math.min(count - 1, used) : count - 1;
    for (let r = 0; r <= last; r++) {
      load[r] = load[r]! + work[u]![r]!;
      if (!best || overflowBound() <= best.objective.overflow) {
        rooms[u] = r;
        walk(k + 1, Math.max(used, r + 1));
      }
      load[r] = load[r]! - work[u]![r]!;
    }
  };
  walk(0, 0);
  return { best, complete };
}
