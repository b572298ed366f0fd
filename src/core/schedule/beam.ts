import type { ClassEntry } from '../roster/model.js';
import { type CounselorOutcome, counselorOutcomes, cursorNamer, replaySteps } from './exact-outcomes.js';
import type { Placement, RoomQueue } from './placement.js';
import type { Cursor } from './run-step.js';

/** A partial plan of the beam: the counselors placed (and how), the cursor after them, what they cost so far. */
interface State {
  placed: Uint8Array;
  /** Counselors of each college not yet placed. */
  left: Int32Array;
  open: number;
  cursor: Cursor;
  at: number;
  weighted: number;
  changes: number;
  /** Seconds of people's time not yet placed. */
  need: number;
  hash: number;
  step: { counselor: number; outcome: CounselorOutcome } | undefined;
  parent: State | undefined;
}

/** One way to extend a state of the beam, with what it would cost (`over`: the overflow it surely has). */
interface Candidate {
  state: State;
  counselor: number;
  outcome: CounselorOutcome;
  over: number;
  weighted: number;
  end: number;
  changes: number;
}

/**
 * A beam search over the exact search's states (counselors placed, the queue's cursor, the open college): depth by
 * depth, every state is extended by every counselor it may place next (a college once started is finished first) and
 * each of that counselor's outcomes (which classes go before each break, exact-outcomes.ts), and the `widest`
 * cheapest distinct states are kept: by the overflow they surely have (the people and changeovers left against the
 * session time left), then their weighted cost so far (idle, returns, short visits), then changes. When the
 * extensions cost more than `budget` outcomes and extensions would allow (counselors of many classes), the beam
 * narrows to what is left of it. The best complete plan by overflow, weighted cost, end and changes, placed again
 * by place.ts's rules, with its order (each counselor's classes in placed order). Undefined when no state can be
 * completed (constraints). Deterministic: ties go to the order generated, sets are named by seeded numbers.
 */
export function beamRoom(
  groups: readonly (readonly ClassEntry[])[],
  queue: RoomQueue,
  widest: number,
  budget: number,
): { placed: Placement; order: (readonly ClassEntry[])[] } | undefined {
  const n = groups.length;
  const { slots } = queue;
  const lastEnd = slots[slots.length - 1]!.end;
  const colleges = [...new Set(groups.map((g) => g[0]!.college))];
  const collegeOf = groups.map((g) => colleges.indexOf(g[0]!.college));
  const cursorId = cursorNamer(slots);
  let work = 0;
  const outcomes = counselorOutcomes(groups, queue, cursorId, () => {
    work++;
  });
  // a number per counselor, their sum names the set placed (a collision only drops a state)
  let seed = 16;
  const tags = groups.map(() => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  });
  const seconds = groups.map((g) => (g.reduce((sum, e) => sum + e.headcount, 0) * queue.period) / queue.people);
  // session seconds from each session's start to the last session's end
  const after = new Float64Array(slots.length + 1);
  for (let j = slots.length - 1; j >= 0; j--) after[j] = after[j + 1]! + slots[j]!.end - slots[j]!.start;
  /** What the people left surely run past the last session from the state's cursor (0 when they may fit). */
  const overflow = (need: number, at: Cursor, counselorsLeft: number) =>
    Math.max(
      0,
      need +
        queue.changeover * Math.max(0, counselorsLeft - (slots.length - 1 - at.slot)) -
        Math.max(0, slots[at.slot]!.end - at.end) -
        after[at.slot + 1]!,
      at.end - lastEnd,
    );
  const start: Cursor = { slot: 0, anchor: slots[0]!.start, since: 0, end: slots[0]!.start };
  const left = new Int32Array(colleges.length);
  for (const k of collegeOf) left[k]!++;
  let beam: State[] = [
    {
      placed: new Uint8Array(n),
      left,
      open: -1,
      cursor: start,
      at: cursorId(start),
      weighted: 0,
      changes: 0,
      need: seconds.reduce((a, b) => a + b, 0),
      hash: 0,
      step: undefined,
      parent: undefined,
    },
  ];
  let width = widest;
  for (let depth = 0; depth < n; depth++) {
    const before = work;
    const last = depth === n - 1;
    const next: Candidate[] = [];
    for (const state of beam) {
      const mustContinue = state.open >= 0 && state.left[state.open]! > 0;
      for (let c = 0; c < n; c++) {
        if (state.placed[c] || (mustContinue && collegeOf[c] !== state.open)) continue;
        let inversions = 0;
        for (let d = c + 1; d < n; d++) if (state.placed[d]) inversions++;
        const need = state.need - seconds[c]!;
        for (const outcome of outcomes(c, state.cursor, state.at, depth === 0)) {
          next.push({
            state,
            counselor: c,
            outcome,
            over: overflow(need, outcome.cursor, n - depth - 1),
            weighted: state.weighted + outcome.weighted,
            end: last ? outcome.cursor.end : 0,
            changes: state.changes + inversions + outcome.moved,
          });
        }
      }
    }
    if (next.length === 0) return undefined;
    work += next.length;
    // narrower when extensions cost more than planned (counselors of many classes): what is left of the budget
    // spread over the depths left, at this depth's cost per state
    const perState = (work - before) / beam.length;
    const depthsLeft = n - depth - 1;
    if (depthsLeft > 0) width = Math.max(1, Math.min(widest, Math.floor((budget - work) / (depthsLeft * perState))));
    next.sort((a, b) => a.over - b.over || a.weighted - b.weighted || a.end - b.end || a.changes - b.changes);
    const seen = new Set<number>();
    beam = [];
    for (const x of next) {
      const c = x.counselor;
      const hash = (x.state.hash + tags[c]!) % 2 ** 31;
      const key = hash * 2 ** 21 + ((x.outcome.at * 64 + collegeOf[c]!) % 2 ** 21);
      if (seen.has(key)) continue;
      seen.add(key);
      // the state's own copies of what it placed, made only for the states kept
      const placed = x.state.placed.slice();
      placed[c] = 1;
      const left = x.state.left.slice();
      left[collegeOf[c]!]!--;
      beam.push({
        placed,
        left,
        open: collegeOf[c]!,
        cursor: x.outcome.cursor,
        at: x.outcome.at,
        weighted: x.weighted,
        changes: x.changes,
        need: x.state.need - seconds[c]!,
        hash,
        step: { counselor: c, outcome: x.outcome },
        parent: x.state,
      });
      if (beam.length >= width) break;
    }
  }
  const steps: { counselor: number; outcome: CounselorOutcome }[] = [];
  for (let s: State | undefined = beam[0]; s?.step; s = s.parent) steps.push(s.step);
  steps.reverse();
  const placed = replaySteps(groups, queue, steps);
  const counselorOf = new Map(groups.flatMap((g, i) => g.map((c) => [c, i] as const)));
  const position = new Map(steps.map((s, i) => [s.counselor, i]));
  const order: ClassEntry[][] = steps.map(() => []);
  for (const entry of placed.entries) order[position.get(counselorOf.get(entry)!)!]!.push(entry);
  return { placed, order };
}
