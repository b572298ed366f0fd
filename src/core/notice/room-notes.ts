import type { Labels } from '../i18n/labels.js';
import type { Plan } from '../schedule/plan.js';
import { roomEnds, roomGapMinutes } from '../schedule/room-ends.js';
import { clockWithSeconds, isoDateOf, secondsOfDay } from '../time.js';

/** With several rooms: each room's end, how the assignment was searched and its gap to the lower bound. */
export function roomNotes(plan: Plan, labels: Labels): string[] {
  const search = plan.roomSearch;
  if (!search || plan.rooms.length < 2) return [];
  const days = plan.settings.dates.length > 1;
  const at = (t: number) => `${days ? `${isoDateOf(t)} ` : ''}${clockWithSeconds(secondsOfDay(t))}`;
  const ends = roomEnds(plan)
    .flatMap((end, r) => (end === undefined ? [] : [`${plan.rooms[r]!.name} ${at(end)}`]))
    .join(labels.listSeparator);
  return [labels.roomEnds(ends, search.exact, at(search.lowerBound), String(roomGapMinutes(plan)))];
}
