import type { Plan } from './plan.js';

/** Session time left unused before the day's last class ends: the gaps before breaks a class would have straddled. */
export function idleSeconds(plan: Plan): number {
  const busy = new Map<number, number>();
  for (const c of plan.classes) {
    const slot = plan.slots[c.slot]!;
    busy.set(c.slot, (busy.get(c.slot) ?? 0) + Math.max(0, Math.min(c.end, slot.end) - c.start));
  }
  return plan.slots.reduce((idle, slot, i) => {
    if (slot.start >= plan.summary.end) return idle;
    return idle + Math.max(0, Math.min(slot.end, plan.summary.end) - slot.start - (busy.get(i) ?? 0));
  }, 0);
}

/** Counselors whose classes are split by a break or a day, who must come twice. */
export function splitCounselors(plan: Plan): string[] {
  return plan.blocks.filter((b) => b.segments.length > 1).map((b) => b.counselor);
}

/** How many classes start at another time than in the baseline, and the largest shift in seconds. */
export function movedClasses(baseline: Plan, other: Plan): { count: number; maxShiftSeconds: number } {
  const startOf = new Map(baseline.classes.map((c) => [c.name, c.start]));
  let count = 0;
  let maxShiftSeconds = 0;
  for (const c of other.classes) {
    const shift = Math.abs(c.start - (startOf.get(c.name) ?? c.start));
    if (shift > 0) count++;
    maxShiftSeconds = Math.max(maxShiftSeconds, shift);
  }
  return { count, maxShiftSeconds };
}
