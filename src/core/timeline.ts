import type { Labels } from '../i18n/labels.js';
import { formatDate } from './format.js';
import type { Plan } from './plan.js';
import { clockWithSeconds, dateToLocalSeconds, type IsoDate } from './time.js';

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
  /** The axis, in seconds since midnight: the first session's start to the later of the last session's end and the last class's end. */
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
  const overflowFrom = plan.summary.lastSessionEnd;
  return dates.map((date) => {
    const midnight = dateToLocalSeconds(date)!;
    const rows: TimelineDay['rows'] = [];
    let to = sessions[sessions.length - 1]!.end;
    const byRoom = plan.rooms.length > 1;
    const lanes = byRoom
      ? plan.rooms.map((room, r) => ({ label: room.name, blocks: plan.blocks.filter((b) => b.room === r) }))
      : plan.blocks.map((b) => ({ label: b.counselor, blocks: [b] }));
    for (const lane of lanes) {
      const bars: TimelineBar[] = [];
      for (const segment of lane.blocks.flatMap((b) => b.segments)) {
        if (plan.slots[segment.slot]!.date !== date) continue;
        for (const c of plan.classes.slice(segment.first, segment.last + 1)) {
          const text = labels.barLabel(c.name, c.headcount, clockWithSeconds(c.start - midnight), clockWithSeconds(c.end - midnight));
          const label = byRoom ? `${c.counselor} · ${text}` : text;
          const cut = Math.min(Math.max(overflowFrom, c.start), c.end);
          if (cut > c.start) bars.push({ start: c.start - midnight, end: cut - midnight, label, overflow: false });
          if (cut < c.end) bars.push({ start: cut - midnight, end: c.end - midnight, label, overflow: true });
          to = Math.max(to, c.end - midnight);
        }
      }
      if (bars.length > 0 || byRoom) rows.push({ label: lane.label, bars });
    }
    const from = sessions[0]!.start;
    const hours: number[] = [];
    for (let h = Math.ceil(from / 3600); h * 3600 <= to; h++) hours.push(h * 3600);
    const breaks = sessions.slice(1).map((s, i) => ({ start: sessions[i]!.end, end: s.start }));
    return { date, label: formatDate(labels, date, true), from, to, hours, sessions: sessions.map((s) => ({ ...s })), breaks, rows };
  });
}
