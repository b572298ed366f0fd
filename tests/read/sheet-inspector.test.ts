import { describe, expect, it } from 'vitest';
import { attribute, SHEET_LIMITS, type SheetLimits, sheetInspector } from '../../src/read/sheet-guard.js';
import { checkZip, ZIP_LIMITS } from '../../src/zip/guard.js';
import { cpuMs } from '../cpu-time.js';
import { mergeCells } from './hostile-xlsx.js';
import { rowXml, TINY_SHEET_DATA, workbookXlsx } from './zip-builder.js';

const MB = 1024 * 1024;

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
    const start = cpuMs();
    expect(inspect(`<mergeCell a="${'<col "'.repeat(2_000_000)}`)).toBeUndefined();
    expect(cpuMs() - start).toBeLessThan(2000);
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
    const start = cpuMs();
    expect(checkZip(workbookXlsx({ sheetData: TINY_SHEET_DATA + rows }), ZIP_LIMITS, sheetInspector())).toBeUndefined();
    expect(cpuMs() - start).toBeLessThan(3000);
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
