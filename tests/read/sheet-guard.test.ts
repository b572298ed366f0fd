import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { formatProblem } from '../../src/core/problem-text.js';
import { parseRoster } from '../../src/core/roster/roster.js';
import { readRoster } from '../../src/read/read-roster.js';
import { attribute, SHEET_LIMITS, type SheetLimits, sheetInspector } from '../../src/read/sheet-guard.js';
import { readXlsx } from '../../src/read/xlsx.js';
import { checkZip, ZIP_LIMITS } from '../../src/zip/guard.js';
import { tempDir } from '../helpers.js';
import { rowXml, TINY_SHEET_DATA, workbookXlsx } from './zip-builder.js';

const MB = 1024 * 1024;

/** readRoster on `bytes` saved as an .xlsx: what it returned or threw, how long it took, how much the peak RSS grew. */
async function read(bytes: Uint8Array): Promise<{
  result?: Awaited<ReturnType<typeof readRoster>>;
  error?: CapturePlanError;
  ms: number;
  peakGrowthMb: number;
}> {
  const path = join(tempDir('capture-plan-sheet-guard-'), 'hostile.xlsx');
  writeFileSync(path, bytes);
  const peakBefore = process.resourceUsage().maxRSS;
  const start = performance.now();
  try {
    const result = await readRoster(path, 'hostile.xlsx');
    return {
      result,
      ms: performance.now() - start,
      peakGrowthMb: (process.resourceUsage().maxRSS - peakBefore) / 1024,
    };
  } catch (error) {
    if (!(error instanceof CapturePlanError)) throw error;
    return { error, ms: performance.now() - start, peakGrowthMb: (process.resourceUsage().maxRSS - peakBefore) / 1024 };
  }
}

const mergeCells = (...refs: string[]): string =>
  `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;
const validation = (sqref: string): string =>
  `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"甲,乙"</formula1></dataValidation></dataValidations>`;

/**
 * Each of these few-KB files made exceljs (or the reader) build one object per cell of a huge range: the process
 * died out of memory, or worked for seconds to minutes. Now each is refused before exceljs sees it.
 */
describe('small files that would make exceljs build a huge workbook are refused, fast', () => {
  const cases: [string, Parameters<typeof workbookXlsx>[0], string, RegExp][] = [
    [
      'a merge over the whole sheet (out of memory)',
      { afterSheetData: mergeCells('A3:XFD1048576') },
      'mergedCells',
      /合并单元格共覆盖 17179836416 个单元格，上限是 2000000 个/,
    ],
    [
      'merges down three whole columns',
      { afterSheetData: mergeCells('E3:E1048576', 'F3:F1048576', 'G3:G1048576') },
      'mergedCells',
      /3145722 个单元格/,
    ],
    [
      'a merge down a whole column (1.9 GB, 7 s in exceljs): the rows it would fill are too many',
      { afterSheetData: mergeCells('E3:E1048576') },
      'cells',
      /1048576 × 5/,
    ],
    [
      '200 001 small merges',
      {
        afterSheetData: `<mergeCells>${Array.from({ length: 200_001 }, (_, i) => `<mergeCell ref="E${i + 10}:F${i + 10}"/>`).join('')}</mergeCells>`,
      },
      'merges',
      /有 > 200000 处合并单元格/,
    ],
    [
      'a data validation over the whole sheet (out of memory)',
      { afterSheetData: validation('A1:XFD1048576') },
      'validationCells',
      /数据验证（下拉列表等）共覆盖 17179869184 个单元格/,
    ],
    [
      'validations on three whole columns',
      { afterSheetData: validation('D1:D1048576 E1:E1048576 F:F') },
      'validationCells',
      /3145728 个单元格/,
    ],
    [
      'a defined name over the whole sheet (out of memory)',
      { definedNames: '<definedName name="x">&apos;名单&apos;!$A$1:$XFD$1048576</definedName>' },
      'namedCells',
      /名称（打印区域等）共覆盖 17179869184 个单元格/,
    ],
    [
      'a column range up to 99 999 999 (out of memory)',
      { beforeSheetData: '<cols><col min="1" max="99999999" width="10"/></cols>' },
      'columns',
      /设置了第 99999999 列，而 Excel 最多只有 16384 列/,
    ],
    [
      'a column range given by min alone',
      { beforeSheetData: '<cols><col min="99999999"/></cols>' },
      'columns',
      /99999999 列/,
    ],
    [
      'row 99 999 999 (3 s)',
      { sheetData: TINY_SHEET_DATA + rowXml(99_999_999, ['x']) },
      'rows',
      /里有第 99999999 行，而 Excel 最多只有 1048576 行/,
    ],
    // The range written in ways a simple pattern would miss: character references, single quotes, '>' in a value.
    [
      'a merge range written with character references',
      { afterSheetData: '<mergeCells count="1"><mergeCell ref="&#65;3:&#x58;FD1048576"/></mergeCells>' },
      'mergedCells',
      /17179836416/,
    ],
    [
      'a merge range in single quotes after a quoted ">"',
      { afterSheetData: `<mergeCells count="1"><mergeCell x:y="a>b" ref='A3:XFD1048576'/></mergeCells>` },
      'mergedCells',
      /17179836416/,
    ],
  ];

  it.each(cases)('%s', async (_, parts, rule, message) => {
    const { error, ms, peakGrowthMb } = await read(workbookXlsx(parts));
    expect(error?.problems[0]).toMatchObject({
      key: 'xlsxTooLarge',
      params: { rule },
      where: { file: 'hostile.xlsx' },
    });
    expect(error?.exitCode).toBe(2);
    expect(formatProblem(error!.problems[0]!, 'zh')).toMatch(message);
    expect(ms).toBeLessThan(1000);
    expect(peakGrowthMb).toBeLessThan(64);
  });

  it('says it in English too', async () => {
    const { error } = await read(workbookXlsx({ afterSheetData: mergeCells('A3:XFD1048576') }));
    expect(formatProblem(error!.problems[0]!, 'en')).toBe(
      'hostile.xlsx: the XLSX is too big to open safely, so it was not opened: merged ranges cover 17179836416 cells, the limit is 2000000 (see "xl/worksheets/sheet1.xml"). This does not look like a roster (it may be a deliberate "zip bomb"); remove what is not needed in Excel and save it again.',
    );
  });
});

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
  it('rows times widths over the limit is refused, naming the sheet', async () => {
    const bytes = workbookXlsx({ sheetData: TINY_SHEET_DATA + rowXml(10, ['a', 'b', 'c']) });
    await expect(readXlsx(bytes, 'f.xlsx', new Map(), 15)).rejects.toMatchObject({
      problems: [{ key: 'xlsxTooLarge', params: { rule: 'cells', value: '10 × 3', limit: '15', entry: '名单' } }],
    });
    await expect(readXlsx(bytes, 'f.xlsx', new Map(), 19)).resolves.toMatchObject({
      sheets: [{ rows: { length: 10 } }],
    });
  });

  it("the default limit leaves room for a value on Excel's last row", () => {
    expect(SHEET_LIMITS.maxReadCells).toBeGreaterThan(1_048_576 + 16_384);
  });
});

describe('sheetInspector', () => {
  const inspect = (xml: string, limits: SheetLimits = SHEET_LIMITS) =>
    sheetInspector(limits)('xl/worksheets/sheet1.xml', Buffer.from(xml, 'latin1'));

  it('measures ranges generously: a missing row or column part counts as all of them', () => {
    const tight = { ...SHEET_LIMITS, maxMergedCells: 0 };
    expect(inspect('<mergeCell ref="B2:A1"/>', tight)).toMatchObject({ value: '4' });
    expect(inspect('<mergeCell ref="$A$1:$C$1"/>', tight)).toMatchObject({ value: '3' });
    expect(inspect('<mergeCell ref="A:A"/>', tight)).toMatchObject({ value: '1048576' });
    expect(inspect('<mergeCell ref="2:3"/>', tight)).toMatchObject({ value: '32768' });
    expect(inspect('<mergeCell ref="Sheet1!C3"/>', tight)).toMatchObject({ value: '1' });
  });

  it('ignores look-alike tags and parts that are not XML', () => {
    expect(
      inspect('<mergeCells count="9999999"/><cols><colBreaks count="99999999"/></cols><rows r="99999999"/>'),
    ).toBeUndefined();
    expect(sheetInspector()('xl/media/image1.png', Buffer.from('<mergeCell ref="A1:XFD1048576"/>'))).toBeUndefined();
  });

  it('keeps totals across the parts of one workbook', () => {
    const guard = sheetInspector({ ...SHEET_LIMITS, maxMergedCells: 5 });
    expect(guard('xl/worksheets/sheet1.xml', Buffer.from('<mergeCell ref="A1:A3"/>'))).toBeUndefined();
    expect(guard('xl/worksheets/sheet2.xml', Buffer.from('<mergeCell ref="A1:A3"/>'))).toMatchObject({
      rule: 'mergedCells',
      value: '6',
      entry: 'xl/worksheets/sheet2.xml',
    });
  });

  it('takes linear time on text full of unclosed tags and quotes', () => {
    const start = performance.now();
    expect(inspect(`<mergeCell a="${'<col "'.repeat(2_000_000)}`)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('runs inside checkZip, which reports the entry name', () => {
    const verdict = checkZip(workbookXlsx({ afterSheetData: mergeCells('A1:Z99999') }), ZIP_LIMITS, sheetInspector());
    expect(verdict).toEqual({
      kind: 'tooLarge',
      rule: 'mergedCells',
      value: '2599974',
      limit: '2000000',
      entry: 'xl/worksheets/sheet1.xml',
    });
    expect(checkZip(workbookXlsx(), ZIP_LIMITS, sheetInspector())).toBeUndefined();
  });
});

describe('a stored XML part as large as the zip guard allows is still scanned quickly', () => {
  it('20 MB of sheet XML', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => rowXml(i + 3, [`班${i}`, 30, '甲'])).join('');
    expect(rows.length).toBeGreaterThan((20 * MB) / 2);
    const start = performance.now();
    expect(checkZip(workbookXlsx({ sheetData: TINY_SHEET_DATA + rows }), ZIP_LIMITS, sheetInspector())).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('attribute', () => {
  it.each([
    ['name="名单"', '名单'],
    ['name="a\tb\r\nc"', 'a b c'],
    ['name="a&#9;b"', 'a\tb'],
    ["name='x &amp; y'", 'x & y'],
    ['other="1"', ''],
  ])('%j → %j', (attributes, value) => {
    expect(attribute(attributes, 'name')).toBe(value);
  });
});
