import type { LocalSeconds } from '../time.js';
import type { Plan, ScheduledClass, Segment } from './plan.js';

/**
 * A class is scheduled when it ends by the end of the last session of the last date. The others (未排入) keep their
 * run-on times in the plan, but no output shows them a clock time.
 */
export function isScheduled(plan: Pick<Plan, 'summary'>, c: Pick<ScheduledClass, 'end'>): boolean {
  return c.end <= plan.summary.lastSessionEnd;
}

/**
 * The part of a segment whose classes are scheduled: the segment itself, or the classes up to the last one that ends
 * in time (a run-on only ever follows the scheduled classes of its room); undefined when none does.
 */
export function scheduledPart(plan: Pick<Plan, 'summary' | 'classes'>, segment: Segment): Segment | undefined {
  if (segment.end <= plan.summary.lastSessionEnd) return segment;
  let last = segment.last;
  while (last >= segment.first && !isScheduled(plan, plan.classes[last]!)) last--;
  return last < segment.first ? undefined : { ...segment, end: plan.classes[last]!.end, last };
}

/** How many classes and people are not scheduled (both 0 when the plan fits). */
export function unscheduledFigures(plan: Pick<Plan, 'summary' | 'classes'>): { classes: number; people: number } {
  const figures = { classes: 0, people: 0 };
  if (plan.summary.fits) return figures;
  for (const c of plan.classes) {
    if (isScheduled(plan, c)) continue;
    figures.classes++;
    figures.people += c.headcount;
  }
  return figures;
}

/** When the last scheduled class ends: the plan's end when it fits; the first session's start when nothing is. */
export function lastScheduledEnd(plan: Pick<Plan, 'summary' | 'classes' | 'slots'>): LocalSeconds {
  if (plan.summary.fits) return plan.summary.end;
  let end = plan.slots[0]!.start;
  for (const c of plan.classes) if (isScheduled(plan, c) && c.end > end) end = c.end;
  return end;
}
