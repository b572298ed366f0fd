import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipeline, sometimes, TIMEOUT, tally, XLSX_RUNS } from './pipeline.js';

/** Cell values exceljs can write that a roster should never hold. */
const oddValueArb: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom<ExcelJS.CellValue>(
    'x'.repeat(100_000),
    '软'.repeat(100_000),
    '\u200f\u200e软件\u202e1\u202c',
    'e\u0301\u0301\u0301',
    '😀👩‍👩‍👧',
    '\ud800',
    'a\udfffb',
    '\u0000',
    '31\u0000',
    '\uFEFF31',
    'NaN',
    'Infinity',
    '-0',
    '0x1F',
    '1e3',
    '３１人',
    ' 31 ',
    '',
    '合计',
    '=1+1',
    { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue,
    { formula: 'A1&B1' } as ExcelJS.CellValue,
    { formula: '30+1', result: 31 } as ExcelJS.CellValue,
    { error: '#N/A' } as ExcelJS.CellValue,
    { error: '#REF!' } as ExcelJS.CellValue,
    true,
    false,
    new Date(Date.UTC(2024, 3, 22)),
    new Date(Date.UTC(1900, 0, 1, 12, 30)),
    { richText: [{ text: '' }, { text: '31' }, { text: '' }] },
    { richText: [] },
    { richText: [{ text: '' }] },
    {
      text: { richText: [{ text: '软件' }, { text: '' }] },
      hyperlink: 'https://example.com/',
    } as unknown as ExcelJS.CellValue,
    { text: '', hyperlink: 'javascript:alert(1)' },
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    0,
    31.5,
    2 ** 53 + 1,
    NaN,
    Infinity,
    null,
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.double(),
  fc.integer({ min: -2000, max: 2000 }),
);

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
