import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { formatProblem } from '../../src/core/problem-text.js';
import { counselorKey } from '../../src/core/roster/identity.js';
import { readRoster } from '../../src/read/read-roster.js';
import { fixture } from '../helpers.js';
import { load } from './roster-fixtures.js';

const FILE = 'campus-sheets.xlsx';

/** The classes of fixtures/campus-sheets.xlsx as scripts/make-fixtures.mjs writes them: [sheet, row, name, headcount, counselor]. */
const CAMPUS: [string, number, string, number, string][] = [
  ['计算机学院', 3, '计科2001', 32, '张伟'],
  ['计算机学院', 4, '计科2002', 30, '张伟'],
  ['计算机学院', 5, '软件2001', 35, '李娜'],
  ['计算机学院', 6, '软件2002', 33, '李娜'],
  ['计算机学院', 7, '网络2001', 28, '刘洋'],
  ['经济管理学院', 3, '会计2001', 40, '王芳'],
  ['经济管理学院', 4, '会计2002', 38, '王芳'],
  ['经济管理学院', 5, '市营2001', 29, '陈静'],
  ['经济管理学院', 6, '电商2001', 31, '陈静'],
  ['艺术学院', 3, '视传2001', 24, '王芳'],
  ['艺术学院', 4, '环设2001', 22, '王芳'],
  ['艺术学院', 5, '音乐2001', 18, '赵磊'],
];

/** The CapturePlanError reading and parsing `name` throws; fails the test when nothing is thrown. */
async function rejection(name: string): Promise<CapturePlanError> {
  const error = await load(name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CapturePlanError);
  return error as CapturePlanError;
}

describe('campus-sheets.xlsx: one sheet per college', () => {
  it('the reader marks the hidden sheet, and only it', async () => {
    const raw = await readRoster(fixture(FILE), FILE);
    expect(raw.sheets.map((s) => [s.sheet, s.hidden ?? false])).toEqual([
      ['汇总', false],
      ['计算机学院', false],
      ['经济管理学院', false],
      ['艺术学院', false],
      ['说明', false],
      ['2023届', true],
    ]);
  });

  it('reads every college sheet in workbook order, numbered across sheets, each class with its sheet as college', async () => {
    const roster = await load(FILE);
    expect(roster.classes).toEqual(
      CAMPUS.map(([sheet, row, name, headcount, counselor], i) => ({
        seq: i + 1,
        name,
        headcount,
        counselor,
        college: sheet,
        source: { file: FILE, sheet, row },
      })),
    );
    expect(roster.file).toBe(FILE);
    expect(roster.sheet).toBeUndefined();
  });

  it('the two 王芳 are two counselors: one of 经济管理学院, one of 艺术学院', async () => {
    const { classes } = await load(FILE);
    const wangFang = classes.filter((c) => c.counselor === '王芳');
    expect(wangFang.map((c) => [c.name, c.college])).toEqual([
      ['会计2001', '经济管理学院'],
      ['会计2002', '经济管理学院'],
      ['视传2001', '艺术学院'],
      ['环设2001', '艺术学院'],
    ]);
    expect(new Set(wangFang.map(counselorKey)).size).toBe(2);
    expect(new Set(classes.map(counselorKey)).size).toBe(7);
  });

  it('names each skipped 合计 row with its sheet, and checks each sheet’s total against its own classes', async () => {
    const roster = await load(FILE);
    expect(roster.skippedRows).toEqual([
      { row: 8, sheet: '计算机学院', reason: 'total' },
      { row: 7, sheet: '经济管理学院', reason: 'total' },
      { row: 6, sheet: '艺术学院', reason: 'total' },
    ]);
  });

  it('names the sheets it did not read: 汇总 and 说明 (no roster header), 2023届 (hidden)', async () => {
    const { warnings } = await load(FILE);
    expect(warnings).toEqual([
      { key: 'sheetsSkipped', params: { sheets: ['汇总', '说明'], reason: 'noHeader' }, where: { file: FILE } },
      { key: 'sheetsSkipped', params: { sheets: ['2023届'], reason: 'hidden' }, where: { file: FILE } },
    ]);
    expect(warnings.map((w) => formatProblem(w, 'zh'))).toEqual([
      'campus-sheets.xlsx：没有读取工作表“汇总”、“说明”（没有班级名单的表头：班级名称、人数、辅导员）。',
      'campus-sheets.xlsx：没有读取隐藏的工作表“2023届”；要读取，请在 Excel 里取消隐藏，或用 --sheet 指定。',
    ]);
    expect(warnings.map((w) => formatProblem(w, 'en'))).toEqual([
      'campus-sheets.xlsx: the sheets "汇总", "说明" were not read: no roster header (class, headcount and counselor columns).',
      'campus-sheets.xlsx: the hidden sheet "2023届" was not read: unhide it in Excel, or name it with --sheet, to read it.',
    ]);
  });

  it('--sheet reads exactly one sheet, as a one-sheet workbook: no college from its name, no note', async () => {
    const arts = await load(FILE, { sheet: '艺术学院' });
    expect(arts.classes.map((c) => [c.seq, c.name, c.college, c.source.sheet])).toEqual([
      [1, '视传2001', undefined, '艺术学院'],
      [2, '环设2001', undefined, '艺术学院'],
      [3, '音乐2001', undefined, '艺术学院'],
    ]);
    expect(arts.sheet).toBe('艺术学院');
    expect(arts.skippedRows).toEqual([{ row: 6, reason: 'total' }]);
    expect(arts.warnings).toEqual([]);
    expect((await load(FILE, { sheet: '2023届' })).classes.map((c) => c.name)).toEqual(['计科1901', '会计1901']);
  });
});

describe('campus workbooks with problems', () => {
  it('bad/repeated-sheet.xlsx: a copied sheet is one problem naming both sheets', async () => {
    const error = await rejection('bad/repeated-sheet.xlsx');
    expect(error.problems).toEqual([
      {
        key: 'sheetRepeats',
        params: { sheet: '计算机学院 (2)', otherSheet: '计算机学院', count: 5 },
        where: { file: 'bad/repeated-sheet.xlsx' },
      },
    ]);
    expect(formatProblem(error.problems[0]!, 'zh')).toBe(
      'bad/repeated-sheet.xlsx：工作表“计算机学院 (2)”和“计算机学院”重复：其中一张的 5 个班级在另一张里全都有，像是同一份名单复制了一份。请删去多余的那张，或在 Excel 里把它隐藏。',
    );
  });

  it('bad/campus-problems.xlsx: every sheet’s problems at once, each naming its sheet, and a class on two sheets', async () => {
    const file = 'bad/campus-problems.xlsx';
    const error = await rejection(file);
    expect(error.problems).toEqual([
      {
        key: 'headcountNotWhole',
        params: { value: '三十八' },
        where: { file, sheet: '经济管理学院', row: 4, column: 'C', header: '人数' },
      },
      {
        key: 'classInTwoSheets',
        params: { name: '数媒2001', otherSheet: '计算机学院', otherRow: 8 },
        where: { file, sheet: '艺术学院', row: 6, column: 'B', header: '班级名称' },
      },
    ]);
    expect(error.problems.map((p) => formatProblem(p, 'zh'))).toEqual([
      'bad/campus-problems.xlsx 工作表“经济管理学院” 第4行 C列（人数）：人数应为整数，这里是“三十八”。',
      'bad/campus-problems.xlsx 工作表“艺术学院” 第6行 B列（班级名称）：班级“数媒2001”在工作表“计算机学院”第 8 行已有，同一个班只能在一个工作表里。',
    ]);
    expect(formatProblem(error.problems[1]!, 'en')).toBe(
      'bad/campus-problems.xlsx, sheet "艺术学院", row 6, column B (班级名称): the class "数媒2001" is also on the sheet "计算机学院", row 8; a class can be on one sheet only.',
    );
  });
});
