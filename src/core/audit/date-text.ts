import { readDate } from '../dates.js';
import { CapturePlanError } from '../errors.js';
import { parseDates } from '../settings.js';
import type { IsoDate } from '../time.js';

/** The English dates the notice writes: 22 April 2024, Monday 22 April 2024, 22 Apr 2024, April 22, 2024. */
const ENGLISH_FORMATS = ['d MMMM yyyy', 'd MMM yyyy', 'MMMM d, yyyy', 'MMM d, yyyy', 'MMMM d yyyy'];
const WEEKDAY =
  /\s*[(（]?\s*(星期|周|礼拜)[一二三四五六日天]\s*[)）]?\s*|^(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/gi;

/**
 * A date cell of a published timetable as an ISO date: every form `--date` takes (2024年4月22日, 2024/4/22), with or
 * without its weekday (2024年4月22日（星期一）), and the English notice's 22 April 2024; undefined when it is none.
 */
export function readDateText(text: string): IsoDate | undefined {
  const tidy = text.normalize('NFKC').replace(WEEKDAY, '').trim();
  if (tidy === '') return undefined;
  try {
    const dates = parseDates(tidy);
    return dates.length === 1 ? dates[0] : undefined;
  } catch (error) {
    if (!(error instanceof CapturePlanError)) throw error;
  }
  const english = readDate(tidy.replace(/\s+/g, ' '), ENGLISH_FORMATS);
  return typeof english === 'string' ? undefined : (english.toISODate() ?? undefined);
}
