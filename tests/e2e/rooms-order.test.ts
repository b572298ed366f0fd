import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { roomNames, roomsCsv } from '../rooms-roster.js';
import { runCli } from './run-cli.js';

describe('several rooms over two days, through the CLI', () => {
  it.each([1, 3, 7])(
    '%i room(s): the timetable runs by date, then room; JSON keeps its order, seq the row',
    async (rooms) => {
      const dir = tempDir();
      writeFileSync(join(dir, 'roster.csv'), roomsCsv(rooms));
      const args = ['build', 'roster.csv', '-d', '2024-04-22..2024-04-23', '-t', '10/10min'];
      if (rooms > 1) args.push('--rooms', roomNames(rooms).join(','));
      const run = await runCli([...args, '-o', 't.xlsx', 'p.json'], { cwd: dir });
      expect(run.code).toBe(0);

      const plan = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8'));
      const classes: { seq: number; name: string; start: string; room?: string }[] = plan.classes;
      // the array stays in room order, then time, as before
      const roomIndex = (c: { room?: string }) => roomNames(rooms).indexOf(c.room ?? 'A1-108');
      expect(classes.map(roomIndex)).toEqual(classes.map(roomIndex).sort((a, b) => a - b));

      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(dir, 't.xlsx'));
      const sheet = book.worksheets[0]!;
      const header = (sheet.getRow(2).values as unknown[]).map(String);
      const col = (label: string) => header.indexOf(label);
      const rows = classes.map((_, i) => sheet.getRow(3 + i));
      expect(rows.map((r) => r.getCell(1).value)).toEqual(classes.map((_, i) => i + 1));
      // row n of the timetable is the class whose JSON seq is n
      const bySeq = new Map(classes.map((c) => [c.seq, c]));
      expect(rows.map((r) => r.getCell(col('班级名称')).value)).toEqual(classes.map((_, i) => bySeq.get(i + 1)!.name));
      const printed = classes.map((_, i) => bySeq.get(i + 1)!);
      const key = (c: (typeof classes)[number]) => `${c.start.slice(0, 10)} ${roomIndex(c)} ${c.start}`;
      expect(printed.map(key)).toEqual(printed.map(key).sort());

      // one date cell per day over every room; with rooms, one room cell per room and day, in room order
      const merges = (sheet.model as { merges: string[] }).merges;
      const letter = (label: string) => String.fromCharCode(64 + col(label));
      // a merge cut by a page break goes on as "(续)" on the next page: the same cell, continued
      const labelsOf = (label: string) =>
        merges
          .filter((m) => m.startsWith(letter(label)))
          .map((m) => String(sheet.getCell(m.split(':')[0]!).value))
          .filter((text) => !text.endsWith('(续)'));
      expect(labelsOf('日期安排')).toHaveLength(2);
      if (rooms > 1) {
        // a room may be done on the first day (rooms are compared by their summed cost before the latest end)
        const on = (date: string) =>
          roomNames(rooms).filter((name) => classes.some((c) => c.room === name && c.start.startsWith(date)));
        expect(labelsOf('拍摄教室')).toEqual([...on('2024-04-22'), ...on('2024-04-23')]);
      }
    },
  );
});

describe('whatif with several rooms, through the CLI', () => {
  it('prints a table of 62 counselors within 120 columns', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'roster.csv'), roomsCsv(12));
    const args = ['whatif', 'roster.csv', '-d', '2024-04-22..2024-04-24', '-t', '10/10min'];
    const rooms = [roomNames(2), roomNames(7)].map((r) => r.join(',')).join(';');
    const run = await runCli([...args, '--rooms', rooms], { cwd: dir });
    expect(run.code).toBe(0);
    const table = run.stdout.split('\n\n')[0]!.split('\n');
    expect(table).toHaveLength(3);
    expect(Math.max(...table.map((l) => stringWidth(l)))).toBeLessThanOrEqual(120);
    expect(table[1]).toMatch(/^A1-108,A1-109 \(基准\) .* 等 \d+ 位/);
    expect(table[2]).toMatch(/^A1-108,A1-109 等 7 间 /);
  });

  it("says each room's idle time in the JSON, the sum in idleMinutes", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'roster.csv'), roomsCsv(4));
    const rooms = [roomNames(2), roomNames(4)].map((r) => r.join(',')).join(';');
    const args = ['whatif', 'roster.csv', '-d', '2024-04-22..2024-04-23', '-t', '10/10min', '--rooms', rooms, '--json'];
    const json = JSON.parse((await runCli(args, { cwd: dir })).stdout);
    expect(json.scenarios).toHaveLength(2);
    for (const s of json.scenarios) {
      expect(s.idleMinutesByRoom).toHaveLength(s.settings.rooms.length);
      expect(s.idleMinutes).toBeCloseTo(
        s.idleMinutesByRoom.reduce((a: number, b: number) => a + b, 0),
        9,
      );
      expect(s.idleMinutes).toBeGreaterThan(0);
    }
  });
});
