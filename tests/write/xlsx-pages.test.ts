import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { noticeTable } from '../../src/core/notice/notice-table.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { fitScale, pageHeight } from '../../src/write/spreadsheet/page.js';
import { renderXlsx } from '../../src/write/xlsx.js';
import { seedRoster, settingsOf } from '../helpers.js';
import { bigNotice, LONG_CLASSES, longNameNotice } from './print-rosters.js';

const STAMP = new Date('2024-04-22T00:00:00Z');

/** The rows after which xl/worksheets/sheetN.xml breaks pages (exceljs does not read them back). */
function rowBreaks(bytes: Buffer, sheet: number): number[] {
  const name = `xl/worksheets/sheet${sheet}.xml`;
  const xml = inflateRawSync(bytes.subarray(bytes.indexOf(name) + name.length)).toString('utf8');
  return [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
}

async function workbookOf(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The printed pages of a sheet: the rows of each, from the breaks, below the title and header rows. */
function pagesOf(breaks: number[], lastRow: number): { first: number; last: number }[] {
  const bounds = [2, ...breaks, lastRow];
  return bounds.slice(1).map((last, i) => ({ first: bounds[i]! + 1, last }));
}

describe('the timetable as printed: row heights and page breaks', () => {
  it('a 300-class plan over 3 days and 2 rooms: no merge crosses a page, each page repeats its labels', async () => {
    const notice = bigNotice();
    const bytes = await renderXlsx(notice, STAMP);
    const sheet = (await workbookOf(bytes)).worksheets[0]!;
    const breaks = rowBreaks(bytes, 1);
    const merges = (sheet.model as { merges: string[] }).merges.map((ref) => {
      const [, top, bottom] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(ref)!;
      return { top: Number(top), bottom: Number(bottom), ref };
    });
    expect(breaks.length).toBeGreaterThan(4);
    for (const m of merges)
      expect(
        breaks.filter((b) => b >= m.top && b < m.bottom),
        m.ref,
      ).toEqual([]);
    const last = 2 + notice.table.rows.length;
    const keys = notice.table.columns.map((c) => c.key);
    const widths = keys.map((_, i) => sheet.getColumn(i + 1).width!);
    const page = pageHeight(fitScale(widths));
    const heights = (first: number, lastRow: number) => {
      let sum = 0;
      for (let r = first; r <= lastRow; r++) sum += sheet.getRow(r).height;
      return sum;
    };
    let continued = 0;
    pagesOf(breaks, last).forEach(({ first, last: end }, i) => {
      // every merged label is on the page's first row: the counselor, room, date and time of its first class
      for (const key of ['counselor', 'room', 'date', 'time'] as const) {
        const text = String(sheet.getCell(first, keys.indexOf(key) + 1).value ?? '');
        expect(text, `${key} on the page starting at row ${first}`).not.toBe('');
        if (text.endsWith('(续)')) continued++;
      }
      expect(heights(first, end)).toBeLessThanOrEqual(
        page - sheet.getRow(2).height - (i === 0 ? sheet.getRow(1).height : 0),
      );
    });
    expect(continued).toBeGreaterThan(breaks.length);
    // the labels repeated are their group's: the counselor over the page's first class
    const counselorCol = keys.indexOf('counselor');
    for (const b of breaks) {
      const seq = Number(sheet.getCell(b + 1, 1).value);
      const counselor = notice.table.rows[seq - 1]!.cells[counselorCol]!.text;
      expect([counselor, `${counselor}(续)`]).toContain(sheet.getCell(b + 1, counselorCol + 1).value);
    }
  });

  it('long names: rows as tall as their wrapped text, columns of merged labels at most 20 wide', async () => {
    const notice = longNameNotice();
    const bytes = await renderXlsx(notice, STAMP);
    const sheet = (await workbookOf(bytes)).worksheets[0]!;
    const classCol = notice.table.columns.findIndex((c) => c.key === 'class') + 1;
    const heightsOf = (name: string) => {
      const found: number[] = [];
      sheet.eachRow((row) => {
        if (String(row.getCell(classCol).value).startsWith(name)) found.push(row.height);
      });
      return [...new Set(found)].sort();
    };
    expect(sheet.getColumn(classCol).width).toBe(40);
    // 54 columns of text in 36 a line: two lines; 网络工程N班 one
    expect(heightsOf(LONG_CLASSES[0]!)).toEqual([33]);
    expect(heightsOf('网络工程')[0]).toBe(15);
    // merged columns are at most 20 wide: the long counselor and college names wrap within their rows
    for (const key of ['college', 'counselor'] as const)
      expect(sheet.getColumn(notice.table.columns.findIndex((c) => c.key === key) + 1).width).toBe(20);
    expect(rowBreaks(bytes, 1).length).toBeGreaterThan(0);
  });

  it('the seed roster prints on one page: one-line rows 15 pt, no page break', async () => {
    const plan = schedule(seedRoster(), settingsOf());
    const bytes = await renderXlsx(noticeTable(plan, { lang: 'en', round: 10, gather: 10 }), STAMP);
    const sheet = (await workbookOf(bytes)).worksheets[0]!;
    expect(rowBreaks(bytes, 1)).toEqual([]);
    expect(new Set(Array.from({ length: 30 }, (_, i) => sheet.getRow(3 + i).height))).toEqual(new Set([15]));
    expect(sheet.getRow(1).height).toBe(30);
  });

  it('in English a repeated label reads “(cont.)”', async () => {
    const sheet = (await workbookOf(await renderXlsx(bigNotice('en'), STAMP))).worksheets[0]!;
    const repeated = new Set<string>();
    sheet.eachRow((row) => {
      row.eachCell((c) => {
        const text = String(c.value);
        if (text.includes('(')) repeated.add(text.replace(/^.*?(\s?\(.*\))$/, '$1'));
      });
    });
    expect([...repeated]).toEqual([' (cont.)']);
  });
});
