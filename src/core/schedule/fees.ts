import type { Fen } from '../money.js';
import type { Plan } from './plan.js';

/**
 * What a plan's classes owe at a fee per person, in fen: every figure is a whole number of fen, so the totals are
 * exact. A per-college total belongs here too, summed like `blocks` over the classes' college.
 */
export interface PlanFees {
  perPerson: Fen;
  /** Per class, in schedule order (as {@link Plan.classes}). */
  classes: Fen[];
  /** Per counselor block (as {@link Plan.blocks}). */
  blocks: Fen[];
  total: Fen;
  /** The people it is collected from: every class's headcount. */
  people: number;
}

/** Headcount × fee for every class, summed per counselor and in all. */
export function planFees(plan: Plan, perPerson: Fen): PlanFees {
  const classes = plan.classes.map((c) => c.headcount * perPerson);
  const blocks = plan.blocks.map((b) => {
    let sum = 0;
    for (const s of b.segments) for (let i = s.first; i <= s.last; i++) sum += classes[i]!;
    return sum;
  });
  let total = 0;
  for (const amount of classes) total += amount;
  return { perPerson, classes, blocks, total, people: plan.summary.people };
}
