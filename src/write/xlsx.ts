import type { NoticeTable, TableModel } from '../core/notice/notice-table.js';
import { widthOf } from './display-width.js';
import { WorkbookXml } from './spreadsheet/workbook.js';
import { type SheetContext, type SheetExtras, tableSheet } from './xlsx-sheet.js';
import { registerStyles } from './xlsx-styles.js';

const FONT = 'SimSun';

/**
 * The timetable workbook: the notice's table, every class's exact times, the sign-in sheet and a summary, each
 * print-ready. Written as SpreadsheetML directly (spreadsheet/): a province-sized plan costs one string per row, not
 * a tree of cell objects; dated `stamp`, so the same plan gives the same bytes.
 */
export async function renderXlsx(notice: NoticeTable, stamp: Date): Promise<Buffer> {
  const workbook = new WorkbookXml(FONT);
  const { sheetNames } = notice;
  const tables = [
    notice.table,
    notice.detail,
    notice.signIn,
    notice.counselors,
    ...(notice.campus ? [notice.campus.table] : []),
  ];
  const context: SheetContext = {
    workbook,
    styles: registerStyles(workbook),
    width: await widthOf(textsOf(tables, notice.headline)),
    title: notice.headline,
    continued: notice.continued,
  };
  const sheet = (name: string, model: TableModel, extras: SheetExtras) => tableSheet(context, name, model, extras);
  sheet(sheetNames.timetable, notice.table, {
    totals: notice.totals,
    ...(notice.warning ? { note: notice.warning } : {}),
  });
  sheet(sheetNames.times, notice.detail, {});
  const { fee } = notice;
  sheet(sheetNames.signIn, notice.signIn, { rowHeight: 24, ...(fee ? { totals: fee.signInTotals } : {}) });
  sheet(sheetNames.summary, notice.counselors, { settings: notice, ...(fee ? { totals: fee.counselorTotals } : {}) });
  if (notice.campus)
    sheet(sheetNames.campus, notice.campus.table, {
      totals: notice.campus.totals,
      ...(notice.campus.notes.length > 0 ? { note: notice.campus.notes.join('\n') } : {}),
    });
  return workbook.toZip(stamp, 'capture-plan');
}

/** Every label and cell text of the tables, and the title, without gathering them into one big array. */
function* textsOf(tables: readonly TableModel[], title: string): Iterable<string> {
  yield title;
  for (const table of tables) {
    for (const column of table.columns) yield column.label;
    for (const row of table.rows) for (const cell of row.cells) yield cell.text;
  }
}
