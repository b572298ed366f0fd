import { formatThroughput, type Throughput } from '../throughput.js';
import { dateToLocalSeconds, isoDateTime } from '../time.js';
import type { Audit, AuditProblem } from './audit.js';
import type { TimetableClass, TimetableWindow } from './timetable.js';

/** Minutes to one decimal, as the JSON gives them. */
function minutes(seconds: number): number {
  return Math.round(seconds / 6) / 10 || 0;
}

/** A rate in the unit of `unit` with `people` to one decimal: 21.9/10min. */
export function rateIn(unit: Throughput, people: number): string {
  return formatThroughput({ ...unit, people: Math.round(people * 10) / 10 });
}

/** A time of a window's day as local ISO. */
function at(date: string, seconds: number): string {
  return isoDateTime(dateToLocalSeconds(date)! + seconds);
}

/** A window's room as the JSON gives it: only when the timetable has a room column. */
function roomField(room: string | undefined) {
  return room === undefined ? {} : { room };
}

function windowRef(w: TimetableWindow) {
  return {
    counselor: w.counselors.join('、'),
    ...roomField(w.room),
    start: at(w.date, w.start),
    end: at(w.date, w.end),
    row: w.where.row,
  };
}

function classRef(c: TimetableClass) {
  return { name: c.name, counselor: c.counselor, row: c.source.row };
}

function problemJson(p: AuditProblem) {
  switch (p.kind) {
    case 'overlap':
    case 'gap':
      return {
        kind: p.kind,
        ...roomField(p.room),
        minutes: minutes(p.seconds),
        windows: [windowRef(p.first), windowRef(p.second)],
      };
    case 'counselorClash':
      return {
        kind: p.kind,
        counselor: p.counselor,
        minutes: minutes(p.seconds),
        windows: [windowRef(p.first), windowRef(p.second)],
      };
    case 'crossesBreak':
      return {
        kind: p.kind,
        window: windowRef(p.window),
        outside: { start: at(p.window.date, p.from), end: at(p.window.date, p.to) },
      };
    case 'duplicateClass':
      return { kind: p.kind, name: p.name, rows: [p.first.source.row, p.second.source.row] };
    case 'unscheduled':
      return { kind: p.kind, classes: p.classes.map(classRef) };
  }
}

/** The audit as the public JSON contract (schemaVersion 1): fields are only ever added. */
export function auditJson(audit: Audit) {
  const rate = audit.settings.throughput;
  const { summary } = audit;
  return {
    schemaVersion: 1,
    rate: formatThroughput(rate),
    toleranceMinutes: minutes(audit.settings.tolerance),
    source: {
      file: audit.timetable.file,
      ...(audit.timetable.sheet === undefined ? {} : { sheet: audit.timetable.sheet }),
    },
    windows: audit.windows.map((w) => ({
      counselor: w.window.counselors.join('、'),
      ...(w.window.college === undefined ? {} : { college: w.window.college }),
      ...roomField(w.window.room),
      date: w.window.date,
      start: at(w.window.date, w.window.start),
      end: at(w.window.date, w.window.end),
      classes: w.window.classes.map((c) => c.name),
      people: w.people,
      givenMinutes: minutes(w.given),
      neededMinutes: minutes(w.needed),
      overMinutes: minutes(w.over),
      impliedThroughput: rateIn(rate, w.implied),
      holds: !w.short,
      row: w.window.where.row,
    })),
    problems: audit.problems.map(problemJson),
    summary: {
      windows: audit.windows.length,
      windowsOver: summary.windowsOver,
      overMinutes: minutes(summary.over),
      fits: summary.fits,
      holdsFrom: summary.holdsFrom > 0 ? formatThroughput({ ...rate, people: summary.holdsFrom }) : null,
    },
  };
}
