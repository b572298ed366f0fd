// Longest-first onto the least-loaded room, in O(units × rates × log rooms) instead of O(units × rooms): the fix
// search adds rooms until a roster fits, and 12 500 counselors in 1 250 rooms made the plain scan (and its matrix of
// work per unit and room) the whole cost of a build. The answer is the plain scan's, tie for tie (see longestFirst).
import type { Units } from './assign-search.js';
import type { RoomQueue } from './placement.js';

/** The rooms grouped by rate (people and period alike, so a unit's work is the same number in each). */
interface RateClass {
  people: number;
  period: number;
  /** The rooms of this rate, in index order. */
  rooms: number[];
}

/** The rooms' rate classes, in order of each class's first room. */
export function rateClasses(queues: readonly RoomQueue[]): RateClass[] {
  const classes: RateClass[] = [];
  queues.forEach((q, r) => {
    const same = classes.find((c) => c.people === q.people && c.period === q.period);
    if (same) same.rooms.push(r);
    else classes.push({ people: q.people, period: q.period, rooms: [r] });
  });
  return classes;
}

/** A unit's people and classes: what its seconds of photographing at any rate are computed from. */
export interface UnitSize {
  people: number;
  classes: number;
}

/** Each unit's people and classes. */
export function unitSizes(units: Units): UnitSize[] {
  return units.map((unit) => {
    let people = 0;
    let classes = 0;
    for (const group of unit) {
      classes += group.length;
      for (const c of group) people += c.headcount;
    }
    return { people, classes };
  });
}

/** Seconds of photographing of a unit at a rate, less half a second per class (each end rounds to a second). */
export function workAt(size: UnitSize, rate: Pick<RateClass, 'people' | 'period'>): number {
  return (size.people * rate.period) / rate.people - size.classes / 2;
}

/**
 * Each unit, longest first (by its work in the first room; ties in roster order), goes to the room it finishes
 * earliest in, the lowest-numbered on a tie, and that room's load becomes that finish. Per rate class a tree of the
 * loads' minima finds both: the least finish of a class is its least load plus the unit's work (adding is monotonic in
 * doubles too), and the lowest room reaching the overall least finish is found by descending where a subtree's least
 * load plus the work still reaches it, so rounding ties are resolved as the scan over every room resolves them.
 */
export function longestFirst(units: Units, queues: readonly RoomQueue[]): number[] {
  const sizes = unitSizes(units);
  const classes = rateClasses(queues);
  const trees = classes.map((c) => new MinTree(c.rooms.length));
  const key = sizes.map((s) => workAt(s, classes[0]!)); // the first class holds room 0
  const rooms = units.map(() => 0);
  const order = units.map((_, i) => i).sort((a, b) => key[b]! - key[a]! || a - b);
  const work = new Float64Array(classes.length);
  for (const i of order) {
    let least = Number.POSITIVE_INFINITY;
    for (let k = 0; k < classes.length; k++) {
      work[k] = workAt(sizes[i]!, classes[k]!);
      least = Math.min(least, trees[k]!.min() + work[k]!);
    }
    let room = queues.length;
    let chosen = 0;
    let slot = 0;
    for (let k = 0; k < classes.length; k++) {
      const at = trees[k]!.leftmostReaching(work[k]!, least);
      if (at >= 0 && classes[k]!.rooms[at]! < room) {
        room = classes[k]!.rooms[at]!;
        chosen = k;
        slot = at;
      }
    }
    rooms[i] = room;
    trees[chosen]!.set(slot, trees[chosen]!.get(slot) + work[chosen]!);
  }
  return rooms;
}

/** Loads of n rooms in a segment tree of minima (leaves past n are +Infinity, so they never reach a finite finish). */
class MinTree {
  private readonly size: number;
  private readonly nodes: Float64Array;

  constructor(n: number) {
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.nodes = new Float64Array(2 * size).fill(Number.POSITIVE_INFINITY);
    this.nodes.fill(0, size, size + n);
    for (let node = size - 1; node >= 1; node--)
      this.nodes[node] = Math.min(this.nodes[2 * node]!, this.nodes[2 * node + 1]!);
  }

  /** The least load. */
  min(): number {
    return this.nodes[1]!;
  }

  /** The load of room i (its index within the rate class). */
  get(i: number): number {
    return this.nodes[this.size + i]!;
  }

  /** Sets room i's load. */
  set(i: number, load: number): void {
    let node = this.size + i;
    this.nodes[node] = load;
    for (node >>= 1; node >= 1; node >>= 1)
      this.nodes[node] = Math.min(this.nodes[2 * node]!, this.nodes[2 * node + 1]!);
  }

  /** The lowest room whose load plus `work` is at most `finish`, or -1. */
  leftmostReaching(work: number, finish: number): number {
    if (!(this.nodes[1]! + work <= finish)) return -1;
    let node = 1;
    while (node < this.size) node = this.nodes[2 * node]! + work <= finish ? 2 * node : 2 * node + 1;
    return node - this.size;
  }
}
