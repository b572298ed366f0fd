import { describe, expect, it } from 'vitest';
import { CapturePlanError, type Problem } from '../../src/core/errors.js';
import type { Roster } from '../../src/core/roster/model.js';
import type { RawCell, RawTable, RawWorkbook } from '../../src/core/roster/raw-table.js';
import { parseRoster } from '../../src/core/roster/roster.js';

const FILE = 'w.xlsx';
const HEADER = ['班级名称', '人数', '辅导员'];

/** A sheet from its rows (row 1 first); `hidden` as the reader marks a sheet Excel hides. */
function sheet(name: string, rows: RawCell[][], hidden = false): RawTable {
  const table: RawTable = { file: FILE, sheet: name, rows: rows.map((cells, i) => ({ row: i + 1, cells })) };
  if (hidden) table.hidden = true;
  return table;
}

const book = (...sheets: RawTable[]): RawWorkbook => ({ file: FILE, sheets });

/** The problems parsing `workbook` throws; fails the test when it parses. */
function problemsOf(workbook: RawWorkbook): Problem[] {
  try {
    parseRoster(workbook);
  } catch (error) {
    expect(error).toBeInstanceOf(CapturePlanError);
    return (error as CapturePlanError).problems;
  }
  throw new Error('the workbook was accepted');
}

const names = (roster: Roster) => roster.classes.map((c) => [c.seq, c.name, c.college ?? null]);

describe('a workbook with several roster sheets', () => {
  it('skips a sheet with a header and no classes, and names it', () => {
    const roster = parseRoster(
      book(
        sheet('甲学院', [HEADER, ['甲1', 30, '张']]),
        sheet('乙学院', [HEADER]),
        sheet('丙学院', [HEADER, ['丙1', 20, '李']]),
      ),
    );
    expect(names(roster)).toEqual([
      [1, '甲1', '甲学院'],
      [2, '丙1', '丙学院'],
    ]);
    expect(roster.warnings).toEqual([
      { key: 'sheetsSkipped', params: { sheets: ['乙学院'], reason: 'noClasses' }, where: { file: FILE } },
    ]);
  });

  it('with a header and no classes on every roster sheet, refuses the first as headerOnly, naming it', () => {
    expect(
      problemsOf(book(sheet('说明', [['备注']]), sheet('甲学院', [['标题'], HEADER]), sheet('乙学院', [HEADER]))),
    ).toEqual([{ key: 'headerOnly', params: {}, where: { file: FILE, sheet: '甲学院', row: 2 } }]);
  });

  it('a sheet with a college column keeps its cells; a sheet without one takes its trimmed name', () => {
    const roster = parseRoster(
      book(
        sheet('综合', [
          ['学院', ...HEADER],
          ['文学院', '文1', 30, '张'],
          ['', '文2', 30, '张'],
          ['理学院', '理1', 25, '王'],
        ]),
        sheet(' 艺术学院 ', [HEADER, ['艺1', 20, '王']]),
      ),
    );
    expect(names(roster)).toEqual([
      [1, '文1', '文学院'],
      [2, '文2', '文学院'],
      [3, '理1', '理学院'],
      [4, '艺1', '艺术学院'],
    ]);
    expect(roster.warnings).toEqual([
      { key: 'collegesFilled', params: { count: 1 }, where: { file: FILE, sheet: '综合' } },
    ]);
  });

  it('carries a counselor down within a sheet, never into the next one; every sheet’s problems come together', () => {
    const problems = problemsOf(
      book(
        sheet('甲学院', [HEADER, ['甲1', 30, '张'], ['甲2', 0, '']]),
        sheet('乙学院', [HEADER, ['乙1', 20, ''], ['乙2', 'x', '李']]),
      ),
    );
    expect(problems).toEqual([
      {
        key: 'headcountNotPositive',
        params: { value: '0' },
        where: { file: FILE, sheet: '甲学院', row: 3, column: 'B', header: '人数' },
      },
      {
        key: 'counselorEmpty',
        params: {},
        where: { file: FILE, sheet: '乙学院', row: 2, column: 'C', header: '辅导员' },
      },
      {
        key: 'headcountNotWhole',
        params: { value: 'x' },
        where: { file: FILE, sheet: '乙学院', row: 3, column: 'B', header: '人数' },
      },
    ]);
  });

  it('names the sheet in warnings too, and each sheet’s total is its own', () => {
    const roster = parseRoster(
      book(
        sheet('甲学院', [HEADER, ['甲1', 30, '张'], ['合计', 31, '']]),
        sheet('乙学院', [HEADER, ['乙1', 20, '李'], ['合计', 20, '']]),
      ),
    );
    expect(roster.warnings).toEqual([
      {
        key: 'totalMismatch',
        params: { stated: 31, sum: 30 },
        where: { file: FILE, sheet: '甲学院', row: 3, column: 'B', header: '人数' },
      },
    ]);
    expect(roster.skippedRows).toEqual([
      { row: 3, sheet: '甲学院', reason: 'total' },
      { row: 3, sheet: '乙学院', reason: 'total' },
    ]);
  });
});

describe('classes on two sheets', () => {
  const a = sheet('甲学院', [HEADER, ['电商(专升本)', 30, '张'], ['会计1', 30, '张'], ['会计2', 30, '张']]);

  it('a sheet whose every class is on another sheet is a copy: one problem naming both', () => {
    const copy = sheet('甲学院 (2)', [HEADER, ['电商（专升本）', 30, '张'], ['会计2', 30, '张']]);
    expect(problemsOf(book(a, copy))).toEqual([
      { key: 'sheetRepeats', params: { sheet: '甲学院 (2)', otherSheet: '甲学院', count: 2 }, where: { file: FILE } },
    ]);
  });

  it('short of that, each class already on an earlier sheet is named at its cell, with the earlier sheet and row', () => {
    const other = sheet('乙学院', [HEADER, ['乙1', 20, '李'], ['电商（专升本）', 30, '李'], ['会计2', 30, '李']]);
    expect(problemsOf(book(a, other))).toEqual([
      {
        key: 'classInTwoSheets',
        params: { name: '电商（专升本）', otherSheet: '甲学院', otherRow: 2 },
        where: { file: FILE, sheet: '乙学院', row: 3, column: 'A', header: '班级名称' },
      },
      {
        key: 'classInTwoSheets',
        params: { name: '会计2', otherSheet: '甲学院', otherRow: 4 },
        where: { file: FILE, sheet: '乙学院', row: 4, column: 'A', header: '班级名称' },
      },
    ]);
  });
});

describe('a workbook with one roster sheet reads as it always has', () => {
  it('no college from the sheet name, no sheet in problems, and the other sheets named', () => {
    const roster = parseRoster(
      book(
        sheet('汇总', [
          ['学院', '人数'],
          ['甲学院', 30],
        ]),
        sheet('甲学院', [HEADER, ['甲1', 30, '张'], ['合计', 31, '']]),
      ),
    );
    expect(names(roster)).toEqual([[1, '甲1', null]]);
    expect(roster.sheet).toBe('甲学院');
    expect(roster.skippedRows).toEqual([{ row: 3, reason: 'total' }]);
    expect(roster.warnings).toEqual([
      { key: 'sheetsSkipped', params: { sheets: ['汇总'], reason: 'noHeader' }, where: { file: FILE } },
      {
        key: 'totalMismatch',
        params: { stated: 31, sum: 30 },
        where: { file: FILE, row: 3, column: 'B', header: '人数' },
      },
    ]);
  });

  it('its problems name no sheet, and no note is given', () => {
    expect(problemsOf(book(sheet('说明', [['备注']]), sheet('甲学院', [HEADER, ['甲1', 'x', '张']])))).toEqual([
      { key: 'headcountNotWhole', params: { value: 'x' }, where: { file: FILE, row: 2, column: 'B', header: '人数' } },
    ]);
  });

  it('with no roster header anywhere, the first sheet is refused as before', () => {
    expect(problemsOf(book(sheet('说明', [['备注']]), sheet('汇总', [['学院', '人数']])))).toEqual([
      expect.objectContaining({ key: 'noHeader', where: { file: FILE } }),
    ]);
  });
});

describe('hidden sheets', () => {
  const visible = sheet('甲学院', [HEADER, ['甲1', 30, '张']]);
  const old = sheet('旧名单', [HEADER, ['旧1', 30, '张']], true);

  it('are passed over, and named, when a visible sheet is a roster', () => {
    const roster = parseRoster(book(old, visible));
    expect(names(roster)).toEqual([[1, '甲1', null]]);
    expect(roster.warnings).toEqual([
      { key: 'sheetsSkipped', params: { sheets: ['旧名单'], reason: 'hidden' }, where: { file: FILE } },
    ]);
  });

  it('are read, as before, when no visible sheet is a roster', () => {
    const roster = parseRoster(book(sheet('说明', [['备注']]), old));
    expect(names(roster)).toEqual([[1, '旧1', null]]);
    expect(roster.warnings).toEqual([
      { key: 'sheetsSkipped', params: { sheets: ['说明'], reason: 'noHeader' }, where: { file: FILE } },
    ]);
  });

  it('--sheet reads a hidden sheet it names', () => {
    expect(parseRoster(book(visible, old), { sheet: '旧名单' }).classes.map((c) => c.name)).toEqual(['旧1']);
  });
});
