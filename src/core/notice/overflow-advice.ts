import { datesText, formatMinutes, instantFormatter } from '../format.js';
import type { Labels, Lang } from '../i18n/labels.js';
import { labelsFor } from '../i18n/labels-for.js';
import type { PlanFix } from '../schedule/fix.js';
import type { Plan } from '../schedule/plan.js';
import { unscheduledFigures } from '../schedule/unscheduled.js';
import type { LocalSeconds } from '../time.js';

/** Just the warning of a plan that does not fit, without building the tables (for --json). */
export function overflowWarning(plan: Plan, options: { lang: Lang; fix?: PlanFix }): string {
  const labels = labelsFor(options.lang);
  return warningText(labels, plan, options.fix, instantFormatter(labels, plan.settings.dates));
}

/**
 * What does not fit (the classes and people left when the last session ends) and what would make it fit: a faster
 * rate, more days, more rooms, each on its own.
 */
export function warningText(
  labels: Labels,
  plan: Plan,
  fix: PlanFix | undefined,
  when: (t: LocalSeconds, exact?: boolean) => string,
): string {
  const left = unscheduledFigures(plan);
  const overflow = labels.overflow({
    ...left,
    minutes: formatMinutes(plan.summary.overflowSeconds),
    sessionEnd: when(plan.summary.lastSessionEnd),
  });
  const remedies = [
    ...(fix?.rate ? [labels.fixByRate(labels.rate(fix.rate.throughput), when(fix.rate.end, true))] : []),
    ...(fix?.dates ? [labels.fixByDays(fix.dates.length, datesText(labels, fix.dates, false))] : []),
    ...(fix?.rooms ? [labels.fixByRooms(fix.rooms)] : []),
  ];
  return `${overflow}${labels.sentenceGap}${remedies.length > 0 ? labels.fixes(remedies) : labels.noFix}`;
}
