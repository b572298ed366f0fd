// A counselor's outcomes without windows for the exact search (exact.ts): a class order decides only which classes go
// in each session, so outcomes are built from subsets, and what follows a break is shared by every starting cursor.
import type { ClassEntry } from '../roster/model.js';
import { placeOne, sessionTime } from './exact-steps.js';
import type { RoomQueue } from './placement.js';
import type { Cursor } from './run-step.js';

/**
 * One way to place what is left of a counselor from a cursor: where it ends, whether it leaves the cursor's session,
 * the idle and moved classes it costs, and how to rebuild its order: `head` (a mask) in the cursor's session, then
 * class `next` (-1: none) opening a later one, then `rest`.
 */
export interface Run {
  cursor: Cursor;
  /** The cursor's number. */
  at: number;
  split: boolean;
  idle: number;
  moved: number;
  head: number;
  next: number;
  rest: Run | null;
}

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
 * cursor's session), one per end cursor and split, the least idle (then the fewest moved) kept. In the session a set
 * of classes either all fit, in any order (every class longer than half a second, see runsApply), or a class that
 * does not fit opens the next one: so an outcome is a subset for this session, the class that opens the next, and
 * the outcome of the rest from there, which depends on that class and the rest only (memoized across cursors). In the
 * last session the rest runs on in one order. `count` is called once per branch (the caller's budget).
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

  const search = (c: number, left: number, cursor: Cursor, present: boolean): Run[] => {
    const key = ((cursorKey(cursor) * 2 + (present ? 1 : 0)) * n + c) * 2 ** 16 + left;
    const known = memo.get(key);
    if (known) return known;
    const group = groups[c]!;
    const k = group.length;
    const from = k - bits(left);
    const sum = sums[c]!;
    const { slot, anchor, since } = cursor;
    const after = (mask: number): Cursor => {
      const s = since + sum[mask]!;
      return { slot, anchor, since: s, end: anchor + Math.round((s * period) / people) };
    };
    const stay = (mask: number): Run => {
      const at = after(mask);
      return {
        cursor: at,
        at: cursorKey(at),
        split: false,
        idle: 0,
        moved: movedFrom(mask, from),
        head: mask,
        next: -1,
        rest: null,
      };
    };
    const room = (slots[slot]!.end - anchor) * people;
    if (left === 0 || slot === last || (since + sum[left]!) * period <= room) {
      const runs = [stay(left)];
      memo.set(key, runs);
      return runs;
    }
    const kept = new Map<number, Run>();
    const keep = (run: Run) => {
      const name = run.at * 2 + (run.split ? 1 : 0);
      const other = kept.get(name);
      if (!other || other.idle > run.idle || (other.idle === run.idle && other.moved > run.moved)) kept.set(name, run);
    };
    const next = slot + 1;
    const nextRoom = (slots[next]!.end - slots[next]!.start) * people;
    for (let head = left; ; head = (head - 1) & left) {
      if (head === 0 || (since + sum[head]!) * period <= room) {
        const at = head === 0 ? cursor : after(head);
        const full = at.end >= slots[slot]!.end;
        const movedHead = movedFrom(head, from);
        const opens = from + bits(head);
        const others = left & ~head;
        /** True when class i would not fit after the head, so it opens a later session. */
        const jumps = (i: number) =>
          (others & (1 << i)) !== 0 && (full || (at.since + group[i]!.headcount) * period > room);
        if (next === last || sum[others]! * period <= nextRoom) {
          // the others all fit the next session: one outcome, whichever of them opens it
          let opener = -1;
          let moved = 0;
          for (let i = 0; i < k; i++) {
            if (!jumps(i)) continue;
            const m = (i === opens ? 0 : 1) + movedFrom(others & ~(1 << i), opens + 1);
            if (opener < 0 || m < moved) [opener, moved] = [i, m];
          }
          if (opener >= 0) {
            count();
            const start = slots[next]!.start;
            const s = sum[others]!;
            const end: Cursor = { slot: next, anchor: start, since: s, end: start + Math.round((s * period) / people) };
            const rest: Run = {
              cursor: end,
              at: cursorKey(end),
              split: false,
              idle: 0,
              moved: moved - (opener === opens ? 0 : 1),
              head: others & ~(1 << opener),
              next: -1,
              rest: null,
            };
            const split = present || head !== 0;
            const idle = sessionTime(slots, at.end, start);
            keep({ ...rest, split, idle, moved: movedHead + moved, head, next: opener, rest });
          }
        } else
          for (let i = 0; i < k; i++) {
            if (!jumps(i)) continue;
            count();
            const step = placeOne(group[i]!, at, at.end, queue)!;
            const wait = sessionTime(slots, at.end, step.start);
            for (const rest of search(c, others & ~(1 << i), step.cursor, true)) {
              const split = present || head !== 0 || rest.split;
              const moved = movedHead + (i === opens ? 0 : 1) + rest.moved;
              keep({ cursor: rest.cursor, at: rest.at, split, idle: wait + rest.idle, moved, head, next: i, rest });
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
    order.push(...slots);
    at += size;
    if (r.next >= 0) {
      order.push(r.next);
      at++;
    }
  }
  return order;
}
