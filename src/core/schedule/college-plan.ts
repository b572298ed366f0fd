import type { Block, Plan, ScheduledClass, Segment } from './plan.js';
import { numberRows } from './rows.js';

/** One college's part of a plan, and the campus plan's segment each of its segments was cut from. */
export interface CollegePlan {
  plan: Plan;
  /** Segment of the college's plan → the campus plan's segment with the same classes (for shown times). */
  origin: Map<Segment, Segment>;
}

/**
 * The plan of one college's classes only, with their campus times: classes renumbered 1…n (as the timetable prints them), blocks and summary
 * recomputed (the college fits when its own last class ends within the sessions). No order report: that is the
 * rooms'.
 */
export function collegePlan(plan: Plan, college: string): CollegePlan {
  const index = new Map<number, number>();
  const classes: ScheduledClass[] = [];
  plan.classes.forEach((c, i) => {
    if (c.college !== college) return;
    index.set(i, classes.length);
    classes.push({ ...c });
  });
  numberRows(classes, plan.slots, plan.rooms.length);
  const origin = new Map<Segment, Segment>();
  const blocks: Block[] = plan.blocks
    .filter((b) => b.college === college)
    .map((b) => ({
      ...b,
      segments: b.segments.map((s) => {
        const segment = { ...s, first: index.get(s.first)!, last: index.get(s.last)! };
        origin.set(segment, s);
        return segment;
      }),
    }));
  const { lastSessionEnd } = plan.summary;
  const end = classes.reduce((latest, c) => Math.max(latest, c.end), plan.slots[0]!.start);
  const { optimization: _order, roomSearch: _rooms, ...rest } = plan;
  return {
    plan: {
      ...rest,
      classes,
      blocks,
      summary: {
        classes: classes.length,
        people: classes.reduce((sum, c) => sum + c.headcount, 0),
        counselors: blocks.length === 0 ? 0 : new Set(blocks.map((b) => b.counselor)).size,
        fits: end <= lastSessionEnd,
        overflowSeconds: Math.max(0, end - lastSessionEnd),
        start: classes.reduce((earliest, c) => Math.min(earliest, c.start), Number.POSITIVE_INFINITY),
        end,
        lastSessionEnd,
      },
    },
    origin,
  };
}
