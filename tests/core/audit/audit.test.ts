import { describe, expect, it } from 'vitest';
import { auditTimetable } from '../../../src/core/audit/audit.js';
import { readTimetable } from '../../../src/core/audit/timetable.js';
import { CapturePlanError } from '../../../src/core/errors.js';
import type { RawCell } from '../../../src/core/roster/raw-table.js';
import { parseSessions, parseThroughput } from '../../../src/core/settings.js';

const HEADER = ['班级名称', '人数', '辅导员', '日期', '时间安排'];

/** A timetable of rows under {@link HEADER} (row 1), read on 2024-04-22 unless a row names its date. */
function timetable(rows: RawCell[][], header = HEADER) {
  const sheet = { file: 't.csv', rows: [header, ...rows].map((cells, i) => ({ row: i + 1, cells })) };
  return readTimetable({ file: 't.csv', sheets: [sheet] }, { date: '2024-04-22' });
}

function audited(rows: RawCell[][], rate = '20/10min', tolerance = 0) {
  return auditTimetable(timetable(rows), {
    throughput: parseThroughput(rate),
    sessions: parseSessions('08:30-12:00,13:30-18:00'),
    tolerance: tolerance * 60,
  });
}

/** The problems a timetable is refused with, as "key row column". */
function refused(rows: RawCell[][], header = HEADER): string[] {
  try {
    timetable(rows, header);
  } catch (error) {
    if (!(error instanceof CapturePlanError)) throw error;
    return error.problems.map((p) => `${p.key} ${p.where?.row ?? ''} ${p.where?.column ?? ''}`.trim());
  }
  return [];
}

describe('readTimetable', () => {
  it('carries a window, a date and a counselor down to the rows below it, as a merged cell reads', () => {
    const t = timetable([
      ['A1', 20, '甲', '2024年4月23日', '8:30-9:00'],
      ['A2', 10, '', '', ''],
      ['B1', 30, '乙', '', '9:00-9:30'],
      ['B2', 10, '乙', '2024年4月24日', '9:00-9:30'],
    ]);
    expect(
      t.windows.map((w) => [w.date, w.start / 60, w.end / 60, w.counselors, w.classes.map((c) => c.name)]),
    ).toEqual([
      ['2024-04-23', 510, 540, ['甲'], ['A1', 'A2']],
      ['2024-04-23', 540, 570, ['乙'], ['B1']],
      ['2024-04-24', 540, 570, ['乙'], ['B2']],
    ]);
  });

  it('reads one window written on every row (a merge filled) as one, shared by two counselors', () => {
    const t = timetable([
      ['A1', 20, '甲', '', '8:30-9:30'],
      ['B1', 10, '乙', '', '8:30-9:30'],
    ]);
    expect(t.windows.map((w) => [w.counselors, w.classes.length])).toEqual([[['甲', '乙'], 2]]);
  });

  it('reads a label repeated at the top of a printed page, 杜宇飞(续), as the same window and counselor', () => {
    const t = timetable([
      ['A1', 20, '甲', '2024年4月22日', '8:30-9:30'],
      ['A2', 10, '甲(续)', '2024年4月22日(续)', '8:30-9:30(续)'],
    ]);
    expect(t.windows.map((w) => [w.counselors, w.classes.length])).toEqual([[['甲'], 2]]);
  });

  it('stops at the total row, and keeps 未排入 classes apart', () => {
    const t = timetable([
      ['A1', 20, '甲', '', '8:30-9:30'],
      ['A2', 20, '', '', '未排入'],
      ['合计', 40, '', '', ''],
      ['注意：按此速度排不下', '注意：按此速度排不下', '注意：按此速度排不下', '注意：按此速度排不下', '注意'],
    ]);
    expect(t.windows.map((w) => w.classes.map((c) => c.name))).toEqual([['A1']]);
    expect(t.unscheduled.map((c) => c.name)).toEqual(['A2']);
  });

  it.each([
    [[['A1', 20, '甲', '', '8:30']], ['auditBadWindow 2 E']],
    [[['A1', 20, '甲', '', '10:10-8:30']], ['auditWindowReversed 2 E']],
    [[['A1', 20, '甲', '', '']], ['auditNoWindowAbove 2 E']],
    [
      [
        ['A1', 20, '甲', '', '8:30-9:00'],
        ['A2', 'x', '', '4月', ''],
      ],
      ['headcountNotWhole 3 B', 'auditBadDate 3 D'],
    ],
  ])('refuses a bad cell, naming its row and column: %j', (rows, problems) => {
    expect(refused(rows as RawCell[][])).toEqual(problems);
  });

  it('refuses a table without a time-window column, naming its header row', () => {
    expect(refused([['A1', 20, '甲', '']], ['班级名称', '人数', '辅导员', '备注'])).toEqual(['auditNoWindow 1']);
  });
});

describe('auditTimetable', () => {
  it('measures each window: people, given, needed, over and the rate it implies', () => {
    const a = audited([
      ['A1', 219, '甲', '', '8:30-10:10'],
      ['B1', 20, '乙', '', '10:10-10:30'],
    ]);
    expect(a.windows.map((w) => [w.people, w.given / 60, w.needed / 60, w.over / 60, w.short])).toEqual([
      [219, 100, 109.5, 9.5, true],
      [20, 20, 10, -10, false],
    ]);
    expect(a.windows[0]!.implied).toBeCloseTo(21.9, 6);
    expect(a.summary).toEqual({ windowsOver: 1, over: 570, fits: false, holdsFrom: 22 });
  });

  it.each([
    [0, 1, 22],
    [9, 1, 21],
    [10, 0, 20],
  ])('with --tolerance %i a 9.5-minute shortfall counts %i windows over; holds from %i', (tolerance, over, from) => {
    const a = audited([['A1', 219, '甲', '', '8:30-10:10']], '20/10min', tolerance);
    expect([a.summary.windowsOver, a.summary.holdsFrom]).toEqual([over, from]);
  });

  it.each([
    [['8:30-9:30', '9:20-10:00'], 'overlap 10'],
    [['8:30-9:30', '9:50-10:00'], 'gap 20'],
    [['11:00-12:00', '13:30-14:00'], undefined],
    [['11:00-11:50', '13:30-14:00'], 'gap 10'],
    [['11:40-12:00', '12:00-13:40'], 'crossesBreak 720-810'],
    [['16:40-18:00', '18:00-18:30'], 'crossesBreak 1080-1110'],
  ])('windows %j: %s', (times, expected) => {
    const a = audited([
      ['A1', 10, '甲', '', times[0]!],
      ['B1', 10, '乙', '', times[1]!],
    ]);
    const shown = a.problems.map((p) =>
      p.kind === 'crossesBreak'
        ? `${p.kind} ${p.from / 60}-${p.to / 60}`
        : p.kind === 'overlap' || p.kind === 'gap'
          ? `${p.kind} ${p.seconds / 60}`
          : p.kind,
    );
    expect(shown).toEqual(expected === undefined ? [] : [expected]);
  });

  it('names a class listed twice with both rows', () => {
    const a = audited([
      ['A1', 10, '甲', '', '8:30-9:00'],
      ['a1', 10, '甲', '', ''],
    ]);
    expect(a.problems).toMatchObject([
      { kind: 'duplicateClass', first: { source: { row: 2 } }, second: { source: { row: 3 } } },
    ]);
  });
});
