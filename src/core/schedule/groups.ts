import { groupedByCounselor } from '../roster/grouping.js';
import { counselorKey, sameCounselor } from '../roster/identity.js';
import type { ClassEntry } from '../roster/model.js';

/** A counselor's classes, in roster order: the unit that is always photographed in one run. */
export type Group = readonly ClassEntry[];

/** A college's counselor groups, in order; without colleges, the whole roster is one unnamed college. */
export interface CollegeGroups {
  college: string | undefined;
  groups: Group[];
}

/**
 * Classes grouped by counselor (a counselor is a name within a college), colleges in order of first appearance and
 * counselors in order of first appearance within their college, roster order within each counselor. A roster already
 * grouped (the usual case) is cut into slices, looking counselors up only where they change.
 */
export function inputOrder(classes: readonly ClassEntry[]): ClassEntry[][] {
  const groups: ClassEntry[][] = [];
  const seenCounselors = new Set<string>();
  const seenColleges = new Set<string | undefined>();
  let from = 0;
  for (let i = 1; i <= classes.length; i++) {
    const head = classes[from]!;
    if (i < classes.length && sameCounselor(classes[i]!, head)) continue;
    const key = counselorKey(head);
    const previous = groups.at(-1)?.[0];
    const newCollege = previous === undefined || previous.college !== head.college;
    if (seenCounselors.has(key) || (newCollege && seenColleges.has(head.college))) return groupedByCounselor(classes);
    seenCounselors.add(key);
    seenColleges.add(head.college);
    groups.push(classes.slice(from, i));
    from = i;
  }
  return groups;
}

/** Consecutive groups of the same college, in order (groups from {@link inputOrder} keep each college together). */
export function byCollege(groups: readonly Group[]): CollegeGroups[] {
  const colleges: CollegeGroups[] = [];
  for (const group of groups) {
    const college = group[0]!.college;
    const last = colleges.at(-1);
    if (last && last.college === college) last.groups.push(group);
    else colleges.push({ college, groups: [group] });
  }
  return colleges;
}
