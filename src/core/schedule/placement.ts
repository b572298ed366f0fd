import type { ClassEntry } from '../roster/model.js';
import type { AllowedWindows } from './constraints.js';
import type { Slot } from './slot.js';
import type { ObjectiveWeights } from './weights.js';

/** One room's queue: the timeline, its rate, and the rules a placement must keep. */
export interface RoomQueue {
  slots: readonly Slot[];
  /** The rate as people per period seconds. */
  people: number;
  period: number;
  /** Seconds between two counselors. */
  changeover: number;
  allowed?: AllowedWindows;
  /** Fill the end of a session with a split counselor's later classes when the next one does not fit (optimize). */
  fillBreaks: boolean;
  /** The objective's weights; the defaults when absent. */
  weights?: ObjectiveWeights;
}

/** A class placed in a room. */
export interface Placed {
  entry: ClassEntry;
  start: number;
  end: number;
  slot: number;
}

/**
 * A room's classes in time order, column by column: class i is `entries[i]`, from `start[i]` to `end[i]` in slot
 * `slot[i]`. Times are computed as doubles, so as object fields each would be a boxed number; in typed arrays 100 000
 * classes cost four arrays instead of 300 000 objects for the garbage collector to copy.
 */
export class Placement {
  readonly entries: ClassEntry[] = [];
  start: Float64Array;
  end: Float64Array;
  slot: Int32Array;

  /** Room for `capacity` classes before the columns grow. */
  constructor(capacity = 16) {
    this.start = new Float64Array(capacity);
    this.end = new Float64Array(capacity);
    this.slot = new Int32Array(capacity);
  }

  /** The same classes, from a list of placed classes. */
  static of(list: readonly Placed[]): Placement {
    const placement = new Placement(list.length);
    placement.pushAll(list);
    return placement;
  }

  /** How many classes are placed. */
  get length(): number {
    return this.entries.length;
  }

  /** Places the next class. */
  push(entry: ClassEntry, start: number, end: number, slot: number): void {
    const i = this.entries.length;
    if (i === this.start.length) this.grow();
    this.entries.push(entry);
    this.start[i] = start;
    this.end[i] = end;
    this.slot[i] = slot;
  }

  /** Places the next classes, in order. */
  pushAll(list: readonly Placed[]): void {
    for (const p of list) this.push(p.entry, p.start, p.end, p.slot);
  }

  /** The latest end, or `floor` when nothing ends later. */
  lastEnd(floor = 0): number {
    let latest = floor;
    for (let i = 0; i < this.entries.length; i++) if (this.end[i]! > latest) latest = this.end[i]!;
    return latest;
  }

  private grow(): void {
    const size = Math.max(16, this.start.length * 2);
    const start = new Float64Array(size);
    const end = new Float64Array(size);
    const slot = new Int32Array(size);
    start.set(this.start);
    end.set(this.end);
    slot.set(this.slot);
    this.start = start;
    this.end = end;
    this.slot = slot;
  }
}

/** A room's classes in time order, or why they cannot all be placed. */
export type RoomPlacement = { placed: Placement } | { unplaceable: ClassEntry };
