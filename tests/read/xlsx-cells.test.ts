// Where the streaming reader reads a cell differently from exceljs, on purpose: each case says what exceljs did.
import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import type { RawCell } from '../../src/core/roster/raw-table.js';
import { readXlsxRoster } from '../../src/read/xlsx-roster.js';
import { exceljsView } from './exceljs-view.js';
import { workbookXlsx } from './zip-builder.js';

const STYLES_PART = (numFmtId: number) =>
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="${numFmtId}" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The first sheet's rows of a workbook whose sheet data (and styles, if given) are as written. */
function rowsOf(sheetData: string, styles?: string, workbookPr?: string): RawCell[][] {
  const bytes = workbookXlsx({ sheetData, extraParts: styles ? [['xl/styles.xml', styles]] : [], workbookPr });
  return readXlsxRoster(bytes, 'f.xlsx').sheets[0]!.rows.map((r) => r.cells);
}

describe('cells the streaming reader reads as Excel shows them, where exceljs did not', () => {
  it('a formula whose cached result is 0 or FALSE is that result (exceljs showed the formula)', async () => {
    const sheetData = '<row r="1"><c r="A1"><f>SUM(B1:B2)</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c></row>';
    expect(rowsOf(sheetData)).toEqual([[0, 'FALSE']]);
    const theirs = await exceljsView(workbookXlsx({ sheetData }), 'f.xlsx');
    expect(theirs!.sheets[0]!.rows[0]!.cells).toEqual(['=SUM(B1:B2)', '=1=2']);
  });

  it.each([27, 31, 32, 57, 58])(
    'the East Asian built-in format %i is a date (exceljs read the serial number)',
    async (id) => {
      const sheetData =
        '<row r="1"><c r="A1" s="1"><v>45404.395833333336</v></c><c r="B1" s="1"><v>45404</v></c></row>';
      expect(rowsOf(sheetData, STYLES_PART(id))).toEqual([['2024-04-22T09:30:00', '2024-04-22']]);
      const theirs = await exceljsView(
        workbookXlsx({ sheetData, extraParts: [['xl/styles.xml', STYLES_PART(id)]] }),
        'f',
      );
      expect(theirs!.sheets[0]!.rows[0]!.cells).toEqual([45404.395833333336, 45404]);
    },
  );

  it('the 1904 date system written as true counts too (exceljs knew only "1")', () => {
    const cell = '<row r="1"><c r="A1" s="1"><v>43942</v></c></row>';
    expect(rowsOf(cell, STYLES_PART(14), '<workbookPr date1904="true"/>')).toEqual([['2024-04-22']]);
    expect(rowsOf(cell, STYLES_PART(14))).toEqual([['2020-04-21']]);
  });

  it('rows and cells without their r follow the ones before them (exceljs refused the sheet)', () => {
    expect(
      rowsOf(
        '<row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>',
      ),
    ).toEqual([[1, 2], [], ['', 3, 4], [5]]);
  });

  it('a phonetic guide in an inline string is not part of its text (exceljs appended it)', () => {
    expect(
      rowsOf('<row r="1"><c r="A1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c></row>'),
    ).toEqual([['漢字']]);
  });
});

describe('damage the streaming reader names', () => {
  const refusal = (sheetData: string): string => {
    try {
      readXlsxRoster(workbookXlsx({ sheetData }), 'f.xlsx');
    } catch (error) {
      if (error instanceof CapturePlanError && error.problems[0]!.key === 'corruptXlsx')
        return String((error.problems[0]!.params as { reason: string }).reason);
    }
    return 'read';
  };

  it('a shared string that is not there, naming the cell', () => {
    expect(refusal('<row r="1"><c r="B1" t="s"><v>7</v></c></row>')).toBe(
      'xl/worksheets/sheet1.xml: cell B1 refers to shared string 7, which is not there',
    );
  });

  it('XML that does not parse, naming the part and the place', () => {
    expect(refusal('<row r="1"><c r="A1"><v>1</v></row>')).toMatch(
      /^xl\/worksheets\/sheet1\.xml: 1:\d+: unexpected close tag/,
    );
    expect(refusal('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>')).toMatch(/undefined entity/);
  });

  it("a cell past Excel's last column", () => {
    expect(refusal('<row r="1"><c r="XFE1"><v>1</v></c></row>')).toMatch(/cell XFE1 is past Excel's last column/);
  });
});
