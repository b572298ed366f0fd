import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oddValueArb } from './odd-values.js';
import { pipeline, sometimes, TIMEOUT, tally, XLSX_RUNS } from './pipeline.js';

/** A normal value for each column, so a row is often valid but for the odd cells. */
const normalRow = (i: number): ExcelJS.CellValue[] => [`软件${i}`, 30, '杜宇飞'];

describe('workbooks with odd cells', () => {
  it(
    'odd values in the class, headcount and counselor cells (and the header)',
    async () => {
      const { outcomes, note } = tally();
      const rowArb = fc.array(sometimes(oddValueArb, 1 / 4), { minLength: 3, maxLength: 4 });
      await fc.assert(
        fc.asyncProperty(
          fc.array(rowArb, { minLength: 1, maxLength: 5 }),
          sometimes(oddValueArb, 1 / 6),
          async (rows, oddHeader) => {
            const workbook = new ExcelJS.Workbook();
            const sheet = workbook.addWorksheet('名单');
            sheet.addRow(['班级名称', oddHeader === undefined ? '人数' : oddHeader, '辅导员']);
            rows.forEach((odd, i) => {
              sheet.addRow(normalRow(i).map((normal, c) => (odd[c] === undefined ? normal : odd[c])));
            });
            let bytes: Buffer;
            try {
              bytes = Buffer.from(await workbook.xlsx.writeBuffer());
            } catch {
              return; // exceljs cannot write this value at all; nothing to read
            }
            note(await pipeline(bytes, '.xlsx'));
          },
        ),
        { numRuns: XLSX_RUNS },
      );
      expect(outcomes.get('notice')).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
