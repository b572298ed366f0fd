import { collegePlan } from '../schedule/college-plan.js';
import { collegeSummaries } from '../schedule/colleges.js';
import type { Plan } from '../schedule/plan.js';
import { displayTimes } from './display-times.js';
import { type NoticeOptions, type NoticeTable, noticeTable } from './notice-table.js';

/**
 * One notice per college (--split college), in the campus order: only the college's rows, its own figures and
 * summary, and the very times the campus notice shows (rounded once, on the whole plan).
 */
export function collegeNotices(plan: Plan, options: NoticeOptions): { college: string; notice: NoticeTable }[] {
  const campus = options.display ?? displayTimes(plan, options.round);
  return collegeSummaries(plan).map(({ name }) => {
    const { plan: own, origin } = collegePlan(plan, name);
    const display = new Map(
      [...origin].flatMap(([segment, from]) => {
        const shown = campus.get(from);
        return shown ? [[segment, shown] as const] : [];
      }),
    );
    return { college: name, notice: noticeTable(own, { ...options, college: name, display }) };
  });
}
