import type { ClassEntry } from '../roster/model.js';
import { compareObjectives, type Objective, objectiveOf } from './objective.js';
import { placeRoom } from './place.js';
import type { Placement, RoomQueue } from './placement.js';

type Groups = readonly (readonly ClassEntry[])[];

/** A placed order and how good it is. */
export interface Scored {
  order: Groups;
  placed: Placement;
  objective: Objective;
}

/**
 * Improves the best of the starting orders by moving one counselor to another place within its college's run
 * (insertion), each order placed both as is and filling breaks, until no single move helps; then restarts from
 * shuffled orders (a fixed seed, so a roster always gives the same plan) while `budget` placements last. Never worse
 * than the best start. Undefined when no order can be placed.
 */
export function localSearch(
  starts: readonly Groups[],
  queue: RoomQueue,
  roster: Groups,
  budget: number,
): Scored | undefined {
  let used = 0;
  const score = (order: Groups): Scored | undefined => {
    let best: Scored | undefined;
    for (const fillBreaks of [false, true]) {
      used++;
      const result = placeRoom(order, { ...queue, fillBreaks });
      if ('unplaceable' in result) continue;
      const objective = objectiveOf(result.placed, queue.slots, roster);
      if (!best || compareObjectives(objective, best.objective) < 0) best = { order, placed: result.placed, objective };
    }
    return best;
  };
  const better = (a: Scored | undefined, b: Scored | undefined) =>
    a !== undefined && (b === undefined || compareObjectives(a.objective, b.objective) < 0);
  const climb = (from: Scored): Scored => {
    let current = from;
    for (let improved = true; improved && used < budget; ) {
      improved = false;
      const order = current.order;
      for (let i = 0; i < order.length && !improved && used < budget; i++) {
        for (let j = 0; j < order.length && !improved && used < budget; j++) {
          if (i === j || !sameCollegeRun(order, i, j)) continue;
          const moved = [...order];
          const [group] = moved.splice(i, 1);
          moved.splice(j, 0, group!);
          const next = score(moved);
          if (better(next, current)) {
            current = next!;
            improved = true;
          }
        }
      }
    }
    return current;
  };
  let best: Scored | undefined;
  for (const start of starts) {
    const s = score(start);
    if (better(s, best)) best = s;
  }
  if (!best) return undefined;
  best = climb(best);
  let seed = 16;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  while (used < budget) {
    const shuffled = shuffleWithinColleges(best.order, random);
    const s = score(shuffled);
    if (!s) continue;
    const climbed = climb(s);
    if (better(climbed, best)) best = climbed;
  }
  return best;
}

/** Moving the counselor at i to j keeps every college together: both places in the same college's run. */
function sameCollegeRun(order: Groups, i: number, j: number): boolean {
  const college = order[i]![0]!.college;
  const [from, to] = i < j ? [i, j] : [j, i];
  for (let k = from; k <= to; k++) if (order[k]![0]!.college !== college) return false;
  return true;
}

/** The order with each college's counselors shuffled in place (Fisher–Yates on each run). */
function shuffleWithinColleges(order: Groups, random: () => number): Groups {
  const out = [...order];
  for (let start = 0; start < out.length; ) {
    let end = start;
    while (end < out.length && out[end]![0]!.college === out[start]![0]!.college) end++;
    for (let i = end - 1; i > start; i--) {
      const j = start + Math.floor(random() * (i - start + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    start = end;
  }
  return out;
}
