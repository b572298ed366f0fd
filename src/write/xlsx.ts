import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { NoticeCell, NoticeTable, TableModel } from '../core/notice-table.js';
import { widthOf, type WidthOf } from './display-width.js';
import { pinZipTimes } from './zip-times.js';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'SimSun';
const RED = 'FFC00000';
const NUMERIC = new Set(['seq', 'headcount', 'classes', 'people']);

type Sheet = ExcelJS.Worksheet;

/**
 * The timetable workbook: the notice's table, every class's exact times, the sign-in sheet and a summary. Written
 * with exceljs's streaming writer, row by row, so a province-sized plan does not hold four whole sheets in memory; the
 * zip entries it stamps with "now" are pinned to `stamp` afterwards.
 */
export async function renderXlsx(notice: NoticeTable, stamp: Date): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 1 } }, // fastest deflate: a timetable compresses well anyway, and big ones write much faster
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  workbook.creator = 'capture-plan';
  workbook.lastModifiedBy = 'capture-plan';
  workbook.created = stamp;
  workbook.modified = stamp;
  const { sheetNames } = notice;
  const tables = [notice.table, notice.detail, notice.signIn, notice.counselors];
  const width = await widthOf(tables.flatMap((t) => [...t.columns.map((c) => c.label), ...t.rows.flatMap((r) => r.cells.map((c) => c.text))]));
  tableSheet(workbook, width, sheetNames.timetable, notice.headline, notice.table, { totals: notice.totals, ...(notice.warning ? { note: notice.warning } : {}) });
  tableSheet(workbook, width, sheetNames.times, notice.headline, notice.detail, {});
  tableSheet(workbook, width, sheetNames.signIn, notice.headline, notice.signIn, { rowHeight: 24 });
  tableSheet(workbook, width, sheetNames.summary, notice.headline, notice.counselors, { settings: notice });
  await workbook.commit();
  return pinZipTimes(Buffer.concat(chunks), stamp);
}

interface SheetExtras {
  totals?: NoticeCell[];
  /** A full-width red note under the table: the plan does not fit. */
  note?: string;
  rowHeight?: number;
  /** The settings used, below the table. */
  settings?: Pick<NoticeTable, 'settingsHeading' | 'settings'>;
}

/** A print-ready sheet: a title row, a bold header repeated on every page, bordered rows, merges, page numbers. */
function tableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, width: WidthOf, name: string, title: string, model: TableModel, extras: SheetExtras): void {
  const keys = model.columns.map((c) => c.key);
  const columns = keys.length;
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printTitlesRow: '2:2',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&P / &N' },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  sheet.columns = model.columns.map((column, col) => {
    const texts = [column.label, ...model.rows.map((r) => r.cells[col]!.text), ...(extras.totals ? [extras.totals[col]!.text] : [])];
    return { width: Math.min(40, Math.max(8, widest(texts, width)) + 3) };
  });
  // exceljs merges only rows not yet written: rows are committed once no merged range still reaches below them
  let pending: [number, number, number, number][] = [];
  let openUntil = 0;
  const done = (row: ExcelJS.Row) => {
    if (row.number < openUntil) return;
    mergeDisjoint(sheet, pending);
    pending = [];
    row.commit();
  };
  const merge = (top: number, left: number, bottom: number, right: number) => {
    pending.push([top, left, bottom, right]);
    openUntil = Math.max(openUntil, bottom);
  };

  const titleRow = sheet.addRow([title]);
  titleRow.height = 30;
  titleRow.getCell(1).style = TITLE;
  merge(1, 1, 1, columns);
  done(titleRow);
  const header = sheet.addRow(model.columns.map((c) => c.label));
  header.height = 20;
  for (let col = 1; col <= columns; col++) header.getCell(col).style = HEADER;
  done(header);

  for (const row of model.rows) {
    const excelRow = sheet.addRow(row.cells.map((c, col) => cellValue(c, keys[col]!)));
    if (extras.rowHeight) excelRow.height = extras.rowHeight;
    styleRow(excelRow, keys, row.overflow ? 'overflow' : 'body');
    row.cells.forEach((c, col) => {
      if (c.rowSpan > 1) merge(excelRow.number, col + 1, excelRow.number + c.rowSpan - 1, col + 1);
    });
    done(excelRow);
  }
  if (extras.totals) {
    const totalRow = sheet.addRow(extras.totals.map((c, col) => cellValue(c, keys[col]!)));
    styleRow(totalRow, keys, 'total');
    done(totalRow);
  }
  if (extras.note) {
    done(sheet.addRow([]));
    const note = sheet.addRow([extras.note]);
    note.height = 48;
    note.getCell(1).style = NOTE;
    merge(note.number, 1, note.number, columns);
    done(note);
  }
  if (extras.settings) {
    done(sheet.addRow([]));
    const heading = sheet.addRow([extras.settings.settingsHeading]);
    heading.getCell(1).style = BOLD;
    done(heading);
    for (const { label, value } of extras.settings.settings) {
      const row = sheet.addRow([label, value]);
      row.getCell(1).style = BOLD;
      row.getCell(2).style = PLAIN;
      merge(row.number, 2, row.number, Math.max(2, columns));
      done(row);
    }
  }
  sheet.commit();
}

/** The largest display width (CJK counts 2) among texts, measuring only those that could beat the widest so far. */
function widest(texts: readonly string[], width: WidthOf): number {
  let max = 0;
  for (const text of texts) if (text.length * 2 > max) max = Math.max(max, width(text));
  return max;
}

/**
 * Merges ranges the NoticeTable guarantees never overlap. exceljs checks each new merge against every earlier one
 * (quadratic: minutes for a province-sized table), so the earlier ones are set aside while merging and put back after.
 * Relies on the streaming worksheet's `_merges` list (exceljs 4, pinned in package.json).
 */
function mergeDisjoint(sheet: Sheet, ranges: readonly (readonly [number, number, number, number])[]): void {
  const list = (sheet as unknown as { _merges: unknown[] })._merges;
  const earlier = list.splice(0, list.length);
  for (const [top, left, bottom, right] of ranges) {
    sheet.mergeCells(top, left, bottom, right);
    earlier.push(...list.splice(0, list.length));
  }
  for (const m of earlier) list.push(m);
}

const LEFT: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
const CENTRE: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const FONTS = { body: { name: FONT }, overflow: { name: FONT, color: { argb: RED } }, total: { name: FONT, bold: true } } as const;
const TITLE: Partial<ExcelJS.Style> = { font: { name: FONT, bold: true, size: 14 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
const HEADER: Partial<ExcelJS.Style> = {
  font: { name: FONT, bold: true },
  border: BORDER,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } },
};
const NOTE: Partial<ExcelJS.Style> = { font: { name: FONT, bold: true, color: { argb: RED } }, alignment: { wrapText: true, vertical: 'top' } };
const BOLD: Partial<ExcelJS.Style> = { font: { name: FONT, bold: true } };
const PLAIN: Partial<ExcelJS.Style> = { font: { name: FONT } };

/**
 * The style of every body cell, one object per kind and alignment: exceljs finds a style's id by the object's
 * identity, so sharing them turns a per-cell serialization into one per kind (several times faster on big sheets).
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
