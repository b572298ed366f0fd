import { fail } from '../errors.js';
import { counselorLabel } from '../roster/identity.js';
import type { ClassEntry, Roster } from '../roster/model.js';
import { roomsOf, type Settings } from '../settings.js';
import { periodSeconds } from '../throughput.js';
import type { LocalSeconds } from '../time.js';
import { resolveConstraints } from './constraints.js';
import { placeRoom } from './place.js';
import { type Placed, Placement, type RoomQueue } from './placement.js';
import type { Plan } from './plan.js';
import { assemble } from './schedule.js';
import type { Slot } from './slot.js';
import { slotsOf } from './slot.js';

/** One room of a day resumed part-way: what keeps its times, what is placed from `from` on, what goes after it all. */
export interface RoomResume {
  /** Classes that keep their times (slot indices into the plan's slots), in time order. */
  kept: readonly Placed[];
  /** Counselor groups placed from `from` on, in this order (constraints may move a group that would wait). */
  groups: readonly (readonly ClassEntry[])[];
  /** Counselor groups placed after every class of `groups` has ended. */
  last: readonly (readonly ClassEntry[])[];
  from: LocalSeconds;
}

/**
 * The plan of a day resumed part-way (replan): each room keeps its kept classes and places the rest in the given
 * order from its `from` on, at the settings' rates, with every usual rule (sessions, breaks, windows, changeovers);
 * no room assignment or reordering beyond the constraints'. `resume[r]` is room r of `roomsOf(settings)`.
 */
export function scheduleFrom(roster: Roster, settings: Settings, resume: readonly RoomResume[]): Plan {
  const slots = slotsOf(settings);
  const rooms = roomsOf(settings);
  const constraints = resolveConstraints(settings, roster, slots);
  const byRoom = rooms.map((room, r) => {
    const { kept, groups, last, from } = resume[r]!;
    const placement = Placement.of(kept);
    let at = from;
    for (const part of [groups, last]) {
      if (part.length === 0) continue;
      const queue: RoomQueue = {
        slots: slotsFrom(slots, at),
        people: room.throughput.people,
        period: periodSeconds(room.throughput),
        changeover: settings.changeover ?? 0,
        fillBreaks: false,
        ...(constraints ? { allowed: constraints.allowed } : {}),
      };
      const result = placeRoom(part, queue);
      if ('unplaceable' in result) {
        const c = result.unplaceable;
        fail('classUnplaceable', { name: c.name, counselor: counselorLabel(c) }, c.source);
      }
      const { placed } = result;
      for (let i = 0; i < placed.length; i++)
        placement.push(placed.entries[i]!, placed.start[i]!, placed.end[i]!, placed.slot[i]!);
      at = placed.lastEnd(at) + (settings.changeover ?? 0);
    }
    return placement;
  });
  return assemble(settings, { slots, rooms, byRoom, reports: [] });
}

/**
 * The slots with nothing before `at`: a slot that ends by then is left empty (start = end, which placement skips),
 * the one it falls in starts then; the last slot runs on, so it may start after its end. Indices stay the plan's.
 */
function slotsFrom(slots: readonly Slot[], at: LocalSeconds): Slot[] {
  const last = slots.length - 1;
  return slots.map((s, i) =>
    s.start >= at ? s : { ...s, start: i === last ? Math.max(s.start, at) : Math.min(Math.max(s.start, at), s.end) },
  );
}
