// A counselor's outcomes without windows for the exact search (exact.ts): a class order decides only which classes go
// in each session, so outcomes are built from subsets, and what follows a break is shared by every starting cursor.
import { pushAll } from '../arrays.js';
import type { ClassEntry } from '../roster/model.js';
import { type Outcome, placeOne, prices, sessionTime } from './exact-steps.js';
import type { RoomQueue } from './placement.js';
import type { Cursor } from './run-step.js';

/**
 * One way to place what is left of a counselor from a cursor: where it ends, its weighted cost (idle, returns, short
 * visits) and moved classes, and how to rebuild its order: `head` (a mask) in the cursor's session, then
 * class `next` (-1: none) opening a later one, then `rest`.
 */
export interface Run extends Outcome {
  head: number;
  next: number;
  rest: Run | null;
}

/** Openers tried (a subset for the session × a class opening the next) per call of the budget's count. */
const TRIES_PER_COUNT = 16;

/** True when every class lasts more than half a second: then the classes that fit a session fit it in any order. */
export function runsApply(groups: readonly (readonly ClassEntry[])[], queue: RoomQueue): boolean {
  if (queue.allowed) return false;
  return groups.every((g) => g.every((c) => 2 * c.headcount * queue.period > queue.people));
}

function bits(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}

/** Classes of `mask` not at their roster place when placed from position `from` keeping as many there as it can. */
function movedFrom(mask: number, from: number): number {
  const size = bits(mask);
  const window = ((1 << size) - 1) << from;
  return size - bits(mask & window);
}

/**
 * The outcomes of counselor c's classes in `left` from `cursor` (`present`: the counselor already has a class in the
 * cursor's session, opened at its start; `prior`: the counselor visited an earlier session), one per end cursor, the
 * least weighted cost (then the fewest moved) kept. The visit under way started at the session's start when present,
 * else at the cursor's end, so the cost of closing it (a return, short or not) depends only on the key. In the
 * session a set of classes either all fit, in any order (every class longer than half a second, see runsApply), or a
 * class that does not fit opens the next one: so an outcome is a subset for this session, the class that opens the
 * next, and the outcome of the rest from there, which depends on that class, the rest and `prior` only (memoized
 * across cursors). In the last session the rest runs on in one order. `count` is called once per branch and once per
 * 16 openers tried (the caller's budget: a counselor of 16 classes has 65 536 subsets).
 */
export function runSearch(
  groups: readonly (readonly ClassEntry[])[],
  queue: RoomQueue,
  cursorKey: (c: Cursor) => number,
  count: () => void,
) {
  const { slots, people, period } = queue;
  const last = slots.length - 1;
  const n = groups.length;
  const sums = groups.map((g) => {
    const s = new Float64Array(1 << g.length);
    for (let m = 1; m < s.length; m++) s[m] = s[m & (m - 1)]! + g[31 - Math.clz32(m & -m)]!.headcount;
    return s;
  });
  const memo = new Map<number, Run[]>();
  let tried = 0;
  const { returnCost, shortCost, minVisit } = prices(queue);
  /** A visit's price when it is one of several: short or not. */
  const short = (start: number, end: number) => (end - start < minVisit ? shortCost : 0);

  const search = (c: number, left: number, cursor: Cursor, present: boolean, prior: boolean): Run[] => {
    const key = (((cursorKey(cursor) * 2 + (present ? 1 : 0)) * 2 + (prior ? 1 : 0)) * n + c) * 2 ** 16 + left;
    const known = memo.get(key);
    if (known) return known;
    const group = groups[c]!;
    const k = group.length;
    const from = k - bits(left);
    const sum = sums[c]!;
    const { slot, anchor, since } = cursor;
    const room = (slots[slot]!.end - anchor) * people;
    const visitStart = present ? slots[slot]!.start : cursor.end;
    if (left === 0 || slot === last || (since + sum[left]!) * period <= room) {
      const s = since + sum[left]!;
      const at: Cursor = { slot, anchor, since: s, end: anchor + Math.round((s * period) / people) };
      const moved = movedFrom(left, from);
      const weighted = prior ? short(visitStart, at.end) : 0;
      const runs = [{ cursor: at, at: cursorKey(at), weighted, moved, head: left, next: -1, rest: null }];
      memo.set(key, runs);
      return runs;
    }
    const kept = new Map<number, Run>();
    /** True when no outcome kept ends at cursor `at` costing less, or as little with fewer moved. */
    const better = (at: number, weighted: number, moved: number) => {
      const other = kept.get(at);
      return !other || other.weighted > weighted || (other.weighted === weighted && other.moved > moved);
    };
    const keep = (run: Run) => kept.set(run.at, run);
    const next = slot + 1;
    const nextRoom = (slots[next]!.end - slots[next]!.start) * people;
    const slotEnd = slots[slot]!.end;
    for (let head = left; ; head = (head - 1) & left) {
      const s = since + sum[head]!;
      if (head === 0 || s * period <= room) {
        // each subset that fits looks at every class as the next session's opener
        tried += k;
        if (tried >= TRIES_PER_COUNT) {
          tried -= TRIES_PER_COUNT;
          count();
        }
        const end = head === 0 ? cursor.end : anchor + Math.round((s * period) / people);
        const full = end >= slotEnd;
        const movedHead = movedFrom(head, from);
        const opens = from + bits(head);
        const others = left & ~head;
        // leaving the session with a class in it is a return: the visit closes, short or not
        const split = present || head !== 0;
        const closing = split ? returnCost + short(visitStart, end) : 0;
        if (next === last || sum[others]! * period <= nextRoom) {
          // the others all fit the next session: one outcome, whichever of them opens it
          let opener = -1;
          let moved = 0;
          for (let i = 0; i < k; i++) {
            if (!(others & (1 << i)) || (!full && (s + group[i]!.headcount) * period <= room)) continue;
            const m = (i === opens ? 0 : 1) + movedFrom(others & ~(1 << i), opens + 1);
            if (opener < 0 || m < moved) {
              opener = i;
              moved = m;
            }
          }
          if (opener >= 0) {
            count();
            const start = slots[next]!.start;
            const filled = sum[others]!;
            const at: Cursor = {
              slot: next,
              anchor: start,
              since: filled,
              end: start + Math.round((filled * period) / people),
            };
            const id = cursorKey(at);
            const rest = split || prior ? short(start, at.end) : 0;
            const weighted = sessionTime(slots, end, start) + closing + rest;
            if (better(id, weighted, movedHead + moved)) {
              const restMoved = moved - (opener === opens ? 0 : 1);
              const tail = others & ~(1 << opener);
              const final: Run = {
                cursor: at,
                at: id,
                weighted: rest,
                moved: restMoved,
                head: tail,
                next: -1,
                rest: null,
              };
              keep({ cursor: at, at: id, weighted, moved: movedHead + moved, head, next: opener, rest: final });
            }
          }
        } else {
          const at: Cursor = head === 0 ? cursor : { slot, anchor, since: s, end };
          for (let i = 0; i < k; i++) {
            if (!(others & (1 << i)) || (!full && (s + group[i]!.headcount) * period <= room)) continue;
            count();
            const step = placeOne(group[i]!, at, end, queue)!;
            const wait = sessionTime(slots, end, step.start);
            for (const rest of search(c, others & ~(1 << i), step.cursor, true, prior || split)) {
              const moved = movedHead + (i === opens ? 0 : 1) + rest.moved;
              const weighted = wait + closing + rest.weighted;
              if (better(rest.at, weighted, moved))
                keep({ cursor: rest.cursor, at: rest.at, weighted, moved, head, next: i, rest });
            }
          }
        }
      }
      if (head === 0) break;
    }
    const runs = [...kept.values()];
    memo.set(key, runs);
    return runs;
  };
  return search;
}

/** The class order of a run placed from position `from`: its head's classes (roster places kept), its next, its rest. */
export function runOrder(run: Run, from: number, k: number): number[] {
  const order: number[] = [];
  for (let r: Run | null = run, at = from; r; r = r.rest) {
    const size = bits(r.head);
    const slots = new Array<number>(size).fill(-1);
    for (let i = 0; i < k; i++) if (r.head & (1 << i) && i >= at && i < at + size) slots[i - at] = i;
    let fill = 0;
    for (let i = 0; i < k; i++) {
      if (!(r.head & (1 << i)) || (i >= at && i < at + size)) continue;
      while (slots[fill] !== -1) fill++;
      slots[fill] = i;
    }
    pushAll(order, slots);
    at += size;
    if (r.next >= 0) {
      order.push(r.next);
      at++;
    }
  }
  return order;
}
