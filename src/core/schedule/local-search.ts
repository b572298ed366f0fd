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
 * Improves the best of the starting orders by single moves until none helps: one counselor to another place within
 * its college's run, or one college's run to another place among the colleges (each order placed both as is and
 * filling breaks). Then restarts while `budget` placements last (a fixed seed, so a roster always gives the same
 * plan): from a random order (colleges, counselors within each, and every other time each counselor's classes
 * shuffled) or from the best so far with a few counselors moved and one counselor's classes shuffled, each climbed
 * the same way. Never worse than the best start. Undefined when no order can be placed.
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
      const objective = objectiveOf(result.placed, queue, roster);
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
      for (const moved of moves(current.order)) {
        if (used >= budget) break;
        const next = score(moved);
        if (better(next, current)) {
          current = next!;
          improved = true;
          break;
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
  for (let restart = 0; used < budget; restart++) {
    const order = restart % 2 === 0 ? shuffled(best.order, random, restart % 4 === 0) : kicked(best.order, random);
    const s = score(order);
    if (!s) continue;
    const climbed = climb(s);
    if (better(climbed, best)) best = climbed;
  }
  return best;
}

/** Every order one move away: a counselor to another place in its college's run, then a college's run elsewhere. */
function* moves(order: Groups): Generator<Groups> {
  for (let i = 0; i < order.length; i++)
    for (let j = 0; j < order.length; j++) {
      if (i === j || !sameCollegeRun(order, i, j)) continue;
      const moved = [...order];
      moved.splice(j, 0, moved.splice(i, 1)[0]!);
      yield moved;
    }
  const runs = collegeRuns(order);
  if (runs.length < 2) return;
  for (let i = 0; i < runs.length; i++)
    for (let j = 0; j < runs.length; j++) {
      if (i === j) continue;
      const moved = [...runs];
      moved.splice(j, 0, moved.splice(i, 1)[0]!);
      yield moved.flat();
    }
}

/** Moving the counselor at i to j keeps every college together: both places in the same college's run. */
function sameCollegeRun(order: Groups, i: number, j: number): boolean {
  const college = order[i]![0]!.college;
  const [from, to] = i < j ? [i, j] : [j, i];
  for (let k = from; k <= to; k++) if (order[k]![0]!.college !== college) return false;
  return true;
}

/** The order cut into its colleges' runs. */
function collegeRuns(order: Groups): (readonly ClassEntry[])[][] {
  const runs: (readonly ClassEntry[])[][] = [];
  for (const group of order) {
    const last = runs.at(-1);
    if (last && last[0]![0]!.college === group[0]!.college) last.push(group);
    else runs.push([group]);
  }
  return runs;
}

/** Fisher–Yates on a copy. */
function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A random order keeping each college together; with `classes`, each counselor's classes shuffled too. */
function shuffled(order: Groups, random: () => number, classes: boolean): Groups {
  return shuffle(collegeRuns(order), random).flatMap((run) =>
    shuffle(run, random).map((g) => (classes ? shuffle(g, random) : g)),
  );
}

/** The order with a few counselors moved within their college's run and one counselor's classes shuffled. */
function kicked(order: Groups, random: () => number): Groups {
  const out = [...order];
  for (let k = 0; k < 3; k++) {
    const i = Math.floor(random() * out.length);
    let j = i;
    while (j + 1 < out.length && out[j + 1]![0]!.college === out[i]![0]!.college && random() < 0.7) j++;
    while (j > 0 && out[j - 1]![0]!.college === out[i]![0]!.college && random() < 0.35) j--;
    out.splice(j, 0, out.splice(i, 1)[0]!);
  }
  const c = Math.floor(random() * out.length);
  out[c] = shuffle(out[c]!, random);
  return out;
}
