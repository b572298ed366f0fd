// An independent brute force for one room, written apart from src/core/schedule: every college order × every counselor
// order within a college × every class order within a counselor, each sequence placed by the documented rules (a
// class goes at the earliest place it fits, never across a break; the last session runs on; constraints are windows).
// Tests only: it is exponential on purpose.

/** One class of the oracle's instance. */
export interface OracleClass {
  name: string;
  headcount: number;
}

/** One counselor: its classes in roster order, an optional college and availability windows (seconds). */
export interface OracleCounselor {
  name: string;
  college?: string;
  classes: OracleClass[];
  windows?: { start: number; end: number }[];
}

/** The planner's weights as the README documents them, in minutes. */
export interface OracleWeights {
  returnCost: number;
  minVisit: number;
  shortCost: number;
  reorderGain: number;
}

/** The README's defaults. */
export const ORACLE_DEFAULTS: OracleWeights = {
  returnCost: 15,
  minVisit: 20,
  shortCost: 60,
  reorderGain: 20,
};

/** A room's instance: sessions in seconds, the rate as people per period seconds, a changeover in seconds. */
export interface OracleInstance {
  slots: { start: number; end: number }[];
  people: number;
  period: number;
  changeover: number;
  counselors: OracleCounselor[];
  /** The defaults when absent. */
  weights?: OracleWeights;
}

/**
 * A plan's figures: seconds over, split counselors, returns (visits after each counselor's first), short visits (a
 * split counselor's visit under minVisit, first class's start to last class's end in one session), idle
 * session seconds before the end, the weighted seconds (idle + returns and short visits at their prices) and the end.
 */
export interface OracleObjective {
  overflow: number;
  splits: number;
  returns: number;
  shortVisits: number;
  idle: number;
  cost: number;
  end: number;
}

/** The best plan's figures over every sequence, and how many sequences were placed. */
export interface OracleBest extends OracleObjective {
  sequences: number;
}

interface Run {
  slot: number;
  anchor: number;
  since: number;
  end: number;
}

interface Placed {
  counselor: number;
  start: number;
  end: number;
  slot: number;
}

/** The place of one class after `run`, or undefined when no window can take it. */
function place(
  inst: OracleInstance,
  run: Run,
  headcount: number,
  from: number,
  windows: { start: number; end: number }[] | undefined,
): { placed: Omit<Placed, 'counselor'>; run: Run } | undefined {
  const { slots, people, period } = inst;
  const last = slots.length - 1;
  if (!windows) {
    // no windows: continue the run, else the next session whose start opens a new run
    let { slot, anchor, since, end } = run;
    if (from > end) {
      anchor = from;
      since = 0;
      end = from;
    }
    while (
      slot < last &&
      ((since + headcount) * period > (slots[slot]!.end - anchor) * people || end >= slots[slot]!.end)
    ) {
      slot++;
      anchor = slots[slot]!.start;
      since = 0;
      end = anchor;
    }
    if (anchor < slots[slot]!.start) {
      anchor = slots[slot]!.start;
      since = 0;
      end = anchor;
    }
    const start = end;
    since += headcount;
    end = anchor + Math.round((since * period) / people);
    return { placed: { start, end, slot }, run: { slot, anchor, since, end } };
  }
  for (let j = run.slot; j < slots.length; j++) {
    const slotEnd = j === last ? Number.POSITIVE_INFINITY : slots[j]!.end;
    const ranges = windows
      .map((w) => ({ start: Math.max(w.start, slots[j]!.start), end: Math.min(w.end, slotEnd) }))
      .filter((r) => r.start < r.end)
      .sort((a, b) => a.start - b.start);
    for (const r of ranges) {
      const at = Math.max(r.start, from);
      if (at >= r.end) continue;
      if (j === run.slot && at === run.end && (run.since + headcount) * period <= (r.end - run.anchor) * people) {
        const since = run.since + headcount;
        const end = run.anchor + Math.round((since * period) / people);
        return { placed: { start: at, end, slot: j }, run: { ...run, since, end } };
      }
      if (headcount * period <= (r.end - at) * people) {
        const end = at + Math.round((headcount * period) / people);
        return { placed: { start: at, end, slot: j }, run: { slot: j, anchor: at, since: headcount, end } };
      }
    }
  }
  return undefined;
}

/** The objective of a whole placement, recomputed from the placed classes alone. */
export function oracleObjective(
  slots: readonly { start: number; end: number }[],
  placed: readonly Placed[],
  weights: OracleWeights = ORACLE_DEFAULTS,
): OracleObjective {
  let end = slots[0]!.start;
  for (const p of placed) if (p.end > end) end = p.end;
  const lastEnd = slots[slots.length - 1]!.end;
  const busy = slots.map(() => 0);
  // per counselor, per session: [earliest start, latest end]
  const visits = new Map<number, Map<number, [number, number]>>();
  for (const p of placed) {
    busy[p.slot]! += Math.max(0, Math.min(p.end, slots[p.slot]!.end) - p.start);
    if (!visits.has(p.counselor)) visits.set(p.counselor, new Map());
    const byslot = visits.get(p.counselor)!;
    const v = byslot.get(p.slot);
    byslot.set(p.slot, v ? [Math.min(v[0], p.start), Math.max(v[1], p.end)] : [p.start, p.end]);
  }
  let idle = 0;
  slots.forEach((s, i) => {
    if (s.start < end) idle += Math.max(0, Math.min(s.end, end) - s.start - busy[i]!);
  });
  let splits = 0;
  let returns = 0;
  let shortVisits = 0;
  for (const byslot of visits.values()) {
    if (byslot.size === 1) continue;
    splits += 1;
    returns += byslot.size - 1;
    for (const [from, to] of byslot.values()) if (to - from < weights.minVisit * 60) shortVisits += 1;
  }
  const cost = idle + returns * weights.returnCost * 60 + shortVisits * weights.shortCost * 60;
  return { overflow: Math.max(0, end - lastEnd), splits, returns, shortVisits, idle, cost, end };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]));
}

/** Every counselor order that keeps each college together (college order × order within each college). */
function counselorOrders(counselors: readonly OracleCounselor[]): number[][] {
  const colleges = [...new Set(counselors.map((c) => c.college))];
  const members = colleges.map((college) => counselors.flatMap((c, i) => (c.college === college ? [i] : [])));
  const orders: number[][] = [];
  const within = (rest: readonly number[][], prefix: number[]) => {
    if (rest.length === 0) {
      orders.push(prefix);
      return;
    }
    for (const inner of permutations(rest[0]!)) within(rest.slice(1), [...prefix, ...inner]);
  };
  for (const order of permutations(members)) within(order, []);
  return orders;
}

/** The number of sequences the oracle places: counselor orders × the product of each counselor's classes!. */
export function sequenceCount(inst: OracleInstance): number {
  const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
  return counselorOrders(inst.counselors).length * inst.counselors.reduce((p, c) => p * fact(c.classes.length), 1);
}

/**
 * The best objective over every sequence (lexicographic: overflow, weighted cost, end), or undefined when none can
 * be placed (or by `compare`). Then the roster's sequence (every counselor and class in roster order, placed one after another) is kept
 * instead when it overflows no more and costs less than reorderGain more; instances with windows must have
 * reorderGain 0 (the tool places a roster order with windows by its own rules).
 */
export function oracleBest(
  inst: OracleInstance,
  compare: (a: OracleObjective, b: OracleObjective) => number = (a, b) =>
    a.overflow - b.overflow || a.cost - b.cost || a.end - b.end,
): OracleBest | undefined {
  // documented: a counselor whose windows meet no session (the run past the last one aside) is refused
  const meets = (c: OracleCounselor) =>
    !c.windows || c.windows.some((w) => inst.slots.some((s) => Math.max(w.start, s.start) < Math.min(w.end, s.end)));
  if (!inst.counselors.every(meets)) return undefined;
  const weights = inst.weights ?? ORACLE_DEFAULTS;
  let best: OracleObjective | undefined;
  let roster: OracleObjective | undefined;
  let sequences = 0;
  const classOrders = inst.counselors.map((c) => permutations(c.classes));
  // with any constraint, every class is placed by the windowed rule (a counselor without windows has the sessions)
  const anywhere = inst.counselors.some((c) => c.windows) ? [{ start: 0, end: Number.POSITIVE_INFINITY }] : undefined;
  for (const order of counselorOrders(inst.counselors)) {
    const inRoster = order.every((who, i) => who === i);
    const walk = (k: number, run: Run, placed: Placed[], rosterSoFar: boolean) => {
      if (k === order.length) {
        sequences++;
        const objective = oracleObjective(inst.slots, placed, weights);
        if (!best || compare(objective, best) < 0) best = objective;
        if (rosterSoFar) roster = objective;
        return;
      }
      const who = order[k]!;
      const counselor = inst.counselors[who]!;
      for (const [n, classes] of classOrders[who]!.entries()) {
        let r = run;
        const mine: Placed[] = [];
        let ok = true;
        for (let i = 0; i < classes.length; i++) {
          const from =
            placed.length === 0 && i === 0 ? inst.slots[0]!.start : i === 0 ? r.end + inst.changeover : r.end;
          const result = place(inst, r, classes[i]!.headcount, from, counselor.windows ?? anywhere);
          if (!result) {
            ok = false;
            break;
          }
          mine.push({ ...result.placed, counselor: who });
          r = result.run;
        }
        if (ok) {
          placed.push(...mine);
          // permutations() lists the roster's own class order first
          walk(k + 1, r, placed, rosterSoFar && n === 0);
          placed.length -= mine.length;
        }
      }
    };
    const first = inst.slots[0]!.start;
    walk(0, { slot: 0, anchor: first, since: 0, end: first }, [], inRoster);
  }
  const kept =
    best &&
    roster &&
    weights.reorderGain > 0 &&
    roster.overflow <= best.overflow &&
    roster.cost - best.cost < weights.reorderGain * 60;
  const chosen = kept ? roster : best;
  return chosen && { ...chosen, sequences };
}
