import type { Settings } from '../settings.js';
import { dateToLocalSeconds, type IsoDate, type LocalSeconds } from '../time.js';

/** One session on one date, on the plan's timeline. */
export interface Slot {
  date: IsoDate;
  /** Midnight of the date: clock times of this slot's classes count from it (past 24:00 when a plan runs on). */
  midnight: LocalSeconds;
  start: LocalSeconds;
  end: LocalSeconds;
}

/** Every session of every date, in order, on the local timeline; each day's last session shortened by the reserve. */
export function slotsOf(settings: Settings): Slot[] {
  const reserve = settings.reserve ?? 0;
  const last = settings.sessions.length - 1;
  return settings.dates.flatMap((date) => {
    const midnight = dateToLocalSeconds(date)!;
    return settings.sessions.map((s, i) => ({
      date,
      midnight,
      start: midnight + s.start,
      end: midnight + s.end - (i === last ? reserve : 0),
    }));
  });
}
