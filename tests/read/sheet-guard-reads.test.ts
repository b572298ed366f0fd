import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../src/core/roster/roster.js';
import { SHEET_LIMITS, sheetInspector } from '../../src/read/sheet-guard.js';
import { readXlsx } from '../../src/read/xlsx.js';
import { guardedParts } from '../../src/zip/guard.js';
import { mergeCells, read, validation } from './hostile-xlsx.js';
import { rowXml, TINY_SHEET_DATA, workbookXlsx } from './zip-builder.js';

describe('what real workbooks hold still reads', () => {
  it('merged counselor cells, a drop-down on a whole column, a print area, formatted columns up to XFD', async () => {
    const sheetData = TINY_SHEET_DATA + rowXml(3, ['软件2', 28]) + rowXml(4, ['软件3', 30]);
    const { result, ms } = await read(
      workbookXlsx({
        sheetData,
        beforeSheetData: '<cols><col min="1" max="3" width="12"/><col min="4" max="16384" width="9"/></cols>',
        afterSheetData: mergeCells('C2:C4') + validation('C1:C1048576'),
        definedNames: '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;名单&apos;!$A$1:$H$40</definedName>',
      }),
    );
    expect(parseRoster(result!).classes.map((c) => [c.name, c.headcount, c.counselor])).toEqual([
      ['软件1', 31, '杜宇飞'],
      ['软件2', 28, '杜宇飞'],
      ['软件3', 30, '杜宇飞'],
    ]);
    expect(ms).toBeLessThan(5000); // exceljs spends about a second on the whole-column drop-down
  });

  it('an empty formatted row at the bottom of the sheet adds no rows (it used to add a million)', async () => {
    const { result, error, ms } = await read(
      workbookXlsx({ sheetData: `${TINY_SHEET_DATA}<row r="1048576" ht="30" customHeight="1"/>` }),
    );
    expect(error).toBeUndefined();
    expect(result!.sheets[0]!.rows).toHaveLength(2);
    expect(ms).toBeLessThan(1000);
  });

  it('a lone value at XFD1048576 is read as one cell, not sixteen thousand per row', async () => {
    const far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';
    const { result, ms } = await read(workbookXlsx({ sheetData: TINY_SHEET_DATA + far }));
    const rows = result!.sheets[0]!.rows;
    expect(rows).toHaveLength(1_048_576);
    expect(rows[2]).toEqual({ row: 3, cells: [] });
    expect(rows[1_048_575]!.cells).toHaveLength(16_384);
    expect(rows[1_048_575]!.cells[16_383]).toBe(1);
    expect(ms).toBeLessThan(3000);
  });

  it('blank rows between classes keep their Excel row numbers', async () => {
    const { result } = await read(workbookXlsx({ sheetData: TINY_SHEET_DATA + rowXml(5, ['软件2', 28, '何芬']) }));
    const roster = parseRoster(result!);
    expect(roster.classes.map((c) => c.source.row)).toEqual([2, 5]);
    expect(roster.skippedRows).toEqual([
      { row: 3, reason: 'blank' },
      { row: 4, reason: 'blank' },
    ]);
  });
});

describe('the reader visits only the rows exceljs holds', () => {
  // Found by the fuzzer: exceljs keeps rows in a sparse array and its eachRow walks every hole, so a one-cell merge
  // numbered 2 147 483 648 (passed by the sheet guard: it covers one cell) kept the reader busy for 64 s.
  it('a one-cell merge at B2147483648 reads at once', async () => {
    const { result, ms } = await read(workbookXlsx({ afterSheetData: mergeCells('B2147483648') }));
    expect(parseRoster(result!).classes).toHaveLength(1);
    expect(ms).toBeLessThan(1000);
  });

  it('a two-cell merge on row 99 999 999 is refused at once: the rows up to it would be too many', async () => {
    const { error, ms } = await read(workbookXlsx({ afterSheetData: mergeCells('B99999999:C99999999') }));
    expect(error?.problems[0]).toMatchObject({
      key: 'xlsxTooLarge',
      params: { rule: 'cells', value: '99999999 × 3', entry: '名单' },
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('the reader counts what it would build before building it', () => {
  it('rows times widths over the limit is refused, naming the sheet', () => {
    const bytes = workbookXlsx({ sheetData: TINY_SHEET_DATA + rowXml(10, ['a', 'b', 'c']) });
    const parts = guardedParts(bytes, sheetInspector()).parts;
    expect(() => readXlsx(parts, 'f.xlsx', 15)).toThrow(
      expect.objectContaining({
        problems: [
          expect.objectContaining({
            key: 'xlsxTooLarge',
            params: { rule: 'cells', value: '10 × 3', limit: '15', entry: '名单' },
          }),
        ],
      }),
    );
    expect(readXlsx(parts, 'f.xlsx', 19)).toMatchObject({
      sheets: [{ rows: { length: 10 } }],
    });
  });

  it("the default limit leaves room for a value on Excel's last row", () => {
    expect(SHEET_LIMITS.maxReadCells).toBeGreaterThan(1_048_576 + 16_384);
  });
});
