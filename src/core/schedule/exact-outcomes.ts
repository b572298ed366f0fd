// The step both searches over counselors share (exact.ts's dynamic program and beam.ts's beam): every distinct way to
// place one counselor's classes from a cursor, and the chosen steps placed again by place.ts's rules.
import type { ClassEntry } from '../roster/model.js';
import { type Run, runOrder, runSearch, runsApply } from './exact-runs.js';
import { placeOne, sessionTime } from './exact-steps.js';
import { type Walked, walkOutcomes } from './exact-walk.js';
import { Placement, type RoomQueue } from './placement.js';
import type { Cursor } from './run-step.js';

/** One counselor's placement from a cursor: where it ends, what it costs, how to rebuild its class order. */
export type CounselorOutcome = Run | Walked;

/**
 * A memoized source of every distinct way to place counselor c's classes from a cursor (`at` its number, `first`:
 * the room's first counselor), the cheapest first so that good completions are found early: subsets per session
 * (exact-runs.ts) without windows, a walk over class orders (exact-walk.ts) with them. `count` is the caller's budget.
 */
export function counselorOutcomes(
  groups: readonly (readonly ClassEntry[])[],
  queue: RoomQueue,
  cursorId: (c: Cursor) => number,
  count: () => void,
): (c: number, cursor: Cursor, at: number, first: boolean) => CounselorOutcome[] {
  const n = groups.length;
  const { slots } = queue;
  const memo = new Map<number, CounselorOutcome[]>();
  const runs = runsApply(groups, queue) ? runSearch(groups, queue, cursorId, count) : undefined;
  return (c, cursor, at, first) => {
    const key = (at * 2 + (first ? 1 : 0)) * n + c;
    const cached = memo.get(key);
    if (cached) return cached;
    const k = groups[c]!.length;
    let outcomes: CounselorOutcome[];
    if (runs) {
      // a changeover starts a new run; its time is idle (as the walk counts it)
      const from = first ? slots[0]!.start : cursor.end + queue.changeover;
      const begin = from > cursor.end ? { slot: cursor.slot, anchor: from, since: 0, end: from } : cursor;
      const wait = sessionTime(slots, cursor.end, begin.end);
      const found = runs(c, (1 << k) - 1, begin, false, false);
      outcomes = wait > 0 ? found.map((run) => ({ ...run, weighted: wait + run.weighted })) : [...found];
    } else outcomes = walkOutcomes(groups[c]!, cursor, first, queue, cursorId, count);
    outcomes.sort((a, b) => a.weighted - b.weighted || a.moved - b.moved);
    memo.set(key, outcomes);
    return outcomes;
  };
}

/**
 * Names each cursor by a small number (its order of first sight), from its slot, its anchor's offset in the slot and
 * its people, packed in one number when they fit in 2^53.
 */
export function cursorNamer(slots: RoomQueue['slots']): (c: Cursor) => number {
  const ids = new Map<number | string, number>();
  return (c) => {
    const offset = c.anchor - slots[c.slot]!.start;
    const name =
      Number.isInteger(offset) && offset >= 0 && offset < 2 ** 22 && c.since < 2 ** 20 && c.slot < 2 ** 10
        ? (c.slot * 2 ** 22 + offset) * 2 ** 20 + c.since
        : `${c.slot}|${c.anchor}|${c.since}`;
    const known = ids.get(name);
    if (known !== undefined) return known;
    ids.set(name, ids.size);
    return ids.size - 1;
  };
}

/** The counselors' chosen outcomes, in order, placed again by the same rules as the searches time them. */
export function replaySteps(
  groups: readonly (readonly ClassEntry[])[],
  queue: RoomQueue,
  steps: readonly { counselor: number; outcome: CounselorOutcome }[],
): Placement {
  const { slots } = queue;
  const placed = new Placement();
  let cursor: Cursor = { slot: 0, anchor: slots[0]!.start, since: 0, end: slots[0]!.start };
  for (const [s, step] of steps.entries()) {
    const group = groups[step.counselor]!;
    let from = s === 0 ? slots[0]!.start : cursor.end + queue.changeover;
    const o = step.outcome;
    for (const i of 'order' in o ? o.order : runOrder(o, 0, group.length)) {
      const next = placeOne(group[i]!, cursor, from, queue)!;
      placed.push(group[i]!, next.start, next.cursor.end, next.cursor.slot);
      cursor = next.cursor;
      from = cursor.end;
    }
  }
  return placed;
}
