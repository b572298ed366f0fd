import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { fail } from '../core/errors.js';
import type { RawWorkbook } from '../core/roster/raw-table.js';
import { readNoticeTables } from './notice-tables.js';
import { type ReadLimits, readRoster } from './read-roster.js';

const NOTICE_FORMATS: Readonly<Record<string, 'md' | 'html'>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

/** Reads a published timetable: a notice (.md, .html) by its tables, anything else as a roster file is read. */
export async function readTimetableFile(path: string, shownAs: string, limits: ReadLimits): Promise<RawWorkbook> {
  const format = NOTICE_FORMATS[extname(path).toLowerCase()];
  if (format === undefined) return readRoster(path, shownAs, limits);
  const where = { file: shownAs };
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > limits.maxInputBytes)
        fail('inputTooLarge', { sizeMb: (size / 1048576).toFixed(1), limitMb: limits.maxInputBytes / 1048576 }, where);
      return readNoticeTables(await handle.readFile(), shownAs, format);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail('fileMissing', {}, where);
    if (code === 'EISDIR') fail('rosterIsFolder', {}, where);
    if (code !== undefined) fail('fileUnreadable', { reason: code }, where);
    throw error;
  }
}
