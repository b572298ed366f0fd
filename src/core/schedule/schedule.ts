import { maxOf, pushAll } from '../arrays.js';
import { CapturePlanError, fail, problem } from '../errors.js';
import { counselorKey, counselorLabel, sameCounselor } from '../roster/identity.js';
import type { ClassEntry, Roster } from '../roster/model.js';
import { roomsOf, type Settings } from '../settings.js';
import { periodSeconds } from '../throughput.js';
import { assignRooms } from './assign.js';
import type { Evaluate } from './assign-search.js';
import { resolveConstraints } from './constraints.js';
import { byCollege, type Group, inputOrder } from './groups.js';
import { objectiveOf } from './objective.js';
import { type OrderReport, optimizeRoom } from './optimize.js';
import { placeRoom } from './place.js';
import { Placement, type RoomQueue } from './placement.js';
import type { Block, DayEnd, PlacedRoster, Plan, ScheduledClass, Segment } from './plan.js';
import { numberRows } from './rows.js';
import { type Slot, slotsOf } from './slot.js';
import { intersect } from './windows.js';

/**
 * Places the roster: counselors assigned to rooms so the day ends earliest, each room one queue, a counselor's
 * classes together, no class across a break, constraints kept. With `order: 'optimize'` each room's order is chosen
 * by the objective; otherwise it is the roster's. Times are exact (see place.ts); what does not fit runs on past the
 * last session.
 */
export function schedule(roster: Roster, settings: Settings): Plan {
  const placed = placeRoster(roster, settings);
  const plan = assemble(settings, placed);
  if (settings.order === 'optimize') plan.optimization = placed.reports;
  return plan;
}

/**
 * The end of the day a roster would have: schedule without assembling the plan (the fix search); `quick` assigns rooms
 * longest-first only (see assignRooms). `fitOnly` answers only whether it fits: with --order optimize a room whose
 * roster order fits keeps it, so the end is then not the optimized plan's.
 */
export function scheduledEnd(roster: Roster, settings: Settings, quick = false, fitOnly = false): DayEnd {
  return dayEndOf(placeRoster(roster, settings, quick, fitOnly));
}

/** The day's end of placed classes: the fields of a plan's summary that need no plan. */
export function dayEndOf(placed: PlacedRoster): DayEnd {
  const end = placed.byRoom.reduce((latest, placement) => placement.lastEnd(latest), placed.slots[0]!.start);
  const lastSessionEnd = placed.slots[placed.slots.length - 1]!.end;
  return { end, fits: end <= lastSessionEnd, overflowSeconds: Math.max(0, end - lastSessionEnd) };
}

/** Every room's classes placed, with the timeline and rooms they were placed on (see schedule and scheduledEnd). */
export function placeRoster(roster: Roster, settings: Settings, quick = false, fitOnly = false): PlacedRoster {
  const slots = slotsOf(settings);
  if (slots.some((s) => s.end <= s.start)) fail('reserveTooLong', { minutes: (settings.reserve ?? 0) / 60 });
  const rooms = roomsOf(settings);
  checkClassLengths(roster, rooms, slots);
  const constraints = resolveConstraints(settings, roster, slots);
  const queues: RoomQueue[] = rooms.map((r) => ({
    slots,
    people: r.throughput.people,
    period: periodSeconds(r.throughput),
    changeover: settings.changeover ?? 0,
    fillBreaks: false,
    ...(constraints ? { allowed: constraints.allowed } : {}),
    ...(settings.weights ? { weights: settings.weights } : {}),
  }));
  const units = roomUnits(inputOrder(roster.classes), queues.length);
  const optimize = settings.order === 'optimize';
  const {
    rooms: assignment,
    scores,
    search,
  } = assignRooms(units, queues, quick, optimize && queues.length > 1 ? optimizedScore(queues) : undefined);
  const reports: OrderReport[] = [];
  const perRoom = groupsPerRoom(units, assignment, queues.length);
  const byRoom = queues.map((queue, r) => {
    const mine = perRoom[r]!;
    if (mine.length === 0) return new Placement(0);
    if (optimize) {
      // asked only whether the day fits: a room whose roster order fits needs no search (optimize is never worse)
      const plain = fitOnly && !scores?.[r]?.optimized ? placeRoom(mine, queue) : undefined;
      if (plain && !('unplaceable' in plain) && plain.placed.lastEnd(slots[0]!.start) <= slots.at(-1)!.end)
        return plain.placed;
      const best = scores?.[r]?.optimized ?? optimizeRoom(mine, queue, fitOnly);
      if (best) {
        reports.push(best.report);
        return best.placed;
      }
    }
    const result = placeRoom(mine, queue);
    if (!('unplaceable' in result)) return result.placed;
    // the roster order cannot keep the constraints; another order may (every order up to eight counselors)
    const reordered = constraints && settings.order !== 'optimize' ? optimizeRoom(mine, queue) : undefined;
    if (reordered) return reordered.placed;
    throw unplaceable(result.unplaceable, mine, queue, constraints?.pinned ?? new Set());
  });
  return { slots, rooms, byRoom, reports, ...(search ? { roomSearch: search } : {}) };
}

/** Each room's groups in roster order, in one pass over the units (not one per room: the fix search adds many). */
function groupsPerRoom(units: readonly Group[][], assignment: readonly number[], rooms: number): Group[][] {
  if (rooms === 1) return [units[0]!];
  const perRoom: Group[][] = Array.from({ length: rooms }, () => []);
  units.forEach((unit, i) => {
    pushAll(perRoom[assignment[i]!]!, unit);
  });
  return perRoom;
}

/** A room scored by its optimized order (the roster's when no order is found), for the assignment search. */
function optimizedScore(queues: readonly RoomQueue[]): Evaluate {
  return (groups, r) => {
    const best = optimizeRoom(groups, queues[r]!);
    if (best) return { end: best.placed.lastEnd(), objective: best.report.objective, optimized: best };
    const result = placeRoom(groups, queues[r]!);
    if ('unplaceable' in result) return undefined;
    return { end: result.placed.lastEnd(), objective: objectiveOf(result.placed, queues[r]!, groups) };
  };
}

/**
 * What goes to a room whole: each college, so its teacher stays in one place, when there are at least as many
 * colleges as rooms; otherwise (or without colleges) each counselor, a college's counselors then keeping their order
 * within each room.
 */
function roomUnits(groups: Group[], rooms: number): Group[][] {
  if (rooms === 1) return [groups];
  const colleges = byCollege(groups);
  if (colleges.length >= rooms && colleges[0]!.college !== undefined) return colleges.map((c) => c.groups);
  return groups.map((g) => [g]);
}

/** A class longer than the longest session, in every room, can never be placed. */
function checkClassLengths(roster: Roster, rooms: Plan['rooms'], slots: readonly Slot[]): void {
  const longest = maxOf(slots.map((s) => s.end - s.start));
  // the most people a class may have and still fit the longest session in the fastest room
  const limit = maxOf(rooms.map((r) => Math.floor((longest * r.throughput.people) / periodSeconds(r.throughput))));
  for (const c of roster.classes) {
    if (c.headcount > limit) {
      const minutes = (c.headcount * periodSeconds(rooms[0]!.throughput)) / rooms[0]!.throughput.people / 60;
      fail(
        'classTooLong',
        { name: c.name, minutes: Math.round(minutes * 10) / 10, longest: longest / 60 },
        { file: c.source.file, row: c.source.row },
      );
    }
  }
}

/** Why a room could not be placed: the class's own pin, or its counselor's availability. */
function unplaceable(
  c: ClassEntry,
  groups: readonly (readonly ClassEntry[])[],
  queue: RoomQueue,
  pinned: ReadonlySet<ClassEntry>,
): CapturePlanError {
  if (pinned.has(c))
    return new CapturePlanError(
      problem(
        'classUnplaceable',
        { name: c.name, counselor: counselorLabel(c) },
        { file: c.source.file, row: c.source.row },
      ),
    );
  const people = groups.find((g) => sameCounselor(g[0]!, c))!.reduce((sum, x) => sum + x.headcount, 0);
  // the session time inside the counselor's windows, whole minutes: what the classes had to fit in
  const windows = queue.allowed?.(c) ?? [];
  const available = queue.slots.reduce(
    (sum, s) => sum + intersect([{ start: s.start, end: s.end }], windows).reduce((t, w) => t + w.end - w.start, 0),
    0,
  );
  return new CapturePlanError(
    problem('counselorUnplaceable', {
      name: counselorLabel(c),
      minutes: Math.ceil((people * queue.period) / queue.people / 60),
      available: Math.floor(available / 60),
    }),
  );
}

/** The plan: classes by room then time, numbered 1…n by date, then room, then time; a block per counselor with a segment per slot; the summary. */
export function assemble(settings: Settings, { rooms, slots, byRoom: placedByRoom, roomSearch }: PlacedRoster): Plan {
  const classes: ScheduledClass[] = new Array(placedByRoom.reduce((n, p) => n + p.length, 0));
  const blocks: Block[] = [];
  let index = 0;
  let people = 0;
  let start = Number.POSITIVE_INFINITY;
  let end = slots[0]!.start;
  for (let room = 0; room < placedByRoom.length; room++) {
    const { entries, start: starts, end: ends, slot: slotOf } = placedByRoom[room]!;
    let block: Block | undefined;
    let segment: Segment | undefined;
    for (let i = 0; i < entries.length; i++, index++) {
      const c = entries[i]!;
      const from = starts[i]!;
      const to = ends[i]!;
      const slot = slotOf[i]!;
      people += c.headcount;
      if (from < start) start = from;
      if (to > end) end = to;
      const scheduled: ScheduledClass = {
        seq: 0, // numbered below, in the timetable's order
        name: c.name,
        headcount: c.headcount,
        counselor: c.counselor,
        source: c.source,
        start: from,
        end: to,
        slot,
        room,
      };
      if (c.college !== undefined) scheduled.college = c.college;
      classes[index] = scheduled;
      const sameBlock = block !== undefined && sameCounselor(block, c);
      if (sameBlock && segment!.slot === slot) {
        segment!.end = to;
        segment!.last = index;
        continue;
      }
      segment = { slot, start: from, end: to, first: index, last: index };
      if (sameBlock) block!.segments.push(segment);
      else {
        block = { counselor: c.counselor, room, segments: [segment] };
        if (c.college !== undefined) block.college = c.college;
        blocks.push(block);
      }
    }
  }
  numberRows(classes, slots, rooms.length);
  const lastSessionEnd = slots[slots.length - 1]!.end;
  const reserve = settings.reserve ?? 0;
  return {
    settings,
    rooms,
    slots,
    reserved:
      reserve > 0
        ? settings.dates.map((date) => {
            const last = slots.filter((s) => s.date === date).pop()!;
            return { date, start: last.end, end: last.end + reserve };
          })
        : [],
    ...(roomSearch ? { roomSearch } : {}),
    classes,
    blocks,
    summary: {
      classes: classes.length,
      people,
      counselors: new Set(blocks.map(counselorKey)).size,
      fits: end <= lastSessionEnd,
      overflowSeconds: Math.max(0, end - lastSessionEnd),
      start: Number.isFinite(start) ? start : slots[0]!.start,
      end,
      lastSessionEnd,
    },
  };
}
