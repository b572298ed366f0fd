import type { Labels } from './i18n/labels.js';
import {
  clock,
  clockWithSeconds,
  DAY,
  dateToLocalSeconds,
  type IsoDate,
  isoDateOf,
  type LocalSeconds,
  secondsOfDay,
} from './time.js';

/**
 * A date as people write it, optionally with its weekday (1 = Monday … 7 = Sunday): by arithmetic on the ISO text, as
 * tables name the date of every slot.
 */
export function formatDate(labels: Labels, date: IsoDate, weekday = false): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (!weekday) return labels.date(year, month, day);
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month - 1, day);
  return labels.dateWithWeekday(year, month, day, midnight.getUTCDay() || 7);
}

/**
 * Formats instants for one plan. With one date, times count from its midnight (a plan running past midnight shows
 * 25:00); with several, each instant shows its own date.
 */
export function instantFormatter(
  labels: Labels,
  dates: readonly IsoDate[],
): (t: LocalSeconds, exact?: boolean) => string {
  const firstMidnight = dateToLocalSeconds(dates[0]!)!;
  const dateTexts = new Map<IsoDate, string>();
  const dateText = (date: IsoDate) => dateTexts.get(date) ?? dateTexts.set(date, formatDate(labels, date)).get(date)!;
  return (t, exact = false) => {
    const since = dates.length === 1 ? t - firstMidnight : secondsOfDay(t);
    const time = exact ? clockWithSeconds(since) : clock(since);
    return dates.length === 1 ? time : `${dateText(isoDateOf(t))} ${time}`;
  };
}

/** Seconds as minutes for people: whole when whole, else to one decimal (52.5). */
export function formatMinutes(seconds: number): string {
  const minutes = seconds / 60;
  return Number.isInteger(minutes) ? String(minutes) : minutes.toFixed(1);
}

/**
 * A gathering time from a start in seconds since midnight: the lead earlier, floored to the minute (early, never late).
 */
export function gatherClock(start: number, leadMinutes: number): string {
  const t = start - leadMinutes * 60;
  return clock(Math.max(0, t - (t % 60)));
}

/** The capture days as people write them: a single day with its weekday, runs of three or more days as ranges. */
export function datesText(labels: Labels, dates: readonly IsoDate[], weekday: boolean): string {
  if (dates.length === 1) return formatDate(labels, dates[0]!, weekday);
  const runs: IsoDate[][] = [];
  for (const date of dates) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && dateToLocalSeconds(date)! - dateToLocalSeconds(previous)! === DAY) run.push(date);
    else runs.push([date]);
  }
  return runs
    .flatMap((run) =>
      run.length >= 3
        ? [labels.dateRange(formatDate(labels, run[0]!), formatDate(labels, run[run.length - 1]!))]
        : run.map((d) => formatDate(labels, d, weekday)),
    )
    .join(labels.listSeparator);
}
