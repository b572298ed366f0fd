import { createEvents, type EventAttributes } from 'ics';
import { DateTime } from 'luxon';
import { CALENDAR, calendarDay } from '../core/dates.js';
import type { CalendarEvent } from '../core/notice/calendar-events.js';
import { safeFileName } from './file-name.js';

/** The calendar's PRODID: who made the file (RFC 5545 §3.7.3). */
const PRODUCT_ID = '-//capture-plan//capture-plan//EN';

/**
 * What `ics` accepts but does not declare: `timestamp` becomes DTSTAMP (the library defaults it to `Date.now()`).
 * A string is written as it is; a number would have to be 1970 or later.
 */
type StampedEvent = EventAttributes & { timestamp: string };

/**
 * The events as an iCalendar (RFC 5545) file, one VEVENT each, built by the `ics` library.
 *
 * Times are floating (no Z, no TZID): the capture day is a local affair and every attendee is in the room.
 * DTSTAMP is `stamp` (in UTC, to the second), never the current time, so the same plan renders the same bytes.
 * Lines end in CRLF and are folded at 75 octets. `sequence`, when given, is every event's SEQUENCE: a re-plan's is
 * higher than the events it updates, so calendars replace them in place (RFC 5545 §3.8.7.4).
 */
export function renderIcs(events: readonly CalendarEvent[], stamp: Date, sequence?: number): string {
  const stamped = DateTime.fromJSDate(stamp, CALENDAR);
  if (!stamped.isValid) throw new Error(`cannot write the calendar: the stamp is no time (${stamped.invalidReason})`);
  const timestamp = stamped.toFormat("yyyyMMdd'T'HHmmss'Z'");
  const attributes = events.map((event): StampedEvent => {
    const attrs: StampedEvent = {
      uid: event.uid,
      title: text(event.title),
      description: text(event.description),
      start: floating(event.date, event.start),
      end: floating(event.date, event.end),
      timestamp,
    };
    if (event.location) attrs.location = text(event.location);
    if (sequence !== undefined) attrs.sequence = sequence;
    return attrs;
  });
  const { error, value } = createEvents(attributes, { productId: PRODUCT_ID });
  if (error || value === null) throw new Error(`cannot write the calendar: ${reason(error)}`);
  return foldOctets(value);
}

/** A safe file name for a counselor's calendar (see safeFileName). */
export function icsFileName(counselor: string): string {
  return `${safeFileName(counselor)}.ics`;
}

/**
 * A floating DATE-TIME, YYYYMMDDTHHMMSS, for seconds since midnight of `date` (24:00 is the next day's 00:00).
 *
 * `ics` emits a string date-time verbatim. Its documented floating mode (input and output type 'local' with a date
 * array) goes through a JS Date in the process's time zone, which moves a wall time falling in that zone's DST gap;
 * a floating time must not depend on where the command runs.
 */
function floating(date: string, seconds: number): string {
  return calendarDay(date).plus({ seconds }).toFormat("yyyyMMdd'T'HHmmss");
}

/** Text as a TEXT value may hold it: line breaks as \n (the library escapes them), no other control characters. */
function text(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Refolds the library's output at 75 octets (RFC 5545 §3.1). `ics` folds at 75 characters, so a line of Chinese
 * text would run to 225 octets; this unfolds its continuation lines and folds again, never inside a character.
 */
function foldOctets(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // after the leading space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** The library reports validation failures as a copy of yup's error: a plain object with `errors`. */
function reason(error: unknown): string {
  if (error && typeof error === 'object') {
    const { errors, message } = error as { errors?: unknown; message?: unknown };
    if (Array.isArray(errors) && errors.length > 0) return errors.map(String).join('; ');
    if (typeof message === 'string') return message;
  }
  return String(error);
}
