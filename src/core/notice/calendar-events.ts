import { gatherClock } from '../format.js';
import type { Labels } from '../i18n/labels.js';
import { counselorKey } from '../roster/identity.js';
import type { Plan } from '../schedule/plan.js';
import { scheduledPart } from '../schedule/unscheduled.js';
import { clock, type IsoDate } from '../time.js';

/** One calendar event: a counselor's segment, from when the first class gathers to when the last one ends. */
export interface CalendarEvent {
  /** Stable across re-plans of the same day, so a re-import updates the event instead of duplicating it. */
  uid: string;
  counselor: string;
  /** The counselor's college, when the roster has colleges. */
  college?: string;
  date: IsoDate;
  /**
   * Seconds since midnight, whole minutes: the first class's gathering time (floored) and the last class's end
   * (ceiled).
   */
  start: number;
  end: number;
  title: string;
  description: string;
  location?: string;
}

/**
 * One event per counselor segment, of its scheduled classes (a class past the last session has none); its title starts
 * with the notice's `title` when one was given.
 */
export function calendarEvents(
  plan: Plan,
  labels: Labels,
  options: { gather: number; location?: string; title?: string },
): CalendarEvent[] {
  return plan.blocks.flatMap((block) =>
    block.segments.flatMap((whole, index) => {
      const segment = scheduledPart(plan, whole);
      if (!segment) return [];
      const classes = plan.classes.slice(segment.first, segment.last + 1);
      const { date, midnight } = plan.slots[segment.slot]!;
      const gatherAt = segment.start - midnight - options.gather * 60;
      const event: CalendarEvent = {
        uid: `${date}-${hash(counselorKey(block))}-${index + 1}@capture-plan`,
        counselor: block.counselor,
        ...(block.college === undefined ? {} : { college: block.college }),
        date,
        start: Math.max(0, gatherAt - (gatherAt % 60)),
        end: Math.ceil((segment.end - midnight) / 60) * 60,
        title: labels.eventTitle(
          block.counselor,
          classes.map((c) => c.name),
          options.title,
        ),
        description: classes
          .map((c) =>
            labels.eventLine(
              c.name,
              c.headcount,
              gatherClock(c.start - midnight, options.gather),
              clock(c.start - midnight),
            ),
          )
          .join('\n'),
      };
      const room = plan.rooms.length > 1 ? plan.rooms[block.room]!.name : '';
      const location = [options.location, room].filter(Boolean).join(' · ');
      if (location) event.location = location;
      return event;
    }),
  );
}

/** FNV-1a of the text, as 8 hex digits: short, stable, and the same on every platform. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
