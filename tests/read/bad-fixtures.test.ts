import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { readCsv } from '../../src/read/csv.js';
import { readRoster } from '../../src/read/read-roster.js';
import { fixture } from '../helpers.js';
import { type ExpectedProblem, load } from './roster-fixtures.js';

/** The CapturePlanError reading and parsing `name` throws; fails the test when nothing is thrown. */
async function rejection(name: string, options: { sheet?: string } = {}): Promise<CapturePlanError> {
  try {
    await load(name, options);
  } catch (error) {
    expect(error).toBeInstanceOf(CapturePlanError);
    return error as CapturePlanError;
  }
  throw new Error(`${name} was accepted`);
}

describe('bad fixtures are rejected with every problem, located', () => {
  interface BadCase {
    file: string;
    problems: ExpectedProblem[];
    options?: { sheet?: string };
  }
  const at = (file: string, row?: number, column?: string, header?: string) => ({
    file,
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column, header }),
  });
  const headcounts = 'bad/bad-headcounts.csv';
  const cases: BadCase[] = [
    { file: 'bad/legacy.xls', problems: [{ key: 'legacyXls', params: {}, where: at('bad/legacy.xls') }] },
    {
      file: 'bad/legacy-renamed.xlsx',
      problems: [{ key: 'legacyXls', params: {}, where: at('bad/legacy-renamed.xlsx') }],
    },
    {
      file: 'bad/truncated.xlsx',
      problems: [{ key: 'corruptXlsx', params: { reason: expect.any(String) }, where: at('bad/truncated.xlsx') }],
    },
    {
      file: 'bad/not-a-zip.xlsx',
      problems: [{ key: 'corruptXlsx', params: { reason: 'not a zip archive' }, where: at('bad/not-a-zip.xlsx') }],
    },
    {
      file: 'bad/no-worksheets.xlsx',
      problems: [{ key: 'noWorksheets', params: {}, where: at('bad/no-worksheets.xlsx') }],
    },
    { file: 'bad/binary.csv', problems: [{ key: 'notSpreadsheet', params: {}, where: at('bad/binary.csv') }] },
    { file: 'bad/empty.csv', problems: [{ key: 'fileEmpty', params: {}, where: at('bad/empty.csv') }] },
    { file: 'bad/header-only.csv', problems: [{ key: 'headerOnly', params: {}, where: at('bad/header-only.csv', 1) }] },
    {
      file: 'bad/no-header.csv',
      problems: [
        {
          key: 'noHeader',
          params: {
            found: '姓名',
            missing: 'class, counselor',
            accepted: '班级/班级名称/班级名/班名/行政班/行政班级; 辅导员/辅导员姓名/班主任/年级辅导员/辅导老师',
          },
          where: at('bad/no-header.csv', 1),
        },
      ],
    },
    {
      file: headcounts,
      problems: [
        { key: 'headcountNotWhole', params: { value: 'abc' }, where: at(headcounts, 3, 'C', '人数') },
        { key: 'headcountNotWhole', params: { value: '31.5' }, where: at(headcounts, 4, 'C', '人数') },
        { key: 'headcountNotPositive', params: { value: '0' }, where: at(headcounts, 5, 'C', '人数') },
        { key: 'headcountNotPositive', params: { value: '-3' }, where: at(headcounts, 6, 'C', '人数') },
        { key: 'headcountTooLarge', params: { value: '5000', limit: 1000 }, where: at(headcounts, 7, 'C', '人数') },
        { key: 'classNameEmpty', params: {}, where: at(headcounts, 8, 'B', '班级名称') },
        {
          key: 'duplicateClass',
          params: { name: '软件20211', otherRow: 2 },
          where: at(headcounts, 9, 'B', '班级名称'),
        },
      ],
    },
    {
      file: 'bad/unclosed-quote.csv',
      problems: [{ key: 'unclosedQuote', params: {}, where: at('bad/unclosed-quote.csv', 3) }],
    },
    {
      file: 'bad/extra-cells.csv',
      problems: [
        {
          key: 'extraCells',
          params: { count: 2, width: 4, values: '多余1, 多余2' },
          // Column E has no header text, so only the row and the column letter matter.
          where: expect.objectContaining({ file: 'bad/extra-cells.csv', row: 3, column: 'E' }),
        },
      ],
    },
    {
      file: 'messy/second-sheet.xlsx',
      options: { sheet: '花名册' },
      problems: [
        {
          key: 'sheetNotFound',
          params: { sheet: '花名册', available: '1. 说明, 2. 名单' },
          where: at('messy/second-sheet.xlsx'),
        },
      ],
    },
    {
      file: 'messy/second-sheet.xlsx',
      options: { sheet: '1' },
      problems: [
        {
          key: 'noHeader',
          params: {
            found: '',
            missing: 'class, headcount, counselor',
            accepted:
              '班级/班级名称/班级名/班名/行政班/行政班级; 人数/学生人数/人数(人)/应拍人数/拍摄人数/班级人数/学生数/应到人数/毕业生人数/应拍摄人数; 辅导员/辅导员姓名/班主任/年级辅导员/辅导老师',
          },
          where: at('messy/second-sheet.xlsx'),
        },
      ],
    },
  ];

  const titled = cases.map((c) => ({
    ...c,
    title: c.options?.sheet === undefined ? c.file : `${c.file} (sheet ${c.options.sheet})`,
  }));
  it.each(titled)('$title', async ({ file, problems, options }) => {
    const error = await rejection(file, options);
    expect(error.problems).toEqual(problems);
    expect(error.message).toBe(problems.map((p) => p.key).join(', '));
  });

  it('a missing file is fileMissing, named as the user typed it', async () => {
    await expect(readRoster(fixture('bad/does-not-exist.csv'), 'does-not-exist.csv')).rejects.toMatchObject({
      problems: [{ key: 'fileMissing', params: {}, where: { file: 'does-not-exist.csv' } }],
    });
  });

  it('text in neither UTF-8 nor GB18030 is undecodable', () => {
    expect(() => readCsv(Uint8Array.from([0x61, 0x2c, 0xff, 0x0a]), 'x.csv')).toThrow(
      expect.objectContaining({ problems: [{ key: 'undecodable', params: {}, where: { file: 'x.csv' } }] }),
    );
  });
});
