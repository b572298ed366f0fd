// What a planner may tune in the objective (see objective.ts): the price of a return, of a short visit, and how much
// a new order must save before the roster's order is given up.

/** The objective's weights, in minutes: each term's price in idle minutes of the photographer. */
export interface ObjectiveWeights {
  /** What each return costs (a counselor's second, third … visit to the room), in idle minutes. */
  returnCost: number;
  /** A split counselor's visit shorter than this many minutes is a short visit. */
  minVisit: number;
  /** What each short visit costs on top of its return, in idle minutes. */
  shortCost: number;
  /** The roster's order is kept unless another order saves at least this many weighted minutes. */
  reorderGain: number;
}

/** The defaults (see the README's optimize section for why). */
export const DEFAULT_WEIGHTS: ObjectiveWeights = {
  returnCost: 15,
  minVisit: 20,
  shortCost: 60,
  reorderGain: 20,
};
