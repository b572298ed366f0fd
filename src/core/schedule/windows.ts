import { readDate } from '../dates.js';
import { fail } from '../errors.js';
import { DAY, dateToLocalSeconds, type IsoDate, type LocalSeconds, parseClock } from '../time.js';
import type { Slot } from './slot.js';

/** A span of local time. */
export interface Window {
  start: LocalSeconds;
  end: LocalSeconds;
}

/** The date of a window, as luxon reads the YYYY-MM-DD the pattern below cuts out. */
const WINDOW_DATE = ['yyyy-MM-dd'];

/**
 * Parses a constraint window: "13:30-18:00" (on every plan date), "2024-04-23" (that whole day) or
 * "2024-04-23 08:30-12:00". A date outside the plan is an error naming `owner`.
 */
export function parseWindow(text: string, dates: readonly IsoDate[], owner: string): Window[] {
  const m = /^(?:(\d{4}-\d{2}-\d{2}))?\s*(?:(\d{1,2}:\d{2})\s*(?:-|–|—|~|至|到)\s*(\d{1,2}:\d{2}))?$/.exec(
    text.normalize('NFKC').trim(),
  );
  const date = m?.[1];
  const from = m?.[2] === undefined ? 0 : parseClock(m[2]);
  const to = m?.[3] === undefined ? DAY : parseClock(m[3]);
  if (!m || (!date && m[2] === undefined) || from === undefined || to === undefined || from >= to)
    fail('badWindow', { value: text, owner });
  if (date !== undefined && typeof readDate(date, WINDOW_DATE) === 'string') fail('badWindow', { value: text, owner });
  if (date !== undefined && !dates.includes(date)) fail('windowOutsideDates', { value: text, owner });
  return (date === undefined ? dates : [date]).map((d) => ({
    start: dateToLocalSeconds(d)! + from,
    end: dateToLocalSeconds(d)! + to,
  }));
}

/** The parts of windows a and b share. */
export function intersect(a: readonly Window[], b: readonly Window[]): Window[] {
  const out: Window[] = [];
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (start < end) out.push({ start, end });
    }
  }
  return out.sort((p, q) => p.start - q.start);
}

/** Where a slot and allowed windows meet; the last slot runs on without end (overflow) unless windows bound it. */
export function slotWindows(slot: Slot, isLast: boolean, allowed: readonly Window[] | undefined): Window[] {
  const end = isLast ? Number.POSITIVE_INFINITY : slot.end;
  if (!allowed) return [{ start: slot.start, end }];
  return intersect([{ start: slot.start, end }], allowed);
}
