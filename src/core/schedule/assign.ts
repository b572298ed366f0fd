import { minOf } from '../arrays.js';
import type { Group } from './groups.js';
import { compareObjectives, type Objective, objectiveOf } from './objective.js';
import { placeRoom } from './place.js';
import type { RoomQueue } from './placement.js';

/** Assignments evaluated at most when every one is tried. */
const EXHAUSTIVE_LIMIT = 20_000;
/** Improvement passes of the heuristic for larger rosters. */
const PASSES = 3;

/** What goes to a room whole: one counselor's group, or a college's groups. */
type Units = readonly (readonly Group[])[];

interface Scored {
  rooms: number[];
  /**
   * The latest end over the rooms, then the rooms' overflow, splits and idle time summed. `changes` stays 0: every
   * room is scored in roster order, so no assignment changes the order more than another.
   */
  end: number;
  objective: Objective;
}

/**
 * Assigns each unit (a counselor's classes, or a college's counselors) to a room so the day finishes earliest, keeping
 * roster order in each room. Every assignment is tried when there are few (rooms of the same rate are
 * interchangeable, so the first unit always goes to the first room); beyond, longest-first onto the least-loaded
 * room, then single moves that finish earlier. Returns the room index of each unit. `quick` stops at longest-first: an
 * assignment that ends no earlier than the full search's (the fix search sizes rooms with it).
 */
export function assignRooms(groups: Units, queues: readonly RoomQueue[], quick = false): number[] {
  if (queues.length === 1) return groups.map(() => 0);
  if (quick) return longestFirst(groups, queues);
  const identical = queues.every((q) => q.people * queues[0]!.period === queues[0]!.people * q.period);
  const count = queues.length ** Math.max(0, groups.length - (identical ? 1 : 0));
  if (count <= EXHAUSTIVE_LIMIT) {
    let best: Scored | undefined;
    for (const rooms of allAssignments(groups.length, queues.length, identical)) {
      const scored = score(rooms, groups, queues);
      if (scored && (!best || better(scored, best))) best = scored;
    }
    if (best) return best.rooms;
  }
  return improve(longestFirst(groups, queues), groups, queues);
}

function* allAssignments(n: number, rooms: number, firstFixed: boolean): Generator<number[]> {
  const a = new Array<number>(n).fill(0);
  const from = firstFixed ? 1 : 0;
  while (true) {
    yield [...a];
    let i = n - 1;
    while (i >= from && a[i] === rooms - 1) a[i--] = 0;
    if (i < from) return;
    a[i]!++;
  }
}

function longestFirst(groups: Units, queues: readonly RoomQueue[]): number[] {
  const people = groups.map((unit) => unit.reduce((sum, g) => sum + g.reduce((n, c) => n + c.headcount, 0), 0));
  const load = queues.map(() => 0);
  const rooms = groups.map(() => 0);
  for (const i of groups.map((_, i) => i).sort((a, b) => people[b]! - people[a]! || a - b)) {
    const finish = queues.map((q, r) => load[r]! + (people[i]! * q.period) / q.people);
    const r = finish.indexOf(minOf(finish));
    rooms[i] = r;
    load[r] = finish[r]!;
  }
  return rooms;
}

function improve(start: number[], groups: Units, queues: readonly RoomQueue[]): number[] {
  let best = score(start, groups, queues);
  if (!best) return start;
  for (let pass = 0; pass < PASSES; pass++) {
    let changed = false;
    for (let i = 0; i < groups.length; i++) {
      for (let r = 0; r < queues.length; r++) {
        if (best.rooms[i] === r) continue;
        const rooms = [...best.rooms];
        rooms[i] = r;
        const scored = score(rooms, groups, queues);
        if (scored && better(scored, best)) {
          best = scored;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return best.rooms;
}

function score(rooms: number[], groups: Units, queues: readonly RoomQueue[]): Scored | undefined {
  let end = 0;
  const total: Objective = { overflow: 0, splits: 0, idle: 0, changes: 0 };
  for (let r = 0; r < queues.length; r++) {
    const mine = groups.filter((_, i) => rooms[i] === r).flat();
    if (mine.length === 0) continue;
    const result = placeRoom(mine, queues[r]!);
    if ('unplaceable' in result) return undefined;
    end = Math.max(end, result.placed.lastEnd());
    const o = objectiveOf(result.placed, queues[r]!.slots, mine);
    total.overflow += o.overflow;
    total.splits += o.splits;
    total.idle += o.idle;
  }
  return { rooms, end, objective: total };
}

function better(a: Scored, b: Scored): boolean {
  return a.end < b.end || (a.end === b.end && compareObjectives(a.objective, b.objective) < 0);
}
