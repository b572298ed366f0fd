import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RawWorkbook } from '../../src/core/roster/raw-table.js';
import { parseRoster } from '../../src/core/roster/roster.js';
import { readCsv } from '../../src/read/csv.js';
import { readRoster } from '../../src/read/read-roster.js';
import { tempDir } from '../helpers.js';

const csv = (text: string): RawWorkbook => readCsv(new TextEncoder().encode(text), 'r.csv');

describe('roster edge cases', () => {
  it('a total row with a number in 序号 is still a total row', () => {
    const roster = parseRoster(csv('序号,班级名称,人数,辅导员\n1,软件1,31,杜\n2,合计,31,\n'));
    expect(roster.classes.map((c) => c.name)).toEqual(['软件1']);
    expect(roster.skippedRows).toEqual([{ row: 3, reason: 'total' }]);
    expect(roster.warnings).toEqual([]);
  });

  it('a 小计 row is skipped but not checked against the grand total', () => {
    const roster = parseRoster(csv('班级名称,人数,辅导员\n软件1,31,杜\n小计,31,\n软件2,20,何\n合计,51,\n'));
    expect(roster.classes.map((c) => c.name)).toEqual(['软件1', '软件2']);
    expect(roster.warnings).toEqual([]);
  });

  it('headers match across full-width brackets, spaces and case; names keep how they were written', () => {
    const roster = parseRoster(csv('Class Name,人数（人）, COUNSELLOR \n电商20213（专升本）,40,何芬\n'));
    expect(roster.classes[0]).toMatchObject({ name: '电商20213（专升本）', headcount: 40, counselor: '何芬' });
  });

  it('a class name differing only in bracket width is a duplicate', () => {
    expect(() => parseRoster(csv('班级名称,人数,辅导员\n电商(专升本),40,何\n电商（专升本）,30,何\n'))).toThrow(
      expect.objectContaining({
        problems: [
          expect.objectContaining({
            key: 'duplicateClass',
            params: { name: '电商（专升本）', otherRow: 2 },
            where: expect.objectContaining({ row: 3, column: 'A' }),
          }),
        ],
      }),
    );
  });

  it('collects every problem in the file, not just the first', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `班${i},x,甲`).join('\n');
    let problems: unknown[] = [];
    try {
      parseRoster(csv(`班级名称,人数,辅导员\n${rows}\n`));
    } catch (error) {
      problems = (error as { problems: unknown[] }).problems;
    }
    expect(problems).toHaveLength(30);
  });
});

describe('reader edge cases', () => {
  it('a formula Excel never calculated reads as its formula, so the message shows it', async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['班级名称', '人数', '辅导员']);
    sheet.addRow(['软件1', { formula: '30+1' }, '杜']);
    await workbook.xlsx.writeFile(join(dir, 'f.xlsx'));
    const raw = await readRoster(join(dir, 'f.xlsx'), 'f.xlsx');
    expect(raw.sheets[0]!.rows[1]!.cells).toEqual(['软件1', '=30+1', '杜']);
    expect(() => parseRoster(raw)).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ key: 'headcountNotWhole', params: { value: '=30+1' } })],
      }),
    );
  });

  it('an HTML table saved as .xls is refused with the save-as-xlsx advice', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.xls'), '<html><body><table><tr><td>班级名称</td></tr></table></body></html>');
    await expect(readRoster(join(dir, 'export.xls'), 'export.xls')).rejects.toMatchObject({
      problems: [{ key: 'legacyXls' }],
    });
  });

  it('mixed line endings keep row numbers as Excel shows them', () => {
    const raw = csv('班级名称,人数,辅导员\r\n软件1,31,杜\n软件2,28,杜\r软件3,x,杜\n');
    expect(() => parseRoster(raw)).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ where: expect.objectContaining({ row: 4 }) })] }),
    );
  });
});
