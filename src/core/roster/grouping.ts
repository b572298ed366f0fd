import { counselorKey } from './identity.js';
import type { ClassEntry } from './model.js';

/**
 * The classes as the scheduler photographs them: colleges by first appearance, counselors by first appearance within
 * their college, each counselor's classes in roster order. The one rule both the scheduler and the regrouping warning
 * follow.
 */
export function groupedByCounselor(classes: readonly ClassEntry[]): ClassEntry[][] {
  const colleges = new Map<string | undefined, Map<string, ClassEntry[]>>();
  for (const c of classes) {
    const counselors = colleges.get(c.college) ?? new Map<string, ClassEntry[]>();
    colleges.set(c.college, counselors);
    const key = counselorKey(c);
    const group = counselors.get(key);
    if (group) group.push(c);
    else counselors.set(key, [c]);
  }
  return [...colleges.values()].flatMap((counselors) => [...counselors.values()]);
}
