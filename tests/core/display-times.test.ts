import { describe, expect, it } from 'vitest';
import { roundSession } from '../../src/core/notice/display-times.js';
import { clock, parseClock } from '../../src/core/time.js';

/** "H:MM" or "H:MM:SS" → seconds since midnight. */
function at(text: string): number {
  const [h, m, s = 0] = text.split(':').map(Number) as [number, number, number?];
  return h * 3600 + m * 60 + s;
}

/** Parts "start-end" in one session, rounded to `step` minutes, as "H:MM-H:MM". */
function shown(session: string, step: number, ...parts: string[]): string[] {
  const [from, to] = session.split('-').map((t) => parseClock(t)!) as [number, number];
  const exact = parts.map((p) => {
    const [start, end] = p.split('-').map(at) as [number, number];
    return { start, end };
  });
  return roundSession(exact, { start: from, end: to }, step * 60).map((t) => `${clock(t.start)}-${clock(t.end)}`);
}

describe('roundSession', () => {
  it.each([
    [
      'a shared boundary rounds to the nearest step',
      '8:30-12:00',
      10,
      ['8:30-10:19:30', '10:19:30-11:53:30'],
      ['8:30-10:20', '10:20-12:00'],
    ],
    [
      'an end before a gap rounds up, and what follows starts no earlier',
      '9:00-12:00',
      10,
      ['9:00-9:21', '9:26-10:00'],
      ['9:00-9:30', '9:30-10:00'],
    ],
    [
      'a session end off the grid is shown as it is, never the step after it',
      '9:00-12:10',
      15,
      ['9:00-12:08'],
      ['9:00-12:10'],
    ],
    [
      'a session start off the grid is shown as it is',
      '8:45-12:00',
      30,
      ['8:45-9:40', '9:40-11:59'],
      ['8:45-9:30', '9:30-12:00'],
    ],
    [
      'a short segment at the end takes the step before it, not a step past the session',
      '9:00-12:10',
      10,
      ['9:00-12:09:33', '12:09:33-12:09:47'],
      ['9:00-12:00', '12:00-12:10'],
    ],
    [
      'a short segment that would round onto its start moves a step on',
      '13:30-18:00',
      30,
      ['13:30-13:40:30', '13:40:30-16:17'],
      ['13:30-14:00', '14:00-16:30'],
    ],
    [
      'crowded at --round 30: quarter hours where needed',
      '9:00-12:10',
      30,
      ['9:00-9:14:40', '9:14:40-9:32:27', '9:32:27-9:53:33', '9:53:33-10:09:47'],
      ['9:00-9:15', '9:15-9:30', '9:30-10:00', '10:00-10:30'],
    ],
    [
      'shorter than a minute each: whole minutes',
      '9:00-10:00',
      10,
      ['9:00-9:00:20', '9:00:20-9:00:40', '9:00:40-9:01'],
      ['9:00-9:01', '9:01-9:02', '9:02-9:10'],
    ],
    [
      'more segments than minutes: a minute apart until the session ends',
      '9:00-9:02',
      1,
      ['9:00-9:00:10', '9:00:10-9:00:20', '9:00:20-9:00:30', '9:00:30-9:00:40'],
      ['9:00-9:01', '9:01-9:02', '9:02-9:02', '9:02-9:02'],
    ],
  ])('%s', (_, session, step, parts, expected) => {
    expect(shown(session, step, ...parts)).toEqual(expected);
  });
});
