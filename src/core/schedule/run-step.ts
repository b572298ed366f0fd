// One class added to a room's queue without constraints: the one rule both place.ts's in-order pass and the exact
// search (exact-steps.ts) time a class by, so the two cannot drift apart.
import type { RoomQueue } from './placement.js';

/**
 * Where the queue stands: a run started at `anchor` in `slot`, `since` people photographed on it, ending at `end`
 * (the anchor plus the people times the rate, rounded once, so rounding never adds up along a run).
 */
export interface Cursor {
  slot: number;
  anchor: number;
  since: number;
  end: number;
}

/**
 * Adds `headcount` people to the run at `cursor`, changing it in place (no allocation: the hot path of a big
 * roster), and returns the class's start. The run goes on while the class fits before the session's end; else the
 * class opens the next session (the last session takes what is left, the overflow).
 */
export function stepRun(headcount: number, cursor: Cursor, queue: RoomQueue): number {
  const { slots, people, period } = queue;
  const last = slots.length - 1;
  while (
    cursor.slot < last &&
    ((cursor.since + headcount) * period > (slots[cursor.slot]!.end - cursor.anchor) * people ||
      cursor.end >= slots[cursor.slot]!.end)
  ) {
    cursor.slot++;
    restart(cursor, slots[cursor.slot]!.start);
  }
  if (cursor.anchor < slots[cursor.slot]!.start) restart(cursor, slots[cursor.slot]!.start);
  const start = cursor.end;
  cursor.since += headcount;
  cursor.end = cursor.anchor + Math.round((cursor.since * period) / people);
  return start;
}

/** A new run at `at` (after a changeover, a wait or a break). */
export function restart(cursor: Cursor, at: number): void {
  cursor.anchor = at;
  cursor.since = 0;
  cursor.end = at;
}
