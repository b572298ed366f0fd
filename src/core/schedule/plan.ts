import type { ClassEntry } from '../roster/model.js';
import type { RoomSpec, Settings } from '../settings.js';
import type { IsoDate, LocalSeconds } from '../time.js';
import type { RoomSearch } from './assign.js';
import type { OrderReport } from './optimize.js';
import type { Placement } from './placement.js';
import type { Slot } from './slot.js';

/** A class with its exact times. */
export interface ScheduledClass {
  /** Row in the timetable, 1…n by date, then room, then time (schedule order with one room or one date). */
  seq: number;
  name: string;
  headcount: number;
  counselor: string;
  /** The class's college, when the roster has colleges. */
  college?: string;
  source: ClassEntry['source'];
  start: LocalSeconds;
  end: LocalSeconds;
  /** Index into {@link Plan.slots}; overflow stays in the last slot. */
  slot: number;
  /** Index into {@link Plan.rooms}. */
  room: number;
}

/** A counselor's contiguous run of classes within one slot of one room. */
export interface Segment {
  slot: number;
  start: LocalSeconds;
  end: LocalSeconds;
  /** Index of the first and last class in {@link Plan.classes} (consecutive there and in the timetable). */
  first: number;
  last: number;
}

/** All classes of one counselor, one after another. */
export interface Block {
  counselor: string;
  /** The counselor's college, when the roster has colleges. */
  college?: string;
  room: number;
  segments: Segment[];
}

/** The plan's headline figures. */
export interface PlanSummary {
  classes: number;
  people: number;
  counselors: number;
  fits: boolean;
  /** Seconds past the end of the last session (0 when it fits). */
  overflowSeconds: number;
  start: LocalSeconds;
  end: LocalSeconds;
  /** End of the last session of the last date. */
  lastSessionEnd: LocalSeconds;
}

/** The schedule: exact times in schedule order, counselor blocks and a summary. */
export interface Plan {
  settings: Settings;
  /** The rooms (one unnamed room unless rooms were given). */
  rooms: RoomSpec[];
  slots: Slot[];
  /** Per day, the time kept free at its end for make-up photos (empty without --reserve). */
  reserved: { date: IsoDate; start: LocalSeconds; end: LocalSeconds }[];
  /** With --order optimize: how each room's order was found. */
  optimization?: OrderReport[];
  /** With several rooms: how the counselors were assigned to them. */
  roomSearch?: RoomSearch;
  classes: ScheduledClass[];
  blocks: Block[];
  summary: PlanSummary;
}

/** Every room's classes placed, before the plan is assembled from them: all a what-if or a rate search needs. */
export interface PlacedRoster {
  slots: Slot[];
  rooms: Plan['rooms'];
  byRoom: Placement[];
  reports: OrderReport[];
  roomSearch?: RoomSearch;
}

/** When the last class ends (the first session's start when there is none), and how that stands to the last session. */
export type DayEnd = Pick<Plan['summary'], 'end' | 'fits' | 'overflowSeconds'>;
