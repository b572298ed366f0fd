import { instantFormatter } from '../format.js';
import type { Labels } from '../i18n/labels.js';
import type { Plan } from '../schedule/plan.js';
import { roomEnds, roomGapMinutes } from '../schedule/room-ends.js';
import { isScheduled } from '../schedule/unscheduled.js';

/**
 * With several rooms: each room's end, how the assignment was searched and its gap to the lower bound. A room's end is
 * its last scheduled class's (a class past the last session, 未排入, is shown no clock time), and a plan that does not
 * fit gives no bound (it lies past the sessions, a time no one will see).
 */
export function roomNotes(plan: Plan, labels: Labels): string[] {
  const search = plan.roomSearch;
  if (!search || plan.rooms.length < 2) return [];
  const at = instantFormatter(labels, plan.settings.dates);
  const shown = roomEnds(plan, (c) => isScheduled(plan, c))
    .flatMap((end, r) => (end === undefined ? [] : [`${plan.rooms[r]!.name} ${at(end, true)}`]))
    .join(labels.listSeparator);
  if (!plan.summary.fits) return [labels.roomEnds(shown, search.exact)];
  return [labels.roomEnds(shown, search.exact, at(search.lowerBound, true), String(roomGapMinutes(plan)))];
}
