import { formatDate } from '../format.js';
import type { Labels } from '../i18n/labels.js';
import { counselorLabel } from '../roster/identity.js';
import type { Block, Plan, Segment } from '../schedule/plan.js';
import { clockWithSeconds, dateToLocalSeconds, type IsoDate } from '../time.js';

/** A class (or the part of it past the last session) on the timeline, in seconds since midnight. */
export interface TimelineBar {
  start: number;
  end: number;
  label: string;
  overflow: boolean;
}

/** One day of the plan as a picture: an axis, the sessions and breaks, a row per counselor. */
export interface TimelineDay {
  date: IsoDate;
  label: string;
  /**
   * The axis, in seconds since midnight: the first session's start to the later of the last session's end and the last
   * class's end.
   */
  from: number;
  to: number;
  hours: number[];
  sessions: { start: number; end: number }[];
  breaks: { start: number; end: number }[];
  rows: { label: string; bars: TimelineBar[] }[];
}

/**
 * The plan as one timeline per date: a row per counselor, or per room when there are several. Bars past the last
 * session of the last date are split off and flagged.
 */
export function timeline(plan: Plan, labels: Labels): TimelineDay[] {
  const { sessions, dates } = plan.settings;
  const byRoom = plan.rooms.length > 1;
  // the name first, so a lane cut short still tells two same-name counselors' colleges apart by what it shows first
  const laneOf = (b: Block) =>
    byRoom ? plan.rooms[b.room]!.name : b.college === undefined ? b.counselor : `${b.counselor} · ${b.college}`;
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
  return dates.map((date) => {
    const midnight = dateToLocalSeconds(date)!;
    let to = sessions[sessions.length - 1]!.end;
    const lanes = new Map<string, TimelineBar[]>(allLanes.map((name) => [name, []]));
    for (const { lane, segment } of segmentsByDate.get(date) ?? []) {
      const bars = lanes.get(lane) ?? [];
      lanes.set(lane, bars);
      for (let i = segment.first; i <= segment.last; i++) {
        const c = plan.classes[i]!;
        const text = labels.barLabel(
          c.name,
          c.headcount,
          clockWithSeconds(c.start - midnight),
          clockWithSeconds(c.end - midnight),
        );
        const label = byRoom ? `${counselorLabel(c)} · ${text}` : text;
        const cut = Math.min(Math.max(plan.summary.lastSessionEnd, c.start), c.end);
        if (cut > c.start) bars.push({ start: c.start - midnight, end: cut - midnight, label, overflow: false });
        if (cut < c.end) bars.push({ start: cut - midnight, end: c.end - midnight, label, overflow: true });
        to = Math.max(to, c.end - midnight);
      }
    }
    const from = sessions[0]!.start;
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
    };
  });
}
