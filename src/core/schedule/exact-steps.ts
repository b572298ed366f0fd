// The steps of the exact search (exact.ts): one class placed by place.ts's rules, the idle it leaves, the walk's state.
import type { ClassEntry } from '../roster/model.js';
import { weightsOf } from './objective.js';
import type { RoomQueue } from './placement.js';
import { type Cursor, restart, stepRun } from './run-step.js';
import { slotWindows } from './windows.js';

/** One way to place a counselor's classes from a cursor: where it ends (and the end's number), what it costs. */
export interface Outcome {
  cursor: Cursor;
  at: number;
  /** Its weighted seconds: the idle it leaves, its returns and short visits at their prices (objective.ts). */
  weighted: number;
  /** Classes not at their roster place within the counselor. */
  moved: number;
}

/**
 * False when the windows surely cannot hold the classes: one class longer than every range it may use, or one
 * counselor's classes longer than the session time inside their windows (the proof needs no search).
 */
export function roomEnough(groups: readonly (readonly ClassEntry[])[], queue: RoomQueue): boolean {
  if (!queue.allowed) return true;
  const last = queue.slots.length - 1;
  for (const group of groups) {
    let needed = 0;
    let available = 0;
    let bounded = true;
    for (const c of group) {
      const windows = queue.allowed(c);
      const length = (c.headcount * queue.period) / queue.people;
      needed += length;
      if (!windows) {
        bounded = false;
        continue;
      }
      const ranges = queue.slots.flatMap((s, j) => slotWindows(s, j === last, windows));
      if (!ranges.some((r) => r.end - r.start >= length)) return false;
      if (c === group[0]) available = ranges.reduce((sum, r) => sum + r.end - r.start, 0);
      else if (windows !== queue.allowed(group[0]!)) bounded = false;
    }
    if (bounded && needed > available) return false;
  }
  return true;
}

/**
 * A number naming a walk's state (classes left, the cursor, still in the first session, and `part`: 0 when the visit
 * under way can no longer be short, 1 or 2 when it started at the session's start or the counselor's, else its
 * start): the anchor is named by what it is (the session's start, the counselor's starting anchor, or else itself),
 * so the key stays within 2^53.
 */
export function stateKey(
  left: number,
  at: Cursor,
  slotStart: number,
  startAnchor: number,
  inFirst: boolean,
  part = 0,
): number | string {
  const anchor = at.anchor === slotStart ? 0 : at.anchor === startAnchor ? 1 : 2;
  if (anchor === 2 || part > 2 || at.since >= 1 << 18 || at.slot >= 1 << 10)
    return `${left}|${at.slot}|${at.anchor}|${at.since}|${inFirst}|${part}`;
  return ((((at.slot * (1 << 18) + at.since) * 4 + anchor) * 2 + (inFirst ? 1 : 0)) * 3 + part) * (1 << 16) + left;
}

/** Session seconds between two times: what a room leaves idle waiting from `from` to `to`. */
export function sessionTime(slots: RoomQueue['slots'], from: number, to: number): number {
  let idle = 0;
  for (const s of slots) idle += Math.max(0, Math.min(s.end, to) - Math.max(s.start, from));
  return idle;
}

/**
 * One class placed by place.ts's rules at or after `from`: without constraints the run goes on while the class fits
 * before the break, else the class opens the next session; with constraints, the earliest place inside its windows.
 */
export function placeOne(
  c: ClassEntry,
  cursor: Cursor,
  from: number,
  queue: RoomQueue,
): { start: number; cursor: Cursor } | undefined {
  const { slots, people, period } = queue;
  const last = slots.length - 1;
  if (!queue.allowed) {
    const next = { ...cursor };
    if (from > next.end) restart(next, from);
    return { start: stepRun(c.headcount, next, queue), cursor: next };
  }
  const windows = queue.allowed(c);
  for (let j = cursor.slot; j < slots.length; j++) {
    for (const range of slotWindows(slots[j]!, j === last, windows)) {
      const at = Math.max(range.start, from);
      if (at >= range.end) continue;
      if (
        j === cursor.slot &&
        at === cursor.end &&
        (cursor.since + c.headcount) * period <= (range.end - cursor.anchor) * people
      ) {
        const since = cursor.since + c.headcount;
        return { start: at, cursor: { ...cursor, since, end: cursor.anchor + Math.round((since * period) / people) } };
      }
      if (c.headcount * period <= (range.end - at) * people)
        return {
          start: at,
          cursor: { slot: j, anchor: at, since: c.headcount, end: at + Math.round((c.headcount * period) / people) },
        };
    }
  }
  return undefined;
}

/** The weights in seconds: a return's price, a short visit's price, and the visit length below which it is short. */
export function prices(queue: RoomQueue): { returnCost: number; shortCost: number; minVisit: number } {
  const weights = weightsOf(queue);
  return {
    returnCost: weights.returnCost * 60,
    shortCost: weights.shortCost * 60,
    minVisit: weights.minVisit * 60,
  };
}
