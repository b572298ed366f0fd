import { fail } from '../errors.js';
import type { Block, Plan, ScheduledClass, Segment, Slot } from './plan.js';
import type { ClassEntry, Roster } from './roster.js';
import { periodSeconds, type Settings } from './settings.js';
import { dateToLocalSeconds } from './time.js';

/** Every session of every date, in order, on the local timeline. */
export function slotsOf(settings: Settings): Slot[] {
  return settings.dates.flatMap((date) => {
    const midnight = dateToLocalSeconds(date)!;
    return settings.sessions.map((s) => ({ date, midnight, start: midnight + s.start, end: midnight + s.end }));
  });
}

/** Classes grouped by counselor (first appearance order), roster order within each. */
export function inputOrder(classes: readonly ClassEntry[]): ClassEntry[][] {
  const groups = new Map<string, ClassEntry[]>();
  for (const c of classes) {
    const group = groups.get(c.counselor);
    if (group) group.push(c);
    else groups.set(c.counselor, [c]);
  }
  return [...groups.values()];
}

/**
 * Places the roster on the timeline: one queue, counselors one after another, a class never straddling a break.
 * Times are exact: each boundary is the anchor plus the people photographed since it times the rate, rounded once,
 * so no error accumulates. Whatever does not fit runs on past the last session.
 */
export function schedule(roster: Roster, settings: Settings): Plan {
  const slots = slotsOf(settings);
  const period = periodSeconds(settings.throughput);
  const rate = settings.throughput.people;
  const longest = Math.max(...settings.sessions.map((s) => s.end - s.start));
  for (const c of roster.classes) {
    if (c.headcount * period > longest * rate) {
      fail('classTooLong', { name: c.name, minutes: round1((c.headcount * period) / rate / 60), longest: longest / 60 }, { file: c.source.file, row: c.source.row });
    }
  }

  const classes: ScheduledClass[] = [];
  const blocks: Block[] = [];
  let slot = 0;
  let anchor = slots[0]!.start;
  let peopleSinceAnchor = 0;
  const at = (people: number) => anchor + Math.round((people * period) / rate);

  for (const group of inputOrder(roster.classes)) {
    const segments: Segment[] = [];
    for (const c of group) {
      const isLast = () => slot === slots.length - 1;
      while (!isLast() && (peopleSinceAnchor + c.headcount) * period > (slots[slot]!.end - anchor) * rate) {
        slot++;
        anchor = slots[slot]!.start;
        peopleSinceAnchor = 0;
      }
      const index = classes.length;
      const placed: ScheduledClass = {
        seq: index + 1,
        name: c.name,
        headcount: c.headcount,
        counselor: c.counselor,
        source: c.source,
        start: at(peopleSinceAnchor),
        end: at(peopleSinceAnchor + c.headcount),
        slot,
      };
      peopleSinceAnchor += c.headcount;
      classes.push(placed);
      const current = segments[segments.length - 1];
      if (current && current.slot === slot) {
        current.end = placed.end;
        current.last = index;
      } else {
        segments.push({ slot, start: placed.start, end: placed.end, first: index, last: index });
      }
    }
    blocks.push({ counselor: group[0]!.counselor, segments });
  }

  const lastSessionEnd = slots[slots.length - 1]!.end;
  const end = classes.length > 0 ? classes[classes.length - 1]!.end : slots[0]!.start;
  return {
    settings,
    slots,
    classes,
    blocks,
    summary: {
      classes: classes.length,
      people: classes.reduce((sum, c) => sum + c.headcount, 0),
      counselors: blocks.length,
      fits: end <= lastSessionEnd,
      overflowSeconds: Math.max(0, end - lastSessionEnd),
      start: classes.length > 0 ? classes[0]!.start : slots[0]!.start,
      end,
      lastSessionEnd,
    },
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
