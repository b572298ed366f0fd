import { formatDate } from '../format.js';
import type { Labels } from '../i18n/labels.js';
import { counselorLabel } from '../roster/identity.js';
import type { Block, Plan, Segment } from '../schedule/plan.js';
import { isScheduled, unscheduledFigures } from '../schedule/unscheduled.js';
import { clockWithSeconds, dateToLocalSeconds, type IsoDate } from '../time.js';

/** A class on the timeline, in seconds since midnight. */
export interface TimelineBar {
  start: number;
  end: number;
  label: string;
}

/** Counselors named in the note on the classes not scheduled, before an ellipsis. */
const NAMED = 5;

/** One day of the plan as a picture: an axis, the sessions and breaks, a row per counselor. */
export interface TimelineDay {
  date: IsoDate;
  label: string;
  /** The axis, in seconds since midnight: the first session's start to the last one's end (every bar lies within). */
  from: number;
  to: number;
  hours: number[];
  sessions: { start: number; end: number }[];
  breaks: { start: number; end: number }[];
  rows: { label: string; bars: TimelineBar[] }[];
  /** Lines under the picture: on the last day, the classes not scheduled (they have no place on any day). */
  notes: string[];
}

/**
 * The plan as one timeline per date: a row per counselor, or per room when there are several, a bar per scheduled
 * class. Classes past the last session of the last date are not drawn: the last day's note counts them.
 */
export function timeline(plan: Plan, labels: Labels): TimelineDay[] {
  const { sessions, dates } = plan.settings;
  const byRoom = plan.rooms.length > 1;
  // a name shared by counselors of two colleges is followed by the college (the name first, so a lane cut short still
  // shows whose it is); any other lane is the name alone, so that it fits
  const colleges = new Map<string, Set<string | undefined>>();
  for (const b of plan.blocks) colleges.set(b.counselor, (colleges.get(b.counselor) ?? new Set()).add(b.college));
  const laneOf = (b: Block) =>
    byRoom
      ? plan.rooms[b.room]!.name
      : b.college === undefined || colleges.get(b.counselor)!.size < 2
        ? b.counselor
        : `${b.counselor} · ${b.college}`;
  const segmentsByDate = new Map<IsoDate, { lane: string; segment: Segment }[]>();
  for (const block of plan.blocks) {
    for (const segment of block.segments) {
      const date = plan.slots[segment.slot]!.date;
      const list = segmentsByDate.get(date) ?? [];
      list.push({ lane: laneOf(block), segment });
      segmentsByDate.set(date, list);
    }
  }
  const allLanes = byRoom ? plan.rooms.map((r) => r.name) : [];
  const left = unscheduledNote(plan, labels);
  return dates.map((date, d) => {
    const midnight = dateToLocalSeconds(date)!;
    const lanes = new Map<string, TimelineBar[]>(allLanes.map((name) => [name, []]));
    for (const { lane, segment } of segmentsByDate.get(date) ?? []) {
      for (let i = segment.first; i <= segment.last; i++) {
        const c = plan.classes[i]!;
        if (!isScheduled(plan, c)) break;
        const bars = lanes.get(lane) ?? [];
        lanes.set(lane, bars);
        const text = labels.barLabel(
          c.name,
          c.headcount,
          clockWithSeconds(c.start - midnight),
          clockWithSeconds(c.end - midnight),
        );
        const label = byRoom ? `${counselorLabel(c)} · ${text}` : text;
        bars.push({ start: c.start - midnight, end: c.end - midnight, label });
      }
    }
    const from = sessions[0]!.start;
    const to = sessions[sessions.length - 1]!.end;
    const hours: number[] = [];
    for (let h = Math.ceil(from / 3600); h * 3600 <= to; h++) hours.push(h * 3600);
    const breaks = sessions.slice(1).map((s, i) => ({ start: sessions[i]!.end, end: s.start }));
    const rows = [...lanes].map(([label, bars]) => ({ label, bars }));
    return {
      date,
      label: formatDate(labels, date, true),
      from,
      to,
      hours,
      sessions: sessions.map((s) => ({ ...s })),
      breaks,
      rows,
      notes: left && d === dates.length - 1 ? [left] : [],
    };
  });
}

/** The note on the classes not scheduled: how many, how many people, whose; undefined when the plan fits. */
function unscheduledNote(plan: Plan, labels: Labels): string | undefined {
  if (plan.summary.fits) return undefined;
  const { classes, people } = unscheduledFigures(plan);
  const names = [...new Set(plan.classes.filter((c) => !isScheduled(plan, c)).map(counselorLabel))];
  const named = names.slice(0, NAMED).join(labels.listSeparator) + (names.length > NAMED ? '…' : '');
  return labels.timelineUnscheduled(classes, people, named);
}
