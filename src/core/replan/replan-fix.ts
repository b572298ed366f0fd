import { CapturePlanError } from '../errors.js';
import type { Roster } from '../roster/model.js';
import { followingDates, type PlanFix } from '../schedule/fix.js';
import { scheduleFrom } from '../schedule/resume.js';
import { MAX_CAPTURE_DAYS, type Settings } from '../settings.js';
import type { Replanned } from './replan.js';

/** Whole rates tried above the rate of the re-plan, at most. */
const MAX_RATES = 1000;

/**
 * What would make the rest of a re-planned day fit, each remedy alone: the smallest whole rate (in the plan's period)
 * and the fewest days added. More rooms are not offered: the rooms of the day are already at work.
 */
export function replanFix(roster: Roster, replanned: Replanned): PlanFix {
  const { settings, resume } = replanned;
  const endWith = (s: Settings) => {
    try {
      const plan = scheduleFrom(roster, s, resume);
      return plan.summary.fits ? plan.summary.end : undefined;
    } catch (error) {
      if (error instanceof CapturePlanError) return undefined;
      throw error;
    }
  };
  const fix: PlanFix = {};
  const { count, unit } = settings.throughput;
  for (let people = Math.floor(settings.throughput.people) + 1, n = 0; n < MAX_RATES; people++, n++) {
    const throughput = { people, count, unit };
    const rated = {
      ...settings,
      throughput,
      ...(settings.rooms ? { rooms: settings.rooms.map((r) => ({ ...r, throughput })) } : {}),
    };
    const end = endWith(rated);
    if (end !== undefined) {
      fix.rate = { throughput, end };
      break;
    }
  }
  for (let days = 1; days + settings.dates.length <= MAX_CAPTURE_DAYS; days *= 2) {
    const dates = (k: number) => ({ ...settings, dates: [...settings.dates, ...followingDates(settings.dates, k)] });
    if (endWith(dates(days)) === undefined) continue;
    let fewest = days;
    for (let k = Math.floor(days / 2) + 1; k < days; k++)
      if (endWith(dates(k)) !== undefined) {
        fewest = k;
        break;
      }
    fix.dates = followingDates(settings.dates, fewest);
    break;
  }
  return fix;
}
