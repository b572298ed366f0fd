import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CapturePlanError, fail } from '../core/errors.js';
import { type OutputFile, writeProblem } from '../write/atomic.js';
import { canonical } from './outputs.js';
import type { Made } from './render.js';

/**
 * One calendar per counselor in the folder (created when missing), named after the counselor; names that clash get
 * -2, -3.
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
  const counselors = [...new Set(made.notice().events.map((e) => e.counselor))];
  const taken = new Set<string>();
  return counselors.map((counselor) => {
    let name = icsFileName(counselor);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = icsFileName(`${counselor}-${n}`);
    taken.add(name.toLowerCase());
    return {
      path: join(dir, name),
      shownAs: join(folder, name),
      contents: renderIcs(
        made.notice().events.filter((e) => e.counselor === counselor),
        made.stamp,
      ),
    };
  });
}

/** The folder for the counselors' calendars, made when missing, just before anything is written. */
export async function makeFolder(path: string, shownAs: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') fail('notAFolder', { file: shownAs });
    throw new CapturePlanError(writeProblem(error, shownAs));
  }
}
