import { describe, expect, it } from 'vitest';
import { auditTimetable } from '../../../src/core/audit/audit.js';
import { auditJson } from '../../../src/core/audit/audit-json.js';
import { auditTable } from '../../../src/core/audit/audit-table.js';
import { readTimetable } from '../../../src/core/audit/timetable.js';
import type { RawCell } from '../../../src/core/roster/raw-table.js';
import { parseSessions, parseThroughput } from '../../../src/core/settings.js';

/** A timetable of rows under `header` (row 1) on 2024-04-22, checked at 20/10min with the usual lunch break. */
function audited(rows: RawCell[][], header = ['班级名称', '人数', '辅导员', '拍摄教室', '时间安排']) {
  const sheet = { file: 't.csv', rows: [header, ...rows].map((cells, i) => ({ row: i + 1, cells })) };
  const timetable = readTimetable({ file: 't.csv', sheets: [sheet] }, { date: '2024-04-22' });
  return auditTimetable(timetable, {
    throughput: parseThroughput('20/10min'),
    sessions: parseSessions('08:30-12:00,13:30-18:00'),
    tolerance: 0,
  });
}

/** Each problem as "kind room minutes" (a clash: "counselorClash counselor minutes"). */
function shown(rows: RawCell[][]): string[] {
  return audited(rows).problems.map((p) =>
    p.kind === 'overlap' || p.kind === 'gap'
      ? `${p.kind} ${p.room} ${p.seconds / 60}`
      : p.kind === 'counselorClash'
        ? `${p.kind} ${p.counselor} ${p.seconds / 60}`
        : p.kind,
  );
}

describe('each room of a timetable is its own queue', () => {
  it.each<[string, RawCell[][], string[]]>([
    [
      'the same times in two rooms',
      [
        ['A1', 20, '甲', 'A1-108', '8:30-9:30'],
        ['B1', 20, '乙', 'A1-109', '8:30-9:30'],
      ],
      [],
    ],
    [
      'overlapping times across rooms',
      [
        ['A1', 20, '甲', 'A1-108', '8:30-9:40'],
        ['B1', 20, '乙', 'A1-109', '9:00-10:00'],
        ['C1', 20, '丙', 'A1-108', '9:40-10:30'],
      ],
      [],
    ],
    [
      'an overlap within a room',
      [
        ['A1', 20, '甲', 'A1-108', '8:30-9:30'],
        ['B1', 20, '乙', 'A1-109', '8:30-9:30'],
        ['C1', 20, '丙', 'A1-108', '9:20-10:00'],
      ],
      ['overlap A1-108 10'],
    ],
    [
      'a gap within a room that the other room fills',
      [
        ['A1', 20, '甲', 'A1-108', '8:30-9:00'],
        ['B1', 20, '乙', 'A1-109', '9:00-9:30'],
        ['C1', 20, '丙', 'A1-108', '9:30-10:00'],
      ],
      ['gap A1-108 30'],
    ],
    [
      'one counselor in both rooms at once',
      [
        ['A1', 20, '甲', 'A1-108', '8:30-9:30'],
        ['B1', 20, '甲', 'A1-109', '9:00-9:40'],
      ],
      ['counselorClash 甲 30'],
    ],
    [
      'one counselor in both rooms one after the other',
      [
        ['A1', 20, '甲', 'A1-108', '8:30-9:30'],
        ['B1', 20, '甲', 'A1-109', '9:30-10:00'],
      ],
      [],
    ],
  ])('%s', (_, rows, expected) => {
    expect(shown(rows)).toEqual(expected);
  });

  it('carries the room down the rows a merge covers, and a new room starts a new window at the same time', () => {
    const a = audited([
      ['A1', 20, '甲', 'A1-108', '8:30-9:30'],
      ['A2', 20, '', '', ''],
      ['B1', 20, '乙', 'A1-109', '8:30-9:30'],
      ['B2', 20, '乙', '', '8:30-9:30'],
    ]);
    expect(a.windows.map((w) => [w.window.room, w.window.classes.map((c) => c.name)])).toEqual([
      ['A1-108', ['A1', 'A2']],
      ['A1-109', ['B1', 'B2']],
    ]);
  });

  it.each(['教室', '拍摄地点', 'Room', 'room'])('reads a room column headed %s', (label) => {
    const a = audited(
      [
        ['A1', 20, '甲', 'A1-108', '8:30-9:30'],
        ['B1', 20, '乙', 'A1-109', '8:30-9:30'],
      ],
      ['班级名称', '人数', '辅导员', label, '时间安排'],
    );
    expect(a.windows.map((w) => w.window.room)).toEqual(['A1-108', 'A1-109']);
    expect(a.problems).toEqual([]);
  });

  it('names the room in its messages and gives it in the JSON', () => {
    const a = audited([
      ['A1', 20, '甲', 'A1-108', '8:30-9:30'],
      ['B1', 20, '乙', 'A1-109', '8:30-9:30'],
      ['C1', 20, '丙', 'A1-109', '9:20-10:00'],
      ['D1', 20, '甲', 'A1-109', '10:00-10:20'],
      ['E1', 20, '甲', 'A1-108', '10:10-10:30'],
    ]);
    const table = auditTable(a, 'zh');
    expect(table.header.slice(0, 2)).toEqual(['辅导员', '教室']);
    expect(table.rows[1]!.cells.slice(0, 2)).toEqual(['乙', 'A1-109']);
    expect(table.problems).toEqual([
      'A1-108：甲 8:30-9:30 与 甲 10:10-10:30 之间空出 40 分钟',
      'A1-109：乙 8:30-9:30 与 丙 9:20-10:00 重叠 10 分钟',
      '甲 同时排在两个教室：A1-109 10:00-10:20 与 A1-108 10:10-10:30 重叠 10 分钟',
    ]);
    expect(auditTable(a, 'en').problems[1]).toBe('A1-109: 乙 8:30-9:30 and 丙 9:20-10:00 overlap by 10 minutes');
    const json = auditJson(a);
    expect(json.windows.map((w) => w.room)).toEqual(['A1-108', 'A1-109', 'A1-109', 'A1-109', 'A1-108']);
    expect(json.problems[1]).toMatchObject({
      kind: 'overlap',
      room: 'A1-109',
      minutes: 10,
      windows: [
        { counselor: '乙', room: 'A1-109' },
        { counselor: '丙', room: 'A1-109' },
      ],
    });
    expect(json.problems[2]).toMatchObject({ kind: 'counselorClash', counselor: '甲', minutes: 10 });
  });

  it('a timetable without a room column keeps its JSON and messages as they were', () => {
    const a = audited(
      [
        ['A1', 20, '甲', '8:30-9:30'],
        ['B1', 20, '乙', '9:20-10:00'],
      ],
      ['班级名称', '人数', '辅导员', '时间安排'],
    );
    expect(auditTable(a, 'zh').problems).toEqual(['甲 8:30-9:30 与 乙 9:20-10:00 重叠 10 分钟']);
    expect(Object.keys(auditJson(a).problems[0]!)).toEqual(['kind', 'minutes', 'windows']);
    expect('room' in auditJson(a).windows[0]!).toBe(false);
  });
});

describe('the minutes before a break that the next class would not fit in are no gap', () => {
  it.each<[number, string[]]>([
    // 11:50-12:00 free: a class of 40 needs 20 minutes at 20/10min, one of 10 needs 5
    [40, []],
    [10, ['gap A1-108 10']],
  ])('next class of %i', (people, expected) => {
    expect(
      shown([
        ['A1', 20, '甲', 'A1-108', '11:40-11:50'],
        ['B1', people, '乙', 'A1-108', '13:30-14:30'],
      ]),
    ).toEqual(expected);
  });
});
