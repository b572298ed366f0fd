// luxon in core, only where a date is read from text or named; the plan itself counts integer local seconds (time.ts).
import { DateTime, Settings } from 'luxon';
import type { IsoDate } from './time.js';

// Without a locale, luxon asks ICU for the system's (`new Intl.DateTimeFormat()`, 25–35 ms of a cold start) on the
// first date or duration it makes, inside `plus` and `diff` too; and a plan must never read or name a date by the
// machine's locale. en-US keeps digits and English names in luxon's own code, out of ICU.
Settings.defaultLocale = 'en-US';

/** How luxon holds a calendar date: in UTC, as a date has no zone (so no DST gap can move it). */
export const CALENDAR = { zone: 'utc' } as const;

/** The first year a plan holds: `dateToLocalSeconds` (on `Date.UTC`) reads years 0–99 as 1900–1999, so refuses them. */
const FIRST_YEAR = 100;

/** A date text as read: the day, or why it is none (`badDate`: no date's shape; `dateNotReal`: 2024-02-30). */
export type DateReading = DateTime<true> | 'badDate' | 'dateNotReal';

/** Reads a date text in the first of the luxon `formats` it fits. */
export function readDate(text: string, formats: readonly string[]): DateReading {
  let reading: DateReading = 'badDate';
  for (const format of formats) {
    const date = DateTime.fromFormat(text, format, CALENDAR);
    if (date.isValid) return date.year >= FIRST_YEAR ? date : 'dateNotReal';
    if (date.invalidReason !== 'unparsable') reading = 'dateNotReal';
  }
  return reading;
}

/** An ISO date as a luxon date, to name it: its year, month, day and weekday (1 = Monday … 7 = Sunday). */
export function calendarDay(date: IsoDate): DateTime {
  return DateTime.fromISO(date, CALENDAR);
}
