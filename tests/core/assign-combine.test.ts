import { describe, expect, it } from 'vitest';
import { better, combine, type RoomScore } from '../../src/core/schedule/assign-search.js';
import type { Objective } from '../../src/core/schedule/objective.js';
import type { Slot } from '../../src/core/schedule/slot.js';

// How an assignment of counselors to rooms is priced (issue 16, room balance): every room's photographer is booked
// until the latest room ends, so a later end costs a minute per room and a room done early, or empty, saves nothing.
const H = 3600;
const slots: Slot[] = [
  { start: 8.5 * H, end: 12 * H, date: '2024-04-22', midnight: 0 },
  { start: 13.5 * H, end: 18 * H, date: '2024-04-22', midnight: 0 },
];
const objective = (o: Partial<Objective>): Objective => ({
  overflow: 0,
  cost: 0,
  end: 0,
  changes: 0,
  splits: 0,
  returns: 0,
  shortVisits: 0,
  idle: 0,
  ...o,
});
/** A room ending at `end` hours with `returns` returns (15 minutes each) and `idle` minutes of its own idle. */
const room = (end: number, returns = 0, idle = 0): RoomScore => ({
  end: end * H,
  objective: objective({ end: end * H, returns, idle: idle * 60, cost: (idle + 15 * returns) * 60 }),
});
const empty: RoomScore = { end: 0, objective: objective({}) };
const minutes = (rooms: RoomScore[]) => combine([], rooms, slots).objective.cost / 60;

describe('combine: an assignment costs its returns and short visits, and every room booked until the latest end', () => {
  it.each([
    // 08:30–11:30 in one room: 180 booked minutes in each of two rooms, the empty one too
    { title: 'one room used, the other empty', rooms: [room(11.5), empty], cost: 360, idle: 180 },
    { title: 'both rooms used, ending 11:30 and 10:00', rooms: [room(11.5), room(10)], cost: 360, idle: 90 },
    // 15:00: 210 + 90 session minutes booked; the morning room waits 30 + 90 minutes
    { title: 'a return in the later room, the lunch break not booked', rooms: [room(15, 1), room(11.5)], cost: 615 },
    // its own idle is part of the booked time, not counted twice
    { title: "a room's own idle is inside its booked time", rooms: [room(15, 0, 20), room(15)], cost: 600, idle: 20 },
    // 18:30: 210 + 270 session minutes and 30 past 18:00, in each room
    { title: 'past the last session, the overflow is booked too', rooms: [room(18.5), empty], cost: 1020 },
  ])('$title: $cost minutes', ({ rooms, cost, idle }) => {
    expect(minutes(rooms)).toBe(cost);
    if (idle !== undefined) expect(combine([], rooms, slots).objective.idle / 60).toBe(idle);
  });

  it('the seed at 20/10min in two rooms: ending 14:35:30 with two returns beats 15:40:00 with one', () => {
    // 朱银先 back for a 16.5-minute visit (a return and a short visit: 75 minutes) against 65 minutes later in two rooms
    const short = { returns: 1, shortVisits: 1 };
    const balanced = combine(
      [],
      [
        room(14 + 26.5 / 60, 1),
        { end: (14 + 35.5 / 60) * H, objective: objective({ ...short, cost: (15 + 60 + 15.5) * 60, idle: 15.5 * 60 }) },
      ],
      slots,
    );
    const lopsided = combine([], [room(15 + 40 / 60, 1), room(11 + 36.5 / 60)], slots);
    expect(better(balanced, lopsided)).toBe(true);
    expect([balanced.objective.cost / 60, lopsided.objective.cost / 60]).toEqual([641, 695]);
  });

  it('a slow room given work that ends later than the fast room alone is worse, though the fast room then waits', () => {
    // all in the fast room until 10:10; or the fast room done at 09:10 and the slow one at 10:30
    expect(
      better(combine([], [room(10 + 10 / 60), empty], slots), combine([], [room(9 + 10 / 60), room(10.5)], slots)),
    ).toBe(true);
  });
});
