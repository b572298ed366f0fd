import { resolve } from 'node:path';
import type { RosterSource } from '../core/options/request.js';
import type { Roster } from '../core/roster/model.js';
import { parseRoster } from '../core/roster/roster.js';
import { readRoster } from '../read/read-roster.js';
import type { PhaseListener } from './phase.js';

/** Reads the roster file a request names (within its size limit) and parses the worksheet it names. */
export async function loadRoster(source: RosterSource, cwd: string, phase: PhaseListener = () => {}): Promise<Roster> {
  const workbook = await readRoster(resolve(cwd, source.file), source.file, source);
  phase(
    'read',
    workbook.sheets.reduce((rows, s) => rows + s.rows.length, 0),
  );
  const roster = parseRoster(workbook, source.sheet === undefined ? {} : { sheet: source.sheet });
  phase('parse', roster.classes.length);
  return roster;
}
