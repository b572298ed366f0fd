import type { Plan, Segment } from '../schedule/plan.js';
import type { LocalSeconds } from '../time.js';

/** A segment's times as printed, in seconds since midnight of its date (past 86 400 when a plan runs past midnight). */
export interface DisplayTimes {
  start: number;
  end: number;
}

/**
 * Display times of every segment, room by room. A boundary two segments share rounds to the nearest step,
 * so print shows no gap and no overlap; an end before a break or a gap rounds up (never earlier than the truth, never
 * past the session's end when the class fits), and what follows a gap never shows as starting before it; a boundary
 * that would round onto the one before it moves a step on, so no segment shows as empty.
 */
export function displayTimes(plan: Plan, stepMinutes: number): Map<Segment, DisplayTimes> {
  const display = new Map<Segment, DisplayTimes>();
  plan.rooms.forEach((_, room) => {
    const segments = plan.blocks
      .filter((b) => b.room === room)
      .flatMap((b) => b.segments)
      .sort((a, b) => a.start - b.start);
    roundRoom(plan, segments, stepMinutes * 60, display);
  });
  return display;
}

function roundRoom(plan: Plan, segments: readonly Segment[], step: number, display: Map<Segment, DisplayTimes>): void {
  const nearest = (t: LocalSeconds, midnight: LocalSeconds) => Math.round((t - midnight) / step) * step;
  const up = (t: LocalSeconds, midnight: LocalSeconds) => Math.ceil((t - midnight) / step) * step;
  let previous: { end: LocalSeconds; shownEnd: number; slot: number } | undefined;
  segments.forEach((s, i) => {
    const next = segments[i + 1];
    const { midnight, end: slotEnd } = plan.slots[s.slot]!;
    // after a gap in the same session (changeover, a wait for a counselor), never start before the last shown end
    const start =
      !previous || previous.slot !== s.slot
        ? nearest(s.start, midnight)
        : previous.end === s.start
          ? previous.shownEnd
          : Math.max(nearest(s.start, midnight), previous.shownEnd);
    const gapAfter = !next || next.start !== s.end;
    const rounded = !gapAfter
      ? nearest(s.end, midnight)
      : s.end <= slotEnd
        ? Math.min(up(s.end, midnight), Math.max(slotEnd - midnight, nearest(s.end, midnight)))
        : up(s.end, midnight);
    const end = Math.max(rounded, start + step);
    display.set(s, { start, end });
    previous = { end: s.end, shownEnd: end, slot: s.slot };
  });
}
