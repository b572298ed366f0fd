import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/core/roster/raw-table.js';
import { WorkbookXml } from '../../src/write/spreadsheet/workbook.js';
import { xmlText } from '../../src/write/spreadsheet/xml.js';

describe('xmlText', () => {
  it.each([
    ['宜宾校区 A1-108', '宜宾校区 A1-108'],
    ['a<b & c>"d"', 'a&lt;b &amp; c&gt;&quot;d&quot;'],
    ['bell\u0007 nul\u0000 tab\t line\n', 'bell nul tab\t line\n'],
    ['lone \uD800 surrogate \uDC00', 'lone  surrogate '],
    ['emoji 📷 kept', 'emoji 📷 kept'],
    ['\uFFFE\uFFFF', ''],
    ['_x0041_ literal', '_x005F_x0041_ literal'],
    ['_x0041_x0042_', '_x005F_x0041_x005F_x0042_'],
    ['一\r\n二', '一_x000D_\n二'],
  ])('%j → %j', (text, expected) => {
    expect(xmlText(text)).toBe(expected);
  });
});

describe('columnLetter, as the sheet writer numbers columns from 1', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('%i → %s', (column, name) => {
    expect(columnLetter(column - 1)).toBe(name);
  });
});

/** A small workbook with every feature the timetable uses, read back by exceljs. */
async function roundTrip() {
  const book = new WorkbookXml('SimSun');
  const title = book.style({ font: { bold: true, size: 14 }, horizontal: 'center', vertical: 'center', wrap: true });
  const header = book.style({
    font: { bold: true },
    border: true,
    fill: 'FFE8EEF7',
    horizontal: 'center',
    vertical: 'center',
  });
  const red = book.style({ font: { color: 'FFC00000' }, border: true, horizontal: 'left' });
  expect(book.style({ font: { bold: true, size: 14 }, horizontal: 'center', vertical: 'center', wrap: true })).toBe(
    title,
  );
  const sheet = book.addSheet("拍摄'安排", { widths: [11, 21.5], frozenRows: 2, repeatedRow: 2 });
  expect(sheet.addRow(['标题'], [title, title], 30)).toBe(1);
  sheet.merge(1, 1, 1, 2);
  sheet.addRow(['班级', '人数'], header);
  sheet.addRow(['=1+1', 31], red);
  sheet.addRow([null, 0], [red, 0]);
  sheet.addRow(['  前后有空格 ', '一\n二\u0007']);
  sheet.addRow(['宜宾校区', '宜宾校区']);
  sheet.merge(sheet.addRow(['合并'], [red, red]), 1, 7, 2);
  book.addSheet('汇总', { widths: [8], frozenRows: 2, repeatedRow: 2 }).addRow(['宜宾校区']);
  const bytes = book.toZip(new Date('2024-04-22T00:00:00Z'), 'capture-plan');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { workbook, bytes };
}

describe('WorkbookXml', () => {
  it('cuts a text longer than an Excel cell holds to 32 767 characters, ending in an ellipsis', async () => {
    const book = new WorkbookXml('SimSun');
    book.addSheet('长', { widths: [8], frozenRows: 0, repeatedRow: 1 }).addRow(['长'.repeat(40_000), '短']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(book.toZip(new Date('2024-04-22T00:00:00Z'), 'capture-plan') as unknown as ArrayBuffer);
    const text = String(workbook.worksheets[0]!.getCell('A1').value);
    expect([text.length, text.endsWith('长…'), workbook.worksheets[0]!.getCell('B1').value]).toEqual([
      32_767,
      true,
      '短',
    ]);
  });

  it('writes values as Excel reads them: text never a formula, numbers as numbers, spaces and line breaks kept', async () => {
    const { workbook } = await roundTrip();
    const sheet = workbook.getWorksheet("拍摄'安排")!;
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["拍摄'安排", '汇总']);
    expect(sheet.getCell('A1').value).toBe('标题');
    expect(sheet.getCell('A3').value).toBe('=1+1');
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B3').value).toBe(31);
    expect(sheet.getCell('A4').value).toBeNull();
    expect(sheet.getCell('B4').value).toBe(0);
    expect(sheet.getCell('A5').value).toBe('  前后有空格 ');
    expect(sheet.getCell('B5').value).toBe('一\n二');
    expect([
      sheet.getCell('A6').value,
      sheet.getCell('B6').value,
      workbook.getWorksheet('汇总')!.getCell('A1').value,
    ]).toEqual(['宜宾校区', '宜宾校区', '宜宾校区']);
  });

  it('writes each text once in the shared strings', async () => {
    const { bytes } = await roundTrip();
    const { inflateRawSync } = await import('node:zlib');
    const at = bytes.indexOf('xl/sharedStrings.xml') + 'xl/sharedStrings.xml'.length;
    const sst = inflateRawSync(bytes.subarray(at)).toString('utf8');
    expect(sst.match(/宜宾校区/g)).toHaveLength(1);
    expect(sst).toContain('count="10" uniqueCount="8"');
  });

  it('styles: fonts, borders, fills and alignment, the same object once', async () => {
    const sheet = (await roundTrip()).workbook.getWorksheet(1)!;
    expect(sheet.getCell('A1').font).toEqual({ bold: true, size: 14, name: 'SimSun' });
    expect(sheet.getCell('B1').font?.bold).toBe(true); // a merged range is styled throughout
    expect(sheet.getCell('A1').alignment).toEqual({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(sheet.getCell('B2').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } });
    expect(sheet.getCell('B2').border?.bottom?.style).toBe('thin');
    expect(sheet.getCell('A3').font?.color?.argb).toBe('FFC00000');
    expect(sheet.getCell('A3').alignment?.horizontal).toBe('left');
    expect(sheet.getCell('B4').border).toBeUndefined();
  });

  it('is print-ready: merges, widths, frozen header, repeated header row, A4 fit to width, page numbers', async () => {
    const { workbook } = await roundTrip();
    const sheet = workbook.getWorksheet(1)!;
    expect((sheet.model as { merges: string[] }).merges.sort()).toEqual(['A1:B1', 'A7:B7']);
    expect([sheet.getColumn(1).width, sheet.getColumn(2).width]).toEqual([11, 21.5]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, topLeftCell: 'A3' });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '2:2',
    });
    expect(sheet.pageSetup.margins).toEqual({ left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 });
    expect(sheet.headerFooter.oddFooter).toBe('&C&P / &N');
    expect(sheet.getRow(1).height).toBe(30);
    expect(workbook.creator).toBe('capture-plan');
    expect(workbook.created.toISOString()).toBe('2024-04-22T00:00:00.000Z');
  });
});
