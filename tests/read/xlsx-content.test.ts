import { describe, expect, it } from 'vitest';
import { diffWorkbooks, xlsxContent } from '../../src/read/xlsx-content.js';
import { WorkbookXml } from '../../src/write/spreadsheet/workbook.js';

/** A timetable-like sheet: a merged title, a header, and the counselor merged down two classes. */
function timetable(edit: { headcount?: number; mergeCounselor?: boolean } = {}): Buffer {
  const book = new WorkbookXml('SimSun');
  const sheet = book.addSheet('拍摄安排', { widths: [12, 8, 10], frozenRows: 2, repeatedRow: 2 });
  sheet.addRow(['2024年4月22日 拍摄安排']);
  sheet.merge(1, 1, 1, 3);
  sheet.addRow(['班级', '人数', '辅导员']);
  sheet.addRow(['软件20211', 31, '杜宇飞']);
  sheet.addRow(['软件20212', edit.headcount ?? 28, null], book.style({ border: true }));
  if (edit.mergeCounselor ?? true) sheet.merge(3, 3, 4, 3);
  return book.toZip(new Date('2024-04-22T00:00:00Z'), 'capture-plan');
}

describe('xlsxContent and diffWorkbooks (build --check)', () => {
  it('reads cells and merges, and finds no difference between the same workbooks', async () => {
    const content = (await xlsxContent(timetable()))!;
    expect(
      content.sheets.map((s) => [s.name, s.merges, s.cells.get('C3'), s.cells.get('C4'), s.cells.get('B4')]),
    ).toEqual([['拍摄安排', ['A1:C1', 'C3:C4'], '"杜宇飞"', undefined, '28']]);
    expect(diffWorkbooks(content, (await xlsxContent(timetable()))!)).toEqual([]);
  });

  it('names a changed cell and a merge that went away', async () => {
    const before = (await xlsxContent(timetable()))!;
    const after = (await xlsxContent(timetable({ headcount: 29, mergeCounselor: false })))!;
    expect(diffWorkbooks(before, after)).toEqual(['  拍摄安排!B4: 28 → 29', '- 拍摄安排!C3:C4']);
  });

  it('is undefined for bytes that are not a workbook', async () => {
    expect(await xlsxContent(Buffer.from('not a zip'))).toBeUndefined();
  });
});
