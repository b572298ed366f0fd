import { maxOf } from '../arrays.js';
import type { ClassEntry } from '../roster/model.js';
import { beamRoom } from './beam.js';
import { exactRoom } from './exact.js';
import { byCollege } from './groups.js';
import { localSearch } from './local-search.js';
import { compareObjectives, type Objective, objectiveOf, weightsOf } from './objective.js';
import { placeRoom } from './place.js';
import type { Placement, RoomQueue } from './placement.js';

/** How an order was chosen, for the user: proved best, or a heuristic and its distance from a lower bound. */
export interface OrderReport {
  optimal: boolean;
  /** Counselor orders the exact search covered, or the placements the local search tried. */
  tried: number;
  objective: Objective;
  /**
   * What no plan can beat (constraints aside), in the objective's order: no plan has less overflow, and none with
   * that little overflow has fewer split counselors (see lowerBound).
   */
  lowerBound: { overflow: number; splits: number };
  /**
   * The roster's order was kept: the best order found would save less than the weights' reorderGain (`saving`,
   * weighted seconds, is what it would save).
   */
  keptRoster: boolean;
  saving: number;
}

/** Where counting orders stops (only the count is reported). */
const EXACT_LIMIT = 1e12;

/** States of the exact search (see exactRoom) past which a room is left to the heuristic. */
const EXACT_STATES = 20_000;

/** The beam's width × the room's counselors² (each of its n depths extends each state by each counselor left). */
const BEAM_WORK = 40_000;

/** Outcomes and extensions the beam may try in all: past that pace it narrows (counselors of many classes). */
const BEAM_CAP = 400_000;

/** Classes the local search may place in all when the exact search gives up: orders tried = this ÷ the room's classes. */
const LOCAL_WORK = 15_000;

type Groups = readonly (readonly ClassEntry[])[];

/**
 * The best plan of a room by the objective (overflow, weighted cost, end, changes), a college's counselors always
 * together; the roster's order when it is as good as that within the weights' reorderGain (see keepRoster).
 * First the exact search over every counselor order and every class order within each counselor (see exactRoom):
 * when it finishes within {@link EXACT_STATES} states the plan is optimal. Otherwise a beam search over the same
 * states (see beamRoom), then local search (see localSearch) from the beam's plan, the roster order and packing
 * orders; the better of the beam's and the climb's plans: never worse than the roster order, not proved optimal, and
 * reported with the lower bound. Undefined when no order can be placed (constraints). `fitOnly` (the fix search) asks
 * only whether some order fits: the exact search then stops at the first plan that fits (see exactRoom).
 */
export function optimizeRoom(
  groups: Groups,
  queue: RoomQueue,
  fitOnly = false,
): { placed: Placement; report: OrderReport } | undefined {
  const colleges = byCollege(groups).map((c) => c.groups);
  const searched = exactRoom(groups, queue, EXACT_STATES, fitOnly);
  const report = (optimal: boolean, tried: number, objective: Objective): OrderReport => ({
    optimal,
    tried,
    objective,
    lowerBound: lowerBound(groups, queue),
    keptRoster: false,
    saving: 0,
  });
  if (searched.complete) {
    if (!searched.placed) return undefined;
    const objective = objectiveOf(searched.placed, queue, groups);
    const best = { placed: searched.placed, report: report(true, orderCount(colleges), objective) };
    return fitOnly ? best : keepRoster(groups, queue, best);
  }
  // the search ran out of states: a beam over its states, then moves of one counselor and restarts from it and others
  const classes = groups.reduce((n, g) => n + g.length, 0);
  const budget = Math.max(8, Math.floor(LOCAL_WORK / classes));
  const width = Math.max(1, Math.floor(BEAM_WORK / (groups.length * groups.length)));
  // with windows the placer's own rules (waits, urgent counselors) decide: the local search alone, as before
  const beam = queue.allowed ? undefined : beamRoom(groups, queue, width, BEAM_CAP);
  const starts = [groups, ...(beam ? [beam.order] : []), ...packingOrders(colleges, queue)];
  const climbed = localSearch(starts, queue, groups, budget);
  const beamed = beam && { placed: beam.placed, objective: objectiveOf(beam.placed, queue, groups) };
  const found = beamed && (!climbed || compareObjectives(beamed.objective, climbed.objective) < 0) ? beamed : climbed;
  if (!found) return undefined;
  const best = { placed: found.placed, report: report(false, budget, found.objective) };
  return fitOnly ? best : keepRoster(groups, queue, best);
}

/**
 * The roster's order instead of the best found when it overflows no more and costs less than the weights'
 * reorderGain more (a new order must save that much to be worth announcing); else the best found.
 */
function keepRoster(
  groups: Groups,
  queue: RoomQueue,
  best: { placed: Placement; report: OrderReport },
): { placed: Placement; report: OrderReport } {
  const reorder = weightsOf(queue).reorderGain * 60;
  if (reorder === 0 || best.report.objective.changes === 0) return best;
  const roster = placeRoom(groups, queue);
  if ('unplaceable' in roster) return best;
  const objective = objectiveOf(roster.placed, queue, groups);
  const saving = objective.cost - best.report.objective.cost;
  if (objective.overflow > best.report.objective.overflow || saving >= reorder) return best;
  return { placed: roster.placed, report: { ...best.report, objective, keptRoster: true, saving } };
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

/**
 * What no placement can beat, in the objective's order: overflow is at least the people's time past the sessions'
 * capacity (less half a second per class, as each end rounds to a second); a counselor longer than the longest session
 * must come twice in any plan that fits, so when the bound allows no overflow no plan has fewer splits than those. When
 * it allows overflow, any number of counselors may run on unsplit past the last session, so the bound on splits is 0.
 */
export function lowerBound(groups: Groups, queue: RoomQueue): OrderReport['lowerBound'] {
  const capacity = queue.slots.reduce((sum, s) => sum + (s.end - s.start), 0);
  const longest = maxOf(queue.slots.map((s) => s.end - s.start));
  const durations = groups.map((g) => (g.reduce((sum, c) => sum + c.headcount, 0) * queue.period) / queue.people);
  const total = durations.reduce((a, b) => a + b, 0);
  const classes = groups.reduce((n, g) => n + g.length, 0);
  const overflow = Math.max(0, Math.floor(total - capacity - classes / 2));
  return { overflow, splits: overflow > 0 ? 0 : durations.filter((d) => d > longest).length };
}
