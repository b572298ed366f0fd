import { describe, expect, it } from 'vitest';
import { assignRooms } from '../../src/core/schedule/assign.js';
import type { RoomQueue } from '../../src/core/schedule/placement.js';
import { breaksBound } from '../../src/core/schedule/room-bound.js';
import type { Slot } from '../../src/core/schedule/slot.js';

const H = 3600;
const slot = (from: number, to: number): Slot => ({ date: '2024-04-22', midnight: 0, start: from * H, end: to * H });
/** Counselors of one class each, `people` at one person a minute (10/10min). */
const units = (...people: number[]) =>
  people.map((headcount, i) => [
    [{ seq: i + 1, name: `班${i}`, headcount, counselor: `导${i}`, source: { file: 'x', row: i + 2 } }],
  ]);
const queue = (slots: Slot[], people = 10): RoomQueue => ({
  slots,
  people,
  period: 600,
  changeover: 0,
  fillBreaks: false,
});
const at = (h: number, m: number) => h * H + m * 60;

describe('the rooms lower bound counts breaks (issue 16)', () => {
  it.each([
    // 6 classes of 40 minutes, 2 rooms, 09:00–10:00 and 11:00–12:00: an even share ends 12:00, but only one class fits
    // before the break, so each room runs 11:00–12:20 (the best assignment ends exactly there)
    {
      name: '40-minute classes, an hour before the break',
      people: [40, 40, 40, 40, 40, 40],
      rooms: 2,
      slots: [slot(9, 10), slot(11, 12)],
      old: at(12, 0),
      bound: at(12, 20),
    },
    // four classes of 50 minutes in 2 rooms, 70 minutes before the break: one class fits there, 50 minutes after
    {
      name: 'no pair fills the session',
      people: [50, 50, 50, 50],
      rooms: 2,
      slots: [slot(9, 10 + 1 / 6), slot(11, 13)],
      old: at(11, 30),
      bound: at(11, 50),
    },
    // no break (one session): the same as the even share
    { name: 'one session', people: [40, 40, 40], rooms: 2, slots: [slot(9, 12)], old: at(10, 0), bound: at(10, 0) },
    // sessions the classes fill exactly: nothing lost at the break
    {
      name: 'classes that fill each session',
      people: [30, 30, 30, 30],
      rooms: 2,
      slots: [slot(9, 10), slot(11, 12)],
      old: at(10, 0),
      bound: at(10, 0),
    },
  ])('$name', ({ people, rooms, slots, old, bound }) => {
    const queues = Array.from({ length: rooms }, () => queue(slots));
    expect(breaksBound(units(...people), queues)).toBe(bound);
    const { search } = assignRooms(units(...people), queues);
    expect(search!.lowerBound).toBe(Math.max(old, bound));
  });

  it('uses the fastest room’s rate and the lengths rounded down', () => {
    // 25 people at 15/10min is 16 min 40 s; at 30/10min (the faster room) 8 min 20 s = 500 s
    const slots = [slot(9, 9 + 1 / 6), slot(11, 12)];
    const queues = [queue(slots, 15), queue(slots, 30)];
    // 4 classes of 500 s over 2 rooms: 1 000 s each; a 600 s session holds one (500 s), 500 s left from 11:00
    expect(breaksBound(units(25, 25, 25, 25), queues)).toBe(11 * H + 500);
  });
});
