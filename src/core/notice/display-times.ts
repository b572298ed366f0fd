import type { Plan, Segment } from '../schedule/plan.js';
import { scheduledPart } from '../schedule/unscheduled.js';
import { clock } from '../time.js';

/** A segment's scheduled part as printed, in seconds since midnight of its date (always within its session). */
export interface DisplayTimes {
  start: number;
  end: number;
}

/** Finer steps tried, in minutes, when a session is too crowded for the chosen one (each must divide it). */
const FINER_STEPS = [30, 15, 10, 5, 1];

/**
 * Display times of the scheduled part of every segment (a segment wholly past the last session has none), one room and
 * session at a time. The rules, in order of precedence:
 * - every shown time lies within the session (its start and end are shown as they are, on the rounding grid or not);
 * - a shown segment has a positive length, and none overlaps the one before it;
 * - a boundary two segments share shows once, rounded to the nearest step;
 * - an end before a gap or a break rounds up (never earlier than the truth);
 * - every shown time is within one step of the exact one.
 * Where the step's grid cannot keep all of these (short segments crowding a session), a finer grid (15, 10, 5, 1
 * minutes) is used where needed, then any minute of the session; a session with more segments than minutes shows
 * them a minute apart until its end.
 */
export function displayTimes(plan: Plan, stepMinutes: number): Map<Segment, DisplayTimes> {
  const groups = new Map<number, { segment: Segment; start: number; end: number }[]>();
  for (const block of plan.blocks) {
    for (const segment of block.segments) {
      const part = scheduledPart(plan, segment);
      if (!part) continue;
      const key = block.room * plan.slots.length + segment.slot;
      const group = groups.get(key) ?? [];
      group.push({ segment, start: part.start, end: part.end });
      groups.set(key, group);
    }
  }
  const display = new Map<Segment, DisplayTimes>();
  for (const group of groups.values()) {
    group.sort((a, b) => a.start - b.start);
    const { midnight, start, end } = plan.slots[group[0]!.segment.slot]!;
    const shown = roundSession(
      group.map((g) => ({ start: g.start - midnight, end: g.end - midnight })),
      { start: start - midnight, end: end - midnight },
      stepMinutes * 60,
    );
    group.forEach((g, i) => {
      display.set(g.segment, shown[i]!);
    });
  }
  return display;
}

/**
 * The time cells of a segment over its rows: the shown times of its scheduled part, then `unscheduled` (未排入) over
 * the classes that run past the last session.
 */
export function timeCells(
  plan: Plan,
  segment: Segment,
  display: ReadonlyMap<Segment, DisplayTimes>,
  unscheduled: string,
): { first: number; last: number; text: string }[] {
  const part = scheduledPart(plan, segment);
  const shown = display.get(segment);
  const cells =
    part && shown ? [{ first: part.first, last: part.last, text: `${clock(shown.start)}-${clock(shown.end)}` }] : [];
  const next = part ? part.last + 1 : segment.first;
  if (next <= segment.last) cells.push({ first: next, last: segment.last, text: unscheduled });
  return cells;
}

/** A boundary to show: its exact time, whether it must come after the one before, and how it rounds. */
interface Point {
  x: number;
  /** A shared boundary, or a start after a gap, rounds to the nearest step; an end before a gap rounds up. */
  up: boolean;
  /** The end of a segment comes strictly after its start; a start after a gap may show the end before it. */
  strict: boolean;
}

/**
 * Shown times of the consecutive parts of one session (seconds since midnight, in order, within the session), by the
 * rules of {@link displayTimes}.
 */
export function roundSession(parts: readonly DisplayTimes[], session: DisplayTimes, step: number): DisplayTimes[] {
  const points: Point[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  parts.forEach((p, i) => {
    if (i === 0 || parts[i - 1]!.end !== p.start) points.push({ x: p.start, up: false, strict: false });
    starts.push(points.length - 1);
    const next = parts[i + 1];
    points.push({ x: p.end, up: !next || next.start !== p.end, strict: true });
    ends.push(points.length - 1);
  });
  const preferred = grid(session, step);
  const wanted = points.map((p) => (p.up ? ceil(preferred, p.x) : nearest(preferred, p.x)));
  let shown: number[] | undefined;
  for (const s of [step, ...FINER_STEPS.map((m) => m * 60).filter((s) => s < step && step % s === 0)]) {
    shown = solve(points, grid(session, s), wanted, step);
    if (shown) break;
  }
  const times = shown ?? solve(points, grid(session, 60), wanted, Number.POSITIVE_INFINITY) ?? crowded(points, session);
  return parts.map((_, i) => ({ start: times[starts[i]!]!, end: times[ends[i]!]! }));
}

/**
 * Values from the candidates, one per point: each within `tolerance` of its exact time (an end before a gap no
 * earlier than it), after the one before (strictly where the point says so), as near the wanted value as that allows;
 * undefined when no such values exist. The earliest values each point can take, going forward, prove there is an
 * answer; the latest, going back, keep room for the points after it; each point then takes its wanted value within
 * both.
 */
function solve(
  points: readonly Point[],
  candidates: readonly number[],
  wanted: readonly number[],
  tolerance: number,
): number[] | undefined {
  const n = points.length;
  const lo = points.map((p) => firstAtLeast(candidates, p.up ? p.x : p.x - tolerance));
  const hi = points.map((p) => lastAtMost(candidates, p.x + tolerance));
  const earliest: number[] = [];
  for (let j = 0; j < n; j++) {
    earliest[j] = Math.max(lo[j]!, j === 0 ? 0 : earliest[j - 1]! + (points[j]!.strict ? 1 : 0));
    if (earliest[j]! > hi[j]!) return undefined;
  }
  const latest: number[] = new Array(n);
  for (let j = n - 1; j >= 0; j--)
    latest[j] = Math.min(hi[j]!, j === n - 1 ? hi[j]! : latest[j + 1]! - (points[j + 1]!.strict ? 1 : 0));
  const chosen: number[] = [];
  for (let j = 0; j < n; j++) {
    const want = Math.min(latest[j]!, Math.max(earliest[j]!, lastAtMost(candidates, wanted[j]!)));
    chosen[j] = j === 0 ? want : Math.max(want, chosen[j - 1]! + (points[j]!.strict ? 1 : 0));
  }
  return chosen.map((i) => candidates[i]!);
}

/**
 * The last resort, for a session with more segments than minutes: each point at its nearest minute or the minute after
 * the one before, whichever is later, until the session's end; the segments that do not fit there show no length.
 */
function crowded(points: readonly Point[], session: DisplayTimes): number[] {
  const minutes = grid(session, 60);
  let previous = -1;
  return points.map((p) => {
    const mine = lastAtMost(minutes, nearest(minutes, p.x));
    previous = Math.min(minutes.length - 1, Math.max(mine, previous + (p.strict ? 1 : 0)));
    return minutes[previous]!;
  });
}

/** The session's start and end, and every multiple of the step between them. */
function grid(session: DisplayTimes, step: number): number[] {
  const values = [session.start];
  for (let t = (Math.floor(session.start / step) + 1) * step; t < session.end; t += step) values.push(t);
  values.push(session.end);
  return values;
}

/** The first grid value at or after t (the last one when none is). */
function ceil(values: readonly number[], t: number): number {
  return values[Math.min(values.length - 1, firstAtLeast(values, t))]!;
}

/** The grid value nearest t, the later one on a tie. */
function nearest(values: readonly number[], t: number): number {
  const above = Math.min(values.length - 1, firstAtLeast(values, t));
  const below = Math.max(0, above - 1);
  return t - values[below]! < values[above]! - t ? values[below]! : values[above]!;
}

/** Index of the first value ≥ t (the length when there is none). */
function firstAtLeast(values: readonly number[], t: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < t) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the last value ≤ t (-1 when there is none). */
function lastAtMost(values: readonly number[], t: number): number {
  return firstAtLeast(values, t + 1e-9) - 1;
}
