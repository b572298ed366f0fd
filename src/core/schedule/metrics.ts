import { counselorLabel, sameCounselor } from '../roster/identity.js';
import type { PlacedRoster } from './plan.js';

/**
 * Counselors whose classes are split by a break or a day, who must come twice: the plan's blocks (a counselor's
 * classes one after another in a room) with more than one segment (one per session).
 */
export function splitCounselors(placed: PlacedRoster): string[] {
  const split: string[] = [];
  for (const p of placed.byRoom) {
    let blockSplit = false;
    for (let i = 0; i <= p.length; i++) {
      const sameBlock = i > 0 && i < p.length && sameCounselor(p.entries[i]!, p.entries[i - 1]!);
      if (sameBlock) {
        blockSplit ||= p.slot[i] !== p.slot[i - 1];
        continue;
      }
      if (blockSplit) split.push(counselorLabel(p.entries[i - 1]!));
      blockSplit = false;
    }
  }
  return split;
}

/** The moves of another placement against the baseline: measured by movedClasses. */
export type MovedFrom = (other: PlacedRoster) => { count: number; maxShiftSeconds: number };

/**
 * How many classes of another placement start at another time than in the baseline, and the largest shift in
 * seconds. The baseline's start times are looked up once, for every placement compared with it.
 */
export function movedClasses(baseline: PlacedRoster): MovedFrom {
  const startOf = new Map<string, number>();
  for (const p of baseline.byRoom)
    p.entries.forEach((entry, i) => {
      startOf.set(entry.name, p.start[i]!);
    });
  return (other) => {
    let count = 0;
    let maxShiftSeconds = 0;
    for (const p of other.byRoom) {
      for (let i = 0; i < p.length; i++) {
        const start = p.start[i]!;
        const shift = Math.abs(start - (startOf.get(p.entries[i]!.name) ?? start));
        if (shift > 0) count++;
        if (shift > maxShiftSeconds) maxShiftSeconds = shift;
      }
    }
    return { count, maxShiftSeconds };
  };
}
