import { gatherClock } from '../format.js';
import type { Labels } from '../i18n/labels.js';
import type { CounselorOf } from '../roster/identity.js';
import type { Plan } from '../schedule/plan.js';
import { scheduledPart } from '../schedule/unscheduled.js';
import { sha256Hex } from '../sha256.js';
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

/** Classes an event's title names; the rest are counted ("等 12 个班"), and every one is in the description. */
const TITLE_CLASSES = 10;

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
      const room = plan.rooms.length > 1 ? plan.rooms[block.room]!.name : '';
      const event: CalendarEvent = {
        uid: uidOf(date, room, block, index + 1),
        counselor: block.counselor,
        ...(block.college === undefined ? {} : { college: block.college }),
        date,
        start: Math.max(0, gatherAt - (gatherAt % 60)),
        end: Math.ceil((segment.end - midnight) / 60) * 60,
        title: labels.eventTitle(
          block.counselor,
          classes.slice(0, TITLE_CLASSES).map((c) => c.name),
          options.title,
          classes.length,
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
      const location = [options.location, room].filter(Boolean).join(' · ');
      if (location) event.location = location;
      return event;
    }),
  );
}

/**
 * The event's UID: its identity (date, room, college, counselor, segment number), never its times, so a re-plan of the
 * same day updates the event. The full SHA-256 of the identity names it: no two counselors share one (a 32-bit hash
 * gave 辅导员162789 and 辅导员379192 the same), and the text stays short whatever the names.
 */
function uidOf(date: IsoDate, room: string, block: CounselorOf, segment: number): string {
  const identity = JSON.stringify([date, room, block.college ?? null, block.counselor, segment]);
  return `${date}-${sha256Hex(identity)}-${segment}@capture-plan`;
}
