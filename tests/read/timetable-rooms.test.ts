import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditTimetable } from '../../src/core/audit/audit.js';
import { readTimetable, timetableRooms } from '../../src/core/audit/timetable.js';
import { parseSessions, parseThroughput } from '../../src/core/settings.js';
import { readTimetableFile } from '../../src/read/read-timetable.js';
import { runCli, workdir } from '../e2e/run-cli.js';

const FILES = ['timetable.xlsx', 'notice.md', 'notice.html'];

describe('a two-room timetable that build wrote is read room by room and passes its own audit', () => {
  it.each(['zh', 'en'])('timetable.xlsx, notice.md and notice.html (%s)', async (lang) => {
    const dir = workdir('seed-roster.csv');
    const rooms = ['--rooms', 'A1-108,A1-109'];
    const built = await runCli(
      ['build', 'seed-roster.csv', '-d', '2024-04-22', ...rooms, '--lang', lang, '-o', ...FILES],
      { cwd: dir },
    );
    expect(built.code).toBe(0);
    for (const file of FILES) {
      const workbook = await readTimetableFile(join(dir, file), file, { maxInputBytes: 1 << 24 });
      const timetable = readTimetable(workbook);
      expect(timetableRooms(timetable), file).toEqual(['A1-108', 'A1-109']);
      expect(
        timetable.windows.flatMap((w) => w.classes),
        file,
      ).toHaveLength(30);
      // every counselor in one room: the windows of a counselor name one room
      const roomOf = new Map<string, Set<string>>();
      for (const w of timetable.windows)
        for (const c of w.counselors) roomOf.set(c, new Set([...(roomOf.get(c) ?? []), w.room!]));
      expect(
        [...roomOf.values()].every((r) => r.size === 1),
        file,
      ).toBe(true);
      const audit = auditTimetable(timetable, {
        throughput: parseThroughput('20/10min'),
        sessions: parseSessions('08:30-12:00,13:30-18:00'),
        tolerance: 600,
      });
      expect(
        audit.problems.map((p) => p.kind),
        file,
      ).toEqual([]);
      expect(audit.summary.fits, file).toBe(true);
    }
  });
});
