import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem-text.js';
import { mergeCells, read, validation } from './hostile-xlsx.js';
import { rowXml, TINY_SHEET_DATA, workbookXlsx } from './zip-builder.js';

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
