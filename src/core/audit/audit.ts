import { maxOf, pushAll } from '../arrays.js';
import { normalizeForMatch } from '../roster/columns.js';
import type { Session } from '../settings.js';
import { periodSeconds, type Throughput } from '../throughput.js';
import type { IsoDate } from '../time.js';
import type { Timetable, TimetableClass, TimetableWindow } from './timetable.js';

/** What a timetable is checked against: the photographer's rate, the day's sessions, the minutes a window may run over. */
export interface AuditSettings {
  throughput: Throughput;
  sessions: readonly Session[];
  /** Seconds a window may be short and still hold. */
  tolerance: number;
}

/** One published window measured at the rate. */
export interface WindowAudit {
  window: TimetableWindow;
  people: number;
  /** Seconds the window gives, and seconds its classes need at the rate. */
  given: number;
  needed: number;
  /** needed − given: over when positive, spare when negative. */
  over: number;
  /** The people per period of the user's rate the window implies (people × period ÷ given). */
  implied: number;
  /** The window is short by more than the tolerance. */
  short: boolean;
}

/** What is wrong with the timetable as a whole, besides a short window. */
export type AuditProblem =
  | {
      kind: 'overlap' | 'gap';
      date: IsoDate;
      /** The room both windows are in, when the timetable has rooms. */
      room?: string;
      first: TimetableWindow;
      second: TimetableWindow;
      seconds: number;
    }
  /** One counselor in two rooms at once. */
  | { kind: 'counselorClash'; counselor: string; first: TimetableWindow; second: TimetableWindow; seconds: number }
  | { kind: 'crossesBreak'; window: TimetableWindow; from: number; to: number }
  | { kind: 'duplicateClass'; name: string; first: TimetableClass; second: TimetableClass }
  | { kind: 'unscheduled'; classes: TimetableClass[] };

/** A timetable checked: every window, every problem, and the rate from which every window holds. */
export interface Audit {
  timetable: Timetable;
  settings: AuditSettings;
  windows: WindowAudit[];
  problems: AuditProblem[];
  summary: {
    windowsOver: number;
    /** Seconds the short windows are short by, in all. */
    over: number;
    /** Every window holds within the tolerance and no class is left unscheduled. */
    fits: boolean;
    /** The smallest whole number of people per the rate's period at which every window holds; 0 without windows. */
    holdsFrom: number;
  };
}

/** A window's people, the time it gives and the time they need at the rate. */
function measured(window: TimetableWindow, settings: AuditSettings): WindowAudit {
  const period = periodSeconds(settings.throughput);
  const people = window.classes.reduce((sum, c) => sum + c.headcount, 0);
  const given = window.end - window.start;
  const needed = (people * period) / settings.throughput.people;
  const over = needed - given;
  return {
    window,
    people,
    given,
    needed,
    over,
    implied: (people * period) / given,
    short: over > settings.tolerance + 1e-9,
  };
}

/** Checks every window of a timetable against the rate and the sessions (pure). */
export function auditTimetable(timetable: Timetable, settings: AuditSettings): Audit {
  const windows = timetable.windows.map((w) => measured(w, settings));
  const problems: AuditProblem[] = [...overlapsAndGaps(timetable.windows, settings)];
  pushAll(problems, clashes(timetable.windows));
  for (const window of timetable.windows) {
    const outside = outsideSessions(window, settings.sessions);
    if (outside) problems.push({ kind: 'crossesBreak', window, ...outside });
  }
  pushAll(problems, duplicates(timetable));
  if (timetable.unscheduled.length > 0) problems.push({ kind: 'unscheduled', classes: timetable.unscheduled });
  const short = windows.filter((w) => w.short);
  const period = periodSeconds(settings.throughput);
  const holdsFrom = maxOf(
    windows.map((w) => Math.ceil((w.people * period) / (w.given + settings.tolerance) - 1e-9)),
    0,
  );
  return {
    timetable,
    settings,
    windows,
    problems,
    summary: {
      windowsOver: short.length,
      over: short.reduce((sum, w) => sum + w.over, 0),
      fits: short.length === 0 && timetable.unscheduled.length === 0,
      holdsFrom,
    },
  };
}

/**
 * Two windows of a day and a room (each room is its own queue) one after the other in time that overlap, or leave
 * working time between them unused (see idleSeconds).
 */
function overlapsAndGaps(windows: readonly TimetableWindow[], settings: AuditSettings): AuditProblem[] {
  const found: AuditProblem[] = [];
  const queues = new Map<string, TimetableWindow[]>();
  for (const w of windows) {
    const key = `${w.date} ${w.room ?? ''}`;
    queues.set(key, [...(queues.get(key) ?? []), w]);
  }
  for (const queue of queues.values()) {
    const sorted = [...queue].sort((a, b) => a.start - b.start || a.end - b.end);
    const { date, room } = sorted[0]!;
    const at = room === undefined ? { date } : { date, room };
    for (let i = 1; i < sorted.length; i++) {
      const [first, second] = [sorted[i - 1]!, sorted[i]!];
      if (second.start < first.end)
        found.push({ kind: 'overlap', ...at, first, second, seconds: Math.min(first.end, second.end) - second.start });
      else {
        const idle = idleSeconds(first.end, second, settings);
        if (idle > 0) found.push({ kind: 'gap', ...at, first, second, seconds: idle });
      }
    }
  }
  return found;
}

/** A counselor's windows of one date in two rooms that overlap: they cannot be in both (each pair once, in order). */
function clashes(windows: readonly TimetableWindow[]): AuditProblem[] {
  const byCounselor = new Map<string, { counselor: string; windows: TimetableWindow[] }>();
  for (const w of windows) {
    if (w.room === undefined) continue;
    for (const counselor of w.counselors) {
      const key = `${w.date} ${counselor}`;
      const entry = byCounselor.get(key) ?? { counselor, windows: [] };
      entry.windows.push(w);
      byCounselor.set(key, entry);
    }
  }
  const found: AuditProblem[] = [];
  for (const { counselor, windows: own } of byCounselor.values())
    own.forEach((first, i) => {
      for (const second of own.slice(i + 1)) {
        const seconds = Math.min(first.end, second.end) - Math.max(first.start, second.start);
        if (first.room !== second.room && seconds > 0)
          found.push({ kind: 'counselorClash', counselor, first, second, seconds });
      }
    });
  return found;
}

/**
 * Seconds of the sessions between a window's end and the next window unused: the time right before the next window,
 * and a session's end (or a whole session) only when the next window's first class would have fitted in it at the
 * rate (no class crosses a break, so the minutes before lunch a class is too big for are not a gap).
 */
function idleSeconds(from: number, next: TimetableWindow, settings: AuditSettings): number {
  const first = next.classes[0];
  const fits = first ? (first.headcount * periodSeconds(settings.throughput)) / settings.throughput.people : 0;
  return settings.sessions.reduce((sum, s) => {
    const idle = Math.max(0, Math.min(next.start, s.end) - Math.max(from, s.start));
    return sum + (s.end >= next.start || idle >= fits - 1e-9 ? idle : 0);
  }, 0);
}

/** The first stretch of a window outside every session (a break, or before or after the day), if it has one. */
function outsideSessions(
  window: TimetableWindow,
  sessions: readonly Session[],
): { from: number; to: number } | undefined {
  let at = window.start;
  for (const s of [...sessions].sort((a, b) => a.start - b.start)) {
    if (s.end <= at) continue;
    if (s.start > at) return { from: at, to: Math.min(s.start, window.end) };
    at = s.end;
    if (at >= window.end) return undefined;
  }
  return at < window.end ? { from: at, to: window.end } : undefined;
}

/** Every class listed a second time (names compared as the roster compares them), with where it first was. */
function duplicates(timetable: Timetable): AuditProblem[] {
  const seen = new Map<string, TimetableClass>();
  const found: AuditProblem[] = [];
  const classes = [...timetable.windows.flatMap((w) => w.classes), ...timetable.unscheduled];
  for (const c of classes.sort((a, b) => a.source.row - b.source.row)) {
    const key = normalizeForMatch(c.name);
    const first = seen.get(key);
    if (first) found.push({ kind: 'duplicateClass', name: c.name, first, second: c });
    else seen.set(key, c);
  }
  return found;
}
