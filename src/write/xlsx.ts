import type { NoticeCell, NoticeTable, TableModel } from '../core/notice/notice-table.js';
import { type WidthOf, widthOf } from './display-width.js';
import type { CellValue } from './spreadsheet/sheet.js';
import type { CellStyle } from './spreadsheet/styles.js';
import { WorkbookXml } from './spreadsheet/workbook.js';

const FONT = 'SimSun';
const RED = 'FFC00000';
const NUMERIC = new Set(['seq', 'headcount', 'classes', 'people']);
/** Columns of amounts in yuan: numbers too, with two decimals when the run shows cents. */
const MONEY = new Set(['fee']);

/**
 * The timetable workbook: the notice's table, every class's exact times, the sign-in sheet and a summary, each
 * print-ready. Written as SpreadsheetML directly (spreadsheet/): a province-sized plan costs one string per row, not
 * a tree of cell objects; dated `stamp`, so the same plan gives the same bytes.
 */
export async function renderXlsx(notice: NoticeTable, stamp: Date): Promise<Buffer> {
  const workbook = new WorkbookXml(FONT);
  const styles = registerStyles(workbook);
  const { sheetNames } = notice;
  const tables = [
    notice.table,
    notice.detail,
    notice.signIn,
    notice.counselors,
    ...(notice.campus ? [notice.campus.table] : []),
  ];
  const width = await widthOf(textsOf(tables));
  const sheet = (name: string, model: TableModel, extras: SheetExtras) =>
    tableSheet(workbook, styles, width, name, notice.headline, model, extras);
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

interface SheetExtras {
  totals?: NoticeCell[];
  /** A full-width red note under the table: the plan does not fit. */
  note?: string;
  rowHeight?: number;
  /** The settings used, below the table. */
  settings?: Pick<NoticeTable, 'settingsHeading' | 'settings'>;
}

/** A print-ready sheet: a title row, a bold header repeated on every page, bordered rows, merges. */
function tableSheet(
  workbook: WorkbookXml,
  styles: Styles,
  width: WidthOf,
  name: string,
  title: string,
  model: TableModel,
  extras: SheetExtras,
): void {
  const keys = model.columns.map((c) => c.key);
  const columns = keys.length;
  const widths = model.columns.map((column, col) => {
    const texts = [column.label, ...(extras.totals ? [extras.totals[col]!.text] : [])];
    return Math.min(40, Math.max(8, widest(texts, model, col, width)) + 3);
  });
  const sheet = workbook.addSheet(name, { widths, frozenRows: 2, repeatedRow: 2 });
  const across = (style: number) => Array.from({ length: columns }, () => style);
  const cents = keys.map((key, col) => MONEY.has(key) && model.rows.some((row) => row.cells[col]!.text.includes('.')));
  const body = (kind: keyof Styles['cells']) =>
    keys.map((key, col) =>
      key === 'class' ? styles.cells[kind].left : cents[col] ? styles.cents(kind) : styles.cells[kind].centre,
    );

  sheet.addRow([title], across(styles.title), 30);
  sheet.merge(1, 1, 1, columns);
  sheet.addRow(
    model.columns.map((c) => c.label),
    styles.header,
    20,
  );
  const bodyStyles = body('body');
  const overflowStyles = body('overflow');
  for (const row of model.rows) {
    const r = sheet.addRow(
      row.cells.map((c, col) => cellValue(c, keys[col]!)),
      row.overflow ? overflowStyles : bodyStyles,
      extras.rowHeight,
    );
    row.cells.forEach((c, col) => {
      if (c.rowSpan > 1) sheet.merge(r, col + 1, r + c.rowSpan - 1, col + 1);
    });
  }
  if (extras.totals)
    sheet.addRow(
      extras.totals.map((c, col) => cellValue(c, keys[col]!)),
      body('total'),
    );
  if (extras.note) {
    sheet.addRow([]);
    const r = sheet.addRow([extras.note], across(styles.note), 48);
    sheet.merge(r, 1, r, columns);
  }
  if (extras.settings) {
    sheet.addRow([]);
    sheet.addRow([extras.settings.settingsHeading], styles.bold);
    const settingStyles = [styles.bold, ...across(styles.plain).slice(1)];
    for (const { label, value } of extras.settings.settings) {
      const r = sheet.addRow([label, value], settingStyles);
      sheet.merge(r, 2, r, Math.max(2, columns));
    }
  }
}

/**
 * The largest display width (CJK counts 2) in column `col` and among `texts`, measuring only what could beat the widest
 * so far.
 */
function widest(texts: readonly string[], model: TableModel, col: number, width: WidthOf): number {
  let max = 0;
  const measure = (text: string) => {
    if (text.length * 2 > max) max = Math.max(max, width(text));
  };
  texts.forEach(measure);
  for (const row of model.rows) measure(row.cells[col]!.text);
  return max;
}

/** Every label and cell text of the tables, without gathering them into one big array. */
function* textsOf(tables: readonly TableModel[]): Iterable<string> {
  for (const table of tables) {
    for (const column of table.columns) yield column.label;
    for (const row of table.rows) for (const cell of row.cells) yield cell.text;
  }
}

const CENTRE = { horizontal: 'center', vertical: 'center', wrap: true } as const;
const FONTS = { body: {}, overflow: { color: RED }, total: { bold: true } } as const;

/** The style numbers the sheets use, registered once per workbook. */
interface Styles {
  title: number;
  header: number;
  note: number;
  bold: number;
  plain: number;
  /**
   * Body cells: bordered, class names left-aligned and the rest centred; red past the last session, bold for totals.
   */
  cells: Record<keyof typeof FONTS, { left: number; centre: number }>;
  /**
   * A centred body cell whose number shows two decimals; registered on first use, so a workbook without such amounts
   * has the styles it always had.
   */
  cents: (kind: keyof typeof FONTS) => number;
}

function registerStyles(workbook: WorkbookXml): Styles {
  const add = (style: CellStyle) => workbook.style(style);
  const cell = (font: CellStyle['font']) => ({
    left: add({ font, border: true, ...CENTRE, horizontal: 'left' }),
    centre: add({ font, border: true, ...CENTRE }),
  });
  return {
    title: add({ font: { bold: true, size: 14 }, ...CENTRE }),
    header: add({ font: { bold: true }, border: true, fill: 'FFE8EEF7', ...CENTRE }),
    note: add({ font: { bold: true, color: RED }, vertical: 'top', wrap: true }),
    bold: add({ font: { bold: true } }),
    plain: add({}),
    cells: { body: cell(FONTS.body), overflow: cell(FONTS.overflow), total: cell(FONTS.total) },
    cents: (kind) => add({ font: FONTS[kind], border: true, ...CENTRE, twoDecimals: true }),
  };
}

/**
 * Numbers stay numbers (people can sum them); everything else is a shared-string cell, never a formula, so roster
 * text starting with = + - @ stays inert text.
 */
function cellValue(c: NoticeCell, key: string): CellValue {
  if (c.rowSpan === 0 || c.text === '') return null;
  if (NUMERIC.has(key) && /^\d+$/.test(c.text)) return Number(c.text);
  if (MONEY.has(key) && /^\d+(\.\d\d)?$/.test(c.text)) return Number(c.text);
  return c.text;
}
