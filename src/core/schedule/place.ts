import { maxOf, minOf } from '../arrays.js';
import type { ClassEntry } from '../roster/model.js';
import { type Placed, Placement, type RoomPlacement, type RoomQueue } from './placement.js';
import { restart, stepRun } from './run-step.js';
import { slotWindows } from './windows.js';

/**
 * Where the queue stands: a run of classes started at `anchor` in `slot`, `people` photographed since. Each boundary is
 * the anchor plus the people since it times the rate, rounded once, so no error accumulates over a run.
 */
interface Cursor {
  slot: number;
  anchor: number;
  people: number;
  end: number;
}

/**
 * Places counselor groups in a room, one after another, each counselor's classes together. Groups go in the given
 * priority order. With constraints, the next group is the first (in priority order) that can run without waiting for
 * a window; when every group would wait, the one that can start soonest; a college once started is finished before
 * another starts. Within a constrained counselor, the class that can start earliest goes first. A class never
 * straddles a break; the last session runs on past its end unless windows bound it.
 */
export function placeRoom(groups: readonly (readonly ClassEntry[])[], queue: RoomQueue): RoomPlacement {
  if (!queue.allowed) return placeInOrder(groups, queue);
  const placed = new Placement();
  const first = queue.slots[0]!;
  let cursor: Cursor = { slot: 0, anchor: first.start, people: 0, end: first.start };
  const remaining = [...groups];
  let college: { name: string | undefined } | undefined;
  while (remaining.length > 0) {
    const earliest = placed.length === 0 ? first.start : cursor.end + queue.changeover;
    const open = college && remaining.some((g) => g[0]!.college === college!.name) ? college : undefined;
    const eligible = (group: readonly ClassEntry[]) => !open || group[0]!.college === open.name;
    let chosen: { index: number; result: GroupPlacement } | undefined;
    for (let i = 0; i < remaining.length && !(chosen && !chosen.result.waited); i++) {
      if (!eligible(remaining[i]!)) continue;
      const result = placeGroup(remaining[i]!, cursor, earliest, queue);
      if ('unplaceable' in result) return result;
      if (!chosen || !result.waited || result.placed[0]!.start < chosen.result.placed[0]!.start)
        chosen = { index: i, result };
    }
    chosen = urgentInstead(remaining, chosen!, cursor, earliest, queue, eligible) ?? chosen;
    college = { name: remaining[chosen!.index]![0]!.college };
    remaining.splice(chosen!.index, 1);
    placed.pushAll(chosen!.result.placed);
    cursor = chosen!.result.cursor;
  }
  return { placed };
}

/**
 * A constrained group that could run now but no longer after the chosen one (its window would have passed): it goes
 * first, so the roster order does not make a feasible day impossible.
 */
function urgentInstead(
  remaining: readonly (readonly ClassEntry[])[],
  chosen: { index: number; result: GroupPlacement },
  cursor: Cursor,
  earliest: number,
  queue: RoomQueue,
  eligible: (group: readonly ClassEntry[]) => boolean,
): { index: number; result: GroupPlacement } | undefined {
  const after = chosen.result.cursor;
  for (let i = 0; i < remaining.length; i++) {
    const group = remaining[i]!;
    if (i === chosen.index || !eligible(group) || !group.some((c) => queue.allowed!(c))) continue;
    if (!('unplaceable' in placeGroup(group, after, after.end + queue.changeover, queue))) continue;
    const now = placeGroup(group, cursor, earliest, queue);
    if (!('unplaceable' in now)) return { index: i, result: now };
  }
  return undefined;
}

/**
 * Without constraints: every group in the given order, in one pass (the hot path of a big roster: no allocation per
 * class).
 */
function placeInOrder(groups: readonly (readonly ClassEntry[])[], queue: RoomQueue): RoomPlacement {
  if (queue.fillBreaks) return placeInOrderFilling(groups, queue);
  const { slots, changeover } = queue;
  let count = 0;
  for (const group of groups) count += group.length;
  const placed = new Placement(count);
  const run = { slot: 0, anchor: slots[0]!.start, since: 0, end: slots[0]!.start };
  for (const group of groups) {
    if (placed.length > 0 && changeover > 0) restart(run, run.end + changeover);
    for (const c of group) {
      const start = stepRun(c.headcount, run, queue);
      placed.push(c, start, run.end, run.slot);
    }
  }
  return { placed };
}

/** Every group in the given order, filling sessions before breaks with split counselors' classes (optimize). */
function placeInOrderFilling(groups: readonly (readonly ClassEntry[])[], queue: RoomQueue): RoomPlacement {
  const placed = new Placement();
  const first = queue.slots[0]!;
  let cursor: Cursor = { slot: 0, anchor: first.start, people: 0, end: first.start };
  for (const group of groups) {
    const result = placeGroup(group, cursor, placed.length === 0 ? first.start : cursor.end + queue.changeover, queue);
    if ('unplaceable' in result) return result;
    placed.pushAll(result.placed);
    cursor = result.cursor;
  }
  return { placed };
}

/** A counselor's classes placed, the queue after them, and whether any class had to wait for its window. */
interface GroupPlacement {
  placed: Placed[];
  cursor: Cursor;
  waited: boolean;
}

function placeGroup(
  group: readonly ClassEntry[],
  start: Cursor,
  earliest: number,
  queue: RoomQueue,
): GroupPlacement | { unplaceable: ClassEntry } {
  const placed: Placed[] = [];
  const left = [...group];
  let cursor = start;
  let from = earliest;
  let waited = false;
  while (left.length > 0) {
    const constrained = queue.allowed !== undefined && left.some((c) => queue.allowed!(c));
    const choice = constrained
      ? earliestClass(left, cursor, from, queue)
      : inOrder(left, cursor, from, queue, placed.length > 0);
    if (!choice) return { unplaceable: left[0]! };
    if ('unplaceable' in choice) return choice;
    if (constrained)
      waited ||=
        choice.placed.start >
        placeClass(choice.placed.entry, cursor, from, { ...queue, allowed: undefined })!.placed.start;
    left.splice(left.indexOf(choice.placed.entry), 1);
    placed.push(choice.placed);
    cursor = choice.cursor;
    from = cursor.end;
  }
  return { placed, cursor, waited };
}

type Choice = { placed: Placed; cursor: Cursor } | { unplaceable: ClassEntry };

/**
 * The next class in roster order. With fillBreaks, when the counselor is split by this break anyway (it has started
 * here, or its next class fits but not all of them do), the classes that best fill the session go first.
 */
function inOrder(
  left: readonly ClassEntry[],
  cursor: Cursor,
  from: number,
  queue: RoomQueue,
  started: boolean,
): Choice | undefined {
  const next = left[0]!;
  const beforeBreak = queue.fillBreaks && from === cursor.end && cursor.slot < queue.slots.length - 1;
  if (beforeBreak && (started || fitsContinuing(next, cursor, queue)) && !allFit(left, cursor, queue)) {
    const filler = bestFill(left, cursor, queue);
    if (filler) return continuing(filler, cursor, queue);
  }
  const result = placeClass(next, cursor, from, queue);
  return result ?? { unplaceable: next };
}

/** Among the classes left, the one that can start earliest; ties go to the earliest deadline, then roster order. */
function earliestClass(
  left: readonly ClassEntry[],
  cursor: Cursor,
  from: number,
  queue: RoomQueue,
): Choice | undefined {
  let best: { placed: Placed; cursor: Cursor; deadline: number } | undefined;
  for (const c of left) {
    const result = placeClass(c, cursor, from, queue);
    if (!result) return { unplaceable: c };
    const deadline = maxOf((queue.allowed!(c) ?? [{ start: 0, end: Number.POSITIVE_INFINITY }]).map((w) => w.end));
    if (
      !best ||
      result.placed.start < best.placed.start ||
      (result.placed.start === best.placed.start && deadline < best.deadline)
    ) {
      best = { ...result, deadline };
    }
  }
  return best;
}

/**
 * The earliest place for a class at or after `from`: in a session, inside its allowed windows, never across a break.
 */
function placeClass(
  c: ClassEntry,
  cursor: Cursor,
  from: number,
  queue: RoomQueue,
): { placed: Placed; cursor: Cursor } | undefined {
  const { slots, people, period } = queue;
  const windows = queue.allowed?.(c);
  for (let j = cursor.slot; j < slots.length; j++) {
    for (const range of slotWindows(slots[j]!, j === slots.length - 1, windows)) {
      const at = Math.max(range.start, from);
      if (at >= range.end) continue;
      if (
        j === cursor.slot &&
        at === cursor.end &&
        (cursor.people + c.headcount) * period <= (range.end - cursor.anchor) * people
      ) {
        return continuing(c, cursor, queue);
      }
      if (c.headcount * period <= (range.end - at) * people) {
        const end = at + Math.round((c.headcount * period) / people);
        return {
          placed: { entry: c, start: at, end, slot: j },
          cursor: { slot: j, anchor: at, people: c.headcount, end },
        };
      }
    }
  }
  return undefined;
}

/** The class placed right after the previous one, on the same run. */
function continuing(c: ClassEntry, cursor: Cursor, queue: RoomQueue): { placed: Placed; cursor: Cursor } {
  const total = cursor.people + c.headcount;
  const end = cursor.anchor + Math.round((total * queue.period) / queue.people);
  return { placed: { entry: c, start: cursor.end, end, slot: cursor.slot }, cursor: { ...cursor, people: total, end } };
}

function allFit(left: readonly ClassEntry[], cursor: Cursor, queue: RoomQueue): boolean {
  const people = left.reduce((sum, c) => sum + c.headcount, 0);
  return (cursor.people + people) * queue.period <= (queue.slots[cursor.slot]!.end - cursor.anchor) * queue.people;
}

function fitsContinuing(c: ClassEntry, cursor: Cursor, queue: RoomQueue): boolean {
  return (cursor.people + c.headcount) * queue.period <= (queue.slots[cursor.slot]!.end - cursor.anchor) * queue.people;
}

const EXHAUSTIVE_FILL = 12;

/**
 * The first class of the best filling of what is left of the session: the subset of the classes left whose people
 * fill it most (every subset tried for up to 12 classes, largest first beyond), in roster order.
 */
function bestFill(left: readonly ClassEntry[], cursor: Cursor, queue: RoomQueue): ClassEntry | undefined {
  const room =
    Math.floor(((queue.slots[cursor.slot]!.end - cursor.anchor) * queue.people) / queue.period) - cursor.people;
  if (room <= 0) return undefined;
  if (left.length <= EXHAUSTIVE_FILL) {
    // Every subset by its mask, in increasing order, each sum from a smaller mask's: the first mask with the best sum.
    const sums = new Int32Array(1 << left.length);
    let bestSum = 0;
    let bestMask = 0;
    for (let mask = 1; mask < sums.length; mask++) {
      const low = 31 - Math.clz32(mask & -mask);
      const sum = sums[mask & (mask - 1)]! + left[low]!.headcount;
      sums[mask] = sum;
      if (sum <= room && sum > bestSum) {
        bestSum = sum;
        bestMask = mask;
        if (sum === room) break;
      }
    }
    return bestMask === 0 ? undefined : left[31 - Math.clz32(bestMask & -bestMask)];
  }
  const chosen: number[] = [];
  let sum = 0;
  for (const i of left.map((_, i) => i).sort((a, b) => left[b]!.headcount - left[a]!.headcount || a - b)) {
    if (sum + left[i]!.headcount <= room) {
      sum += left[i]!.headcount;
      chosen.push(i);
    }
  }
  return chosen.length === 0 ? undefined : left[minOf(chosen)];
}
