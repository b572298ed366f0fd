import { join, resolve } from 'node:path';
import { fail } from '../core/errors.js';
import type { CalendarEvent } from '../core/notice/calendar-events.js';
import { counselorKey, counselorLabel } from '../core/roster/identity.js';
import type { OutputFile } from '../write/atomic.js';
import { canonical } from './outputs.js';
import type { Made } from './render.js';

/**
 * One calendar per counselor in the folder (created when missing), named after the counselor ("经管学院 王芳.ics" when
 * the roster has colleges); names that clash get -2, -3.
 */
export async function counselorCalendars(
  folder: string,
  cwd: string,
  roster: string,
  made: Made,
): Promise<OutputFile[]> {
  const { renderIcs, icsFileName } = await import('../write/ics.js');
  const dir = resolve(cwd, folder);
  if (canonical(dir) === canonical(resolve(cwd, roster))) fail('outputIsInput', { file: folder });
  const byCounselor = new Map<string, CalendarEvent[]>();
  for (const event of made.notice().events) {
    const key = counselorKey(event);
    const events = byCounselor.get(key);
    if (events) events.push(event);
    else byCounselor.set(key, [event]);
  }
  const taken = new Set<string>();
  return [...byCounselor.values()].map((events) => {
    const counselor = counselorLabel(events[0]!);
    let name = icsFileName(counselor);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = icsFileName(`${counselor}-${n}`);
    taken.add(name.toLowerCase());
    return {
      path: join(dir, name),
      shownAs: join(folder, name),
      contents: renderIcs(events, made.stamp, made.sequence),
    };
  });
}
