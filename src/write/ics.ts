import type { CalendarEvent } from '../core/notice/calendar-events.js';
import { fittedFileName, safeFileName } from './file-name.js';

/** The calendar's PRODID: who made the file (RFC 5545 §3.7.3). */
const PRODUCT_ID = '-//capture-plan//capture-plan//EN';

/**
 * The events as an iCalendar (RFC 5545) file, one VEVENT each, in time linear in its size.
 *
 * Times are floating (no Z, no TZID): the capture day is a local affair and every attendee is in the room.
 * DTSTAMP is `stamp` (in UTC, to the second), never the current time, so the same plan renders the same bytes.
 * Lines end in CRLF and are folded at 75 octets, never inside a character. The properties and their order are those
 * the `ics` package wrote before this writer replaced it, so calendars written then are still up to date.
 * `sequence`, when given, is every event's SEQUENCE: a re-plan's is higher than the events it updates, so calendars
 * replace them in place (RFC 5545 §3.8.7.4). Dates and times are written by arithmetic, not luxon: 20 000 calendars
 * of a run take no date library call each.
 */
export function renderIcs(events: readonly CalendarEvent[], stamp: Date, sequence?: number): string {
  if (Number.isNaN(stamp.getTime())) throw new Error('cannot write the calendar: the stamp is no time');
  const timestamp = `${dayOf(stamp)}T${clockOf(stamp.getUTCHours(), stamp.getUTCMinutes(), stamp.getUTCSeconds())}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${PRODUCT_ID}`,
    'METHOD:PUBLISH',
    'X-PUBLISHED-TTL:PT1H',
  ];
  const floating = floatingTimes();
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${text(event.uid)}`);
    if (event.title) lines.push(`SUMMARY:${text(event.title)}`);
    lines.push(
      `DTSTAMP:${timestamp}`,
      `DTSTART:${floating(event.date, event.start)}`,
      `DTEND:${floating(event.date, event.end)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${text(event.description)}`);
    if (event.location) lines.push(`LOCATION:${text(event.location)}`);
    if (sequence !== undefined) lines.push(`SEQUENCE:${sequence}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return lines.map(foldLine).join('\r\n');
}

/** A safe file name for a counselor's calendar (see safeFileName), cut to a safe length (see fittedFileName). */
export function icsFileName(counselor: string): string {
  return fittedFileName(safeFileName(counselor), '.ics');
}

/**
 * Floating DATE-TIMEs, YYYYMMDDTHHMMSS, for seconds since midnight of a date (24:00 is the next day's 00:00): the
 * calendar day once per date and day offset, the clock by arithmetic.
 */
function floatingTimes(): (date: string, seconds: number) => string {
  const days = new Map<string, string>();
  return (date, seconds) => {
    const offset = Math.floor(seconds / DAY);
    const key = `${date}+${offset}`;
    let day = days.get(key);
    if (day === undefined) {
      const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
      const midnight = new Date(0);
      midnight.setUTCFullYear(year, month - 1, dayOfMonth + offset);
      day = dayOf(midnight);
      days.set(key, day);
    }
    const rest = Math.round(seconds - offset * DAY);
    return `${day}T${clockOf(Math.floor(rest / 3600), Math.floor(rest / 60) % 60, rest % 60)}`;
  };
}

/** An instant's UTC date as YYYYMMDD. */
function dayOf(instant: Date): string {
  return `${String(instant.getUTCFullYear()).padStart(4, '0')}${two(instant.getUTCMonth() + 1)}${two(instant.getUTCDate())}`;
}

/** A clock as HHMMSS. */
function clockOf(hours: number, minutes: number, seconds: number): string {
  return `${two(hours)}${two(minutes)}${two(seconds)}`;
}

/** A number of two digits or fewer, as two. */
function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const DAY = 86_400;

/**
 * A TEXT value (RFC 5545 §3.3.11): line breaks as `\n`, backslash, semicolon and comma escaped, no control characters
 * but the tab.
 */
function text(value: string): string {
  return value.replace(TEXT_SPECIAL, (found) =>
    found === '\\' || found === ';' || found === ',' ? `\\${found}` : found[0] === '\r' || found === '\n' ? '\\n' : '',
  );
}

/** What a TEXT value escapes or drops, found in one pass. */
const TEXT_SPECIAL = /\r\n?|[\n\\;,\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Octets of a content line before the fold (RFC 5545 §3.1); a continuation line's leading space counts. */
const LINE_OCTETS = 75;

/** One content line folded at 75 octets, never inside a UTF-8 sequence (or a surrogate pair): one pass over it. */
function foldLine(line: string): string {
  if (line.length <= LINE_OCTETS / 3 || Buffer.byteLength(line, 'utf8') <= LINE_OCTETS) return line;
  const parts: string[] = [];
  let from = 0;
  let octets = 0;
  let limit = LINE_OCTETS;
  for (let i = 0; i < line.length; ) {
    const code = line.charCodeAt(i);
    const next = line.charCodeAt(i + 1);
    const high = code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000;
    const units = high ? 2 : 1;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : high ? 4 : 3;
    if (octets + size > limit) {
      parts.push(line.slice(from, i));
      from = i;
      octets = 0;
      limit = LINE_OCTETS - 1;
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(from));
  return parts.join('\r\n ');
}
