import type { Plan, ScheduledClass } from './plan.js';

/**
 * When each room's last class ends (undefined for a room with no class), in the plan's room order; `counts` chooses
 * the classes (the notice counts only scheduled ones).
 */
export function roomEnds(plan: Plan, counts: (c: ScheduledClass) => boolean = () => true): (number | undefined)[] {
  const ends: (number | undefined)[] = plan.rooms.map(() => undefined);
  for (const c of plan.classes) if (counts(c)) ends[c.room] = Math.max(ends[c.room] ?? c.end, c.end);
  return ends;
}

/** Minutes by which the plan's latest end trails the rooms' lower bound (0 without a room search). */
export function roomGapMinutes(plan: Plan): number {
  const bound = plan.roomSearch?.lowerBound;
  return bound === undefined ? 0 : Math.max(0, Math.round((plan.summary.end - bound) / 6) / 10);
}
