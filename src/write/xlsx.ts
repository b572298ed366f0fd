import ExcelJS from 'exceljs';
import { displayWidth } from './display-width.js';
import type { NoticeCell, NoticeTable, TableModel } from '../core/notice-table.js';
import { pinZipTimes } from './zip-times.js';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'SimSun';
const RED = 'FFC00000';
const NUMERIC = new Set(['seq', 'headcount', 'classes', 'people']);

/** The timetable workbook: the notice's table, every class's exact times, the sign-in sheet and a summary. */
export async function renderXlsx(notice: NoticeTable, stamp: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'capture-plan';
  workbook.lastModifiedBy = 'capture-plan';
  workbook.created = stamp;
  workbook.modified = stamp;
  const { sheetNames } = notice;
  const main = addTableSheet(workbook, sheetNames.timetable, notice.headline, notice.table, notice.totals);
  if (notice.warning) addNote(main, notice.warning, notice.table.columns.length);
  addTableSheet(workbook, sheetNames.times, notice.headline, notice.detail);
  const signIn = addTableSheet(workbook, sheetNames.signIn, notice.headline, notice.signIn);
  signIn.eachRow((row, n) => {
    if (n > 2) row.height = 24;
  });
  const summary = addTableSheet(workbook, sheetNames.summary, notice.headline, notice.counselors);
  addSettings(summary, notice);
  // fastest deflate: a timetable compresses well anyway, and big ones write several times faster
  return pinZipTimes(Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions)), stamp);
}

/** A print-ready sheet: a title row, a bold header repeated on every page, bordered rows, merges, page numbers. */
function addTableSheet(workbook: ExcelJS.Workbook, name: string, title: string, model: TableModel, totals?: NoticeCell[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '&C&P / &N' },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  const width = model.columns.length;
  const titleRow = sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, width);
  titleRow.font = { name: FONT, bold: true, size: 14 };
  titleRow.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  titleRow.height = 30;

  const header = sheet.addRow(model.columns.map((c) => c.label));
  header.height = 20;
  header.eachCell((c) => {
    c.font = { name: FONT, bold: true };
    c.border = BORDER;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  sheet.pageSetup.printTitlesRow = '2:2';

  const keys = model.columns.map((c) => c.key);
  for (const row of model.rows) styleRow(sheet.addRow(row.cells.map((c, col) => cellValue(c, keys[col]!))), keys, row.overflow ? 'overflow' : 'body');
  mergeDisjoint(sheet, model.rows.flatMap((row, i) => row.cells.flatMap((c, col) => (c.rowSpan > 1 ? [[header.number + 1 + i, col + 1, header.number + i + c.rowSpan, col + 1] as const] : []))));
  if (totals) {
    const totalRow = sheet.addRow(totals.map((c, col) => cellValue(c, keys[col]!)));
    styleRow(totalRow, keys, 'total');
  }
  model.columns.forEach((column, col) => {
    const texts = [column.label, ...model.rows.map((r) => r.cells[col]!.text), ...(totals ? [totals[col]!.text] : [])];
    sheet.getColumn(col + 1).width = Math.min(40, Math.max(8, widest(texts)) + 3);
  });
  return sheet;
}

/** The largest display width (CJK counts 2) among texts, measuring only those that could beat the widest so far. */
function widest(texts: readonly string[]): number {
  let max = 0;
  for (const text of texts) if (text.length * 2 > max) max = Math.max(max, displayWidth(text));
  return max;
}

/**
 * Merges ranges the NoticeTable guarantees never overlap. exceljs checks each new merge against every earlier one
 * (quadratic: minutes for a province-sized table), so the earlier ones are set aside while merging and put back after.
 * Relies on exceljs 4's `_merges` index of the worksheet (the version is pinned in package.json).
 */
function mergeDisjoint(sheet: ExcelJS.Worksheet, ranges: readonly (readonly [number, number, number, number])[]): void {
  const index = (sheet as unknown as { _merges: Record<string, unknown> })._merges;
  const done: Record<string, unknown> = {};
  for (const [top, left, bottom, right] of ranges) {
    sheet.mergeCells(top, left, bottom, right);
    Object.assign(done, index);
    for (const key of Object.keys(index)) delete index[key];
  }
  Object.assign(index, done);
}

/** A full-width note under the table, in red: the plan does not fit. */
function addNote(sheet: ExcelJS.Worksheet, text: string, width: number): void {
  sheet.addRow([]);
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  row.font = { name: FONT, bold: true, color: { argb: RED } };
  row.alignment = { wrapText: true, vertical: 'top' };
  row.height = 48;
}

/** The settings used, as label/value rows below the counselor table. */
function addSettings(sheet: ExcelJS.Worksheet, notice: NoticeTable): void {
  sheet.addRow([]);
  const heading = sheet.addRow([notice.settingsHeading]);
  heading.font = { name: FONT, bold: true };
  for (const { label, value } of notice.settings) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { name: FONT, bold: true };
    row.getCell(2).font = { name: FONT };
    sheet.mergeCells(row.number, 2, row.number, Math.max(2, sheet.columnCount));
  }
}

const LEFT: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
const CENTRE: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const FONTS = { body: { name: FONT }, overflow: { name: FONT, color: { argb: RED } }, total: { name: FONT, bold: true } } as const;

/**
 * The style of every body cell, one object per kind and alignment: exceljs finds a style's id by the object's
 * identity, so sharing them turns a per-cell serialization into one per kind (several times faster on big sheets).
 * Never assign to a property of a cell styled with these (that would change them all); give it a new style instead.
 */
const STYLES = Object.fromEntries(
  (Object.keys(FONTS) as (keyof typeof FONTS)[]).map((kind) => [
    kind,
    { left: { border: BORDER, font: FONTS[kind], alignment: LEFT }, centre: { border: BORDER, font: FONTS[kind], alignment: CENTRE } },
  ]),
) as Record<keyof typeof FONTS, { left: Partial<ExcelJS.Style>; centre: Partial<ExcelJS.Style> }>;

/** Borders on every cell, class names left-aligned, the rest centred; red past the last session, bold for totals. */
function styleRow(row: ExcelJS.Row, keys: readonly string[], kind: keyof typeof FONTS): void {
  keys.forEach((key, i) => {
    row.getCell(i + 1).style = key === 'class' ? STYLES[kind].left : STYLES[kind].centre;
  });
}

/**
 * Numbers stay numbers (people can sum them); everything else is a string cell. exceljs writes a string value as a
 * shared string, never as a formula, so roster text starting with = + - @ stays inert text.
 */
function cellValue(c: NoticeCell, key: string): ExcelJS.CellValue {
  if (c.rowSpan === 0 || c.text === '') return null;
  if (NUMERIC.has(key) && /^\d+$/.test(c.text)) return Number(c.text);
  return c.text;
}
