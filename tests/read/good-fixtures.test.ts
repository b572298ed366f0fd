import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Roster } from '../../src/core/roster/model.js';
import { decodeText } from '../../src/read/decode.js';
import { fixture } from '../helpers.js';
import { type ExpectedProblem, load } from './roster-fixtures.js';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The seed roster's values, read without the code under test. */
const SEED = readFileSync(fixture('seed-roster.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [, name, headcount, counselor] = line.split(',');
    return { name: name!, headcount: Number(headcount), counselor: counselor! };
  });

describe('seed data', () => {
  it('is the 30-class, 1052-person, 5-counselor roster the other fixtures are built from', () => {
    expect(SEED).toHaveLength(30);
    expect(SEED.reduce((sum, c) => sum + c.headcount, 0)).toBe(1052);
    expect(new Set(SEED.map((c) => c.counselor)).size).toBe(5);
  });
});

describe('good fixtures read to exactly the seed roster', () => {
  interface GoodCase {
    file: string;
    /** Source row of each class, as Excel or a text editor numbers it. */
    rows: number[];
    sheet?: string;
    skipped?: Roster['skippedRows'];
    warnings?: ExpectedProblem[];
  }
  const cases: GoodCase[] = [
    { file: 'seed-roster.csv', rows: range(2, 31) },
    { file: 'seed-roster.xlsx', rows: range(2, 31), sheet: '名单' },
    { file: 'messy/gbk.csv', rows: range(2, 31) },
    { file: 'messy/utf8-bom.csv', rows: range(2, 31) },
    { file: 'messy/semicolon.csv', rows: range(2, 31) },
    { file: 'messy/tab.csv', rows: range(2, 31) },
    {
      file: 'messy/merged-export.csv',
      rows: [...range(3, 15), ...range(17, 33)],
      skipped: [
        { row: 16, reason: 'blank' },
        { row: 34, reason: 'total' },
      ],
      warnings: [{ key: 'counselorsFilled', params: { count: 25 }, where: { file: 'messy/merged-export.csv' } }],
    },
    {
      file: 'messy/total-mismatch.csv',
      rows: range(2, 31),
      skipped: [{ row: 32, reason: 'total' }],
      warnings: [
        {
          key: 'totalMismatch',
          params: { stated: 1050, sum: 1052 },
          where: { file: 'messy/total-mismatch.csv', row: 32, column: 'C', header: '人数' },
        },
      ],
    },
    {
      file: 'messy/registrar.xlsx',
      rows: [...range(4, 16), ...range(18, 34)],
      sheet: '2021级',
      skipped: [
        { row: 17, reason: 'blank' },
        { row: 35, reason: 'total' },
      ],
      warnings: [
        {
          key: 'sheetsSkipped',
          params: { sheets: ['统计'], reason: 'noHeader' },
          where: { file: 'messy/registrar.xlsx' },
        },
      ],
    },
    {
      file: 'messy/second-sheet.xlsx',
      rows: range(2, 31),
      sheet: '名单',
      warnings: [
        {
          key: 'sheetsSkipped',
          params: { sheets: ['说明'], reason: 'noHeader' },
          where: { file: 'messy/second-sheet.xlsx' },
        },
      ],
    },
  ];

  it.each(cases)('$file', async ({ file, rows, sheet, skipped = [], warnings = [] }) => {
    const roster = await load(file);
    expect(roster.classes.map(({ name, headcount, counselor }) => ({ name, headcount, counselor }))).toEqual(SEED);
    expect(roster.classes.map((c) => c.seq)).toEqual(range(1, 30));
    expect(roster.classes.map((c) => c.source.row)).toEqual(rows);
    expect(roster.classes.every((c) => c.source.file === file && c.source.sheet === sheet)).toBe(true);
    expect(roster.file).toBe(file);
    expect(roster.sheet).toBe(sheet);
    expect(roster.skippedRows).toEqual(skipped);
    expect(roster.warnings).toEqual(warnings);
  });

  it('registrar.xlsx: the first class is on Excel row 4, below two merged title rows and the header', async () => {
    const roster = await load('messy/registrar.xlsx');
    expect(roster.classes[0]).toEqual({
      seq: 1,
      name: '软件20211',
      headcount: 31,
      counselor: '杜宇飞',
      source: { file: 'messy/registrar.xlsx', sheet: '2021级', row: 4 },
    });
  });

  it('registrar.xlsx: rich text, formula and hyperlink cells read as their text and cached value', async () => {
    const byName = new Map((await load('messy/registrar.xlsx')).classes.map((c) => [c.name, c]));
    expect(byName.get('软件20213')).toMatchObject({ headcount: 36, source: { row: 6 } }); // rich-text name
    expect(byName.get('软件20214')).toMatchObject({ headcount: 31, source: { row: 7 } }); // =30+1, cached 31
    expect(byName.get('网络20211')).toMatchObject({ headcount: 40, source: { row: 14 } }); // hyperlink name
    expect(byName.get('软件20212')).toMatchObject({ headcount: 28, counselor: '杜宇飞' }); // "28" as text, merged D4:D10
  });

  it('second-sheet.xlsx: picks a sheet by name or 1-based number', async () => {
    expect((await load('messy/second-sheet.xlsx', { sheet: '名单' })).classes).toHaveLength(30);
    expect((await load('messy/second-sheet.xlsx', { sheet: '2' })).sheet).toBe('名单');
  });

  it('decodes gbk.csv as GB18030 and utf8-bom.csv as UTF-8 without the BOM', () => {
    const gbk = decodeText(readFileSync(fixture('messy/gbk.csv')));
    expect(gbk?.encoding).toBe('gb18030');
    expect(gbk?.text.startsWith('序号,班级名称,人数,辅导员\r\n1,软件20211,31,杜宇飞\r\n')).toBe(true);
    const bom = decodeText(readFileSync(fixture('messy/utf8-bom.csv')));
    expect(bom?.encoding).toBe('utf-8');
    expect(bom?.text.startsWith('序号,')).toBe(true);
  });
});
