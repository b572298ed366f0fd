/** A time-window cell as read: its start and end (seconds since midnight), a class marked not scheduled, or why not. */
export type WindowReading = { start: number; end: number } | 'unscheduled' | 'unreadable' | 'reversed';

/** The part of the day written before a clock time: 下午2:00 is 14:00, 中午1:00 is 13:00. */
const DAY_PART = '(上午|早上|早晨|中午|下午|晚上|am|pm|a\\.m\\.|p\\.m\\.)?';
const CLOCK = '(\\d{1,2})[:.](\\d{2})';
/** Every dash, tilde and word people put between two times (NFKC has made ～ a ~ and － a -). */
const BETWEEN = '(?:[-–—―~〜]+|至|到|to)';
const WINDOW = new RegExp(`^${DAY_PART}${CLOCK}${BETWEEN}${DAY_PART}${CLOCK}$`);
/** A label repeated at the top of a printed page: 8:30-10:20(续). */
const CONTINUED = /\((续|cont\.?)\)$/;
const UNSCHEDULED = /^(未排入|notscheduled)$/;
const AFTERNOON = new Set(['下午', '晚上', 'pm', 'p.m.']);

/**
 * Reads a time window as offices write it: 8:30-10:10, 8:30—10:10, 8:30至10:10, 上午8:30-10:10, 14:00～15:30,
 * 8：30-10：10, 下午2:00-3:30; 未排入 marks a class the timetable could not place. An end at or before its start is
 * `reversed`.
 */
export function readWindowText(text: string): WindowReading {
  const tidy = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase().replace(CONTINUED, '');
  if (UNSCHEDULED.test(tidy)) return 'unscheduled';
  const m = WINDOW.exec(tidy);
  if (!m) return 'unreadable';
  const start = clockOf(m[1], m[2]!, m[3]!);
  // an end without its own part of the day is in the start's: 下午2:00-3:30 ends at 15:30
  const end = clockOf(m[4] ?? (start !== undefined && start >= 12 * 3600 ? m[1] : undefined), m[5]!, m[6]!);
  if (start === undefined || end === undefined) return 'unreadable';
  return end <= start ? 'reversed' : { start, end };
}

/** Seconds since midnight of a clock time in a part of the day; undefined when it is no clock time. */
function clockOf(part: string | undefined, hours: string, minutes: string): number | undefined {
  let h = Number(hours);
  const min = Number(minutes);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  if (part !== undefined && h < 12 && (AFTERNOON.has(part) || (part === '中午' && h < 11))) h += 12;
  return h * 3600 + min * 60;
}
