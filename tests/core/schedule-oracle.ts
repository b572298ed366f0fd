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

/** A room's instance: sessions in seconds, the rate as people per period seconds, a changeover in seconds. */
export interface OracleInstance {
  slots: { start: number; end: number }[];
  people: number;
  period: number;
  changeover: number;
  counselors: OracleCounselor[];
}

/** The best objective over every sequence: seconds over, split counselors, idle session seconds before the end. */
export interface OracleBest {
  overflow: number;
  splits: number;
  idle: number;
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
): Omit<OracleBest, 'sequences'> {
  let end = slots[0]!.start;
  for (const p of placed) if (p.end > end) end = p.end;
  const lastEnd = slots[slots.length - 1]!.end;
  const busy = slots.map(() => 0);
  const firstSlot = new Map<number, number>();
  const split = new Set<number>();
  for (const p of placed) {
    busy[p.slot]! += Math.max(0, Math.min(p.end, slots[p.slot]!.end) - p.start);
    const first = firstSlot.get(p.counselor);
    if (first === undefined) firstSlot.set(p.counselor, p.slot);
    else if (first !== p.slot) split.add(p.counselor);
  }
  let idle = 0;
  slots.forEach((s, i) => {
    if (s.start < end) idle += Math.max(0, Math.min(s.end, end) - s.start - busy[i]!);
  });
  return {
    overflow: Math.max(0, end - lastEnd),
    splits: split.size,
    idle,
  };
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

/** The best objective over every sequence (lexicographic: overflow, splits, idle), or undefined when none can be placed. */
export function oracleBest(inst: OracleInstance): OracleBest | undefined {
  // documented: a counselor whose windows meet no session (the run past the last one aside) is refused
  const meets = (c: OracleCounselor) =>
    !c.windows || c.windows.some((w) => inst.slots.some((s) => Math.max(w.start, s.start) < Math.min(w.end, s.end)));
  if (!inst.counselors.every(meets)) return undefined;
  let best: Omit<OracleBest, 'sequences'> | undefined;
  let sequences = 0;
  const classOrders = inst.counselors.map((c) => permutations(c.classes));
  // with any constraint, every class is placed by the windowed rule (a counselor without windows has the sessions)
  const anywhere = inst.counselors.some((c) => c.windows) ? [{ start: 0, end: Number.POSITIVE_INFINITY }] : undefined;
  const better = (a: Omit<OracleBest, 'sequences'>, b: Omit<OracleBest, 'sequences'>) =>
    a.overflow - b.overflow || a.splits - b.splits || a.idle - b.idle;
  for (const order of counselorOrders(inst.counselors)) {
    const walk = (k: number, run: Run, placed: Placed[]) => {
      if (k === order.length) {
        sequences++;
        const objective = oracleObjective(inst.slots, placed);
        if (!best || better(objective, best) < 0) best = objective;
        return;
      }
      const who = order[k]!;
      const counselor = inst.counselors[who]!;
      for (const classes of classOrders[who]!) {
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
          walk(k + 1, r, placed);
          placed.length -= mine.length;
        }
      }
    };
    const first = inst.slots[0]!.start;
    walk(0, { slot: 0, anchor: first, since: 0, end: first }, []);
  }
  return best && { ...best, sequences };
}
