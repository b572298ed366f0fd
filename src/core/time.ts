/**
 * A wall-clock instant with no time zone: seconds since 1970-01-01T00:00:00 of the local calendar.
 * The capture day is a local affair, so plans never convert between zones.
 */
export type LocalSeconds = number;

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** Seconds in a day. */
export const DAY = 86_400;

/** Parses an ISO date into local seconds at midnight, or undefined when it is not a real date. */
export function dateToLocalSeconds(date: IsoDate): LocalSeconds | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d
    ? ms / 1000
    : undefined;
}

/** The ISO date of a local instant. */
export function isoDateOf(t: LocalSeconds): IsoDate {
  return isoDay(Math.floor(Math.floor(t) / DAY));
}

/** The last day formatted, as days since 1970 and its ISO date: a plan's times come a day at a time. */
const lastDay = { day: Number.NaN, date: '' };

/** The ISO date of a day counted from 1970-01-01. */
function isoDay(day: number): IsoDate {
  if (day !== lastDay.day) {
    const iso = new Date(day * DAY * 1000).toISOString();
    lastDay.day = day;
    lastDay.date = iso.slice(0, iso.indexOf('T'));
  }
  return lastDay.date;
}

/** A local instant as YYYY-MM-DDTHH:MM:SS, the form the JSON plan uses. */
export function isoDateTime(t: LocalSeconds): string {
  const whole = Math.floor(t);
  const day = Math.floor(whole / DAY);
  const s = whole - day * DAY;
  return `${isoDay(day)}T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** A number below 100 as two digits. */
function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Seconds since midnight of a local instant. */
export function secondsOfDay(t: LocalSeconds): number {
  return ((t % DAY) + DAY) % DAY;
}

/** Clock time H:MM (or HH:MM when padded), from seconds since midnight; 24:00 stays 24:00. */
export function clock(secondsSinceMidnight: number, pad = false): string {
  const h = Math.floor(secondsSinceMidnight / 3600);
  const m = Math.floor((secondsSinceMidnight % 3600) / 60);
  return `${pad ? String(h).padStart(2, '0') : h}:${String(m).padStart(2, '0')}`;
}

/** Clock time H:MM:SS from seconds since midnight (the hour unpadded, like every time people read). */
export function clockWithSeconds(secondsSinceMidnight: number): string {
  const s = secondsSinceMidnight % 60;
  return `${clock(secondsSinceMidnight - s)}:${String(s).padStart(2, '0')}`;
}

/** Parses H:MM or HH:MM (0:00 to 24:00) into seconds since midnight. */
export function parseClock(text: string): number | undefined {
  const m = /^(\d{1,2})[:：](\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  return h * 3600 + min * 60;
}
