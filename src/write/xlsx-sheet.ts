import { maxOf } from '../core/arrays.js';
import type { ColumnKey } from '../core/i18n/labels.js';
import type { NoticeCell, NoticeTable, TableModel } from '../core/notice/notice-table.js';
import type { WidthOf } from './display-width.js';
import { paginate } from './paginate.js';
import { type Measure, measureIn, type Part, splitAtPages, tableRows } from './sheet-layout.js';
import { columnCapacity, fitScale, pageHeight, ROW_HEIGHT, rowHeight, widthFor } from './spreadsheet/page.js';
import type { CellValue } from './spreadsheet/sheet.js';
import type { WorkbookXml } from './spreadsheet/workbook.js';
import { lineCount } from './wrap-lines.js';
import type { Styles } from './xlsx-styles.js';

const NUMERIC = new Set(['seq', 'headcount', 'classes', 'people']);
/** Columns of amounts in yuan: numbers too, with two decimals when the run shows cents. */
const MONEY = new Set(['fee']);
/**
 * The widest a column of merged labels (counselor, college, date, time) gets: a long label wraps within the rows it
 * spans instead of widening the table, which would print every page smaller.
 */
const MERGED_WIDTH = 20;
/**
 * What cutting a merged range that would fit on a page costs, in pages of paper: a day or a room is cut where that
 * saves half a page, a time slot where it saves a quarter; a counselor's or college's group is not cut to save paper.
 */
const CUT_COST: Partial<Record<ColumnKey, number>> = { room: 0.5, date: 0.5, time: 0.25 };
const GROUP_CUT_COST = 2;
const TITLE_FONT = { size: 14, bold: true };
const BOLD = { size: 11, bold: true };

/** What a sheet has besides its table. */
export interface SheetExtras {
  totals?: NoticeCell[];
  /** A full-width red note under the table: the plan does not fit. */
  note?: string;
  /** The least height of a table row. */
  rowHeight?: number;
  /** The settings used, below the table. */
  settings?: Pick<NoticeTable, 'settingsHeading' | 'settings'>;
}

/** What every table sheet of a workbook shares: the workbook, its styles, the width measure, the title. */
export interface SheetContext {
  workbook: WorkbookXml;
  styles: Styles;
  width: WidthOf;
  title: string;
  /** Appended to a merged label repeated on a later page. */
  continued: string;
}

/** A row under the table: its cells, their styles, its height, and the column its merge to the right edge starts at. */
interface Trailing {
  values: CellValue[];
  styles: readonly number[] | number;
  height: number;
  mergeFrom?: number;
}

/**
 * A print-ready sheet: a title row, a bold header repeated on every page, bordered rows, merges; every row as tall as
 * its wrapped text, and, where the table merges cells, pages broken between groups, a group's labels repeated on each
 * page it spans.
 */
export function tableSheet(context: SheetContext, name: string, model: TableModel, extras: SheetExtras): void {
  const { workbook, styles, width } = context;
  const keys = model.columns.map((c) => c.key);
  const columns = keys.length;
  const widths = model.columns.map((column, col) => {
    const texts = [column.label, ...(extras.totals ? [extras.totals[col]!.text] : [])];
    const merged = model.rows.some((row) => row.cells[col]!.rowSpan > 1);
    const text = widest(texts, model, col, width);
    return Math.min(merged ? MERGED_WIDTH : 40, Math.max(Math.max(8, text) + 3, widthFor(text)));
  });
  const capacities = widths.map((w) => columnCapacity(w));
  const across = (style: number) => Array.from({ length: columns }, () => style);
  const cents = keys.map((key, col) => MONEY.has(key) && model.rows.some((row) => row.cells[col]!.text.includes('.')));
  const body = (kind: keyof Styles['cells']) =>
    keys.map((key, col) =>
      key === 'class' ? styles.cells[kind].left : cents[col] ? styles.cents(kind) : styles.cells[kind].centre,
    );
  const values = (cells: readonly NoticeCell[]) => cells.map((c, col) => cellValue(c, keys[col]!));
  const bold = measureIn(capacities, width, BOLD);
  const tallest = (texts: readonly string[], measure: Measure, minimum: number) =>
    maxOf(
      texts.map((text, col) => measure(text, col, minimum)),
      minimum,
    );

  const rows = tableRows(model, measureIn(capacities, width), extras.rowHeight ?? ROW_HEIGHT, context.continued);
  const full = widths.reduce((a, b) => a + b, 0);
  const titleHeight = rowHeight(lineCount(context.title, columnCapacity(full, TITLE_FONT), width), 30, TITLE_FONT);
  const headerHeight = tallest(
    model.columns.map((c) => c.label),
    bold,
    20,
  );
  const trailing: Trailing[] = [];
  const blank: Trailing = { values: [], styles: 0, height: ROW_HEIGHT };
  if (extras.totals) {
    const height = tallest(
      extras.totals.map((c) => c.text),
      bold,
      ROW_HEIGHT,
    );
    trailing.push({ values: values(extras.totals), styles: body('total'), height });
  }
  if (extras.note) {
    const height = rowHeight(lineCount(extras.note, columnCapacity(full, BOLD), width), 30, BOLD);
    trailing.push(blank, { values: [extras.note], styles: across(styles.note), height, mergeFrom: 1 });
  }
  if (extras.settings) {
    trailing.push(blank, { values: [extras.settings.settingsHeading], styles: styles.bold, height: ROW_HEIGHT });
    const valueCapacity = columnCapacity(full - widths[0]!);
    const settingStyles = [styles.bold, ...across(styles.plain).slice(1)];
    for (const { label, value } of extras.settings.settings) {
      const height = rowHeight(lineCount(value, valueCapacity, width), ROW_HEIGHT);
      trailing.push({ values: [label, value], styles: settingStyles, height, mergeFrom: 2 });
    }
  }

  const heights = [...rows.heights, ...trailing.map((row) => row.height)];
  const page = pageHeight(fitScale(widths));
  const pages = rows.spans.some((spans) => spans.length > 0)
    ? paginate(
        heights,
        rows.spans.map((spans, col) => ({ spans, cutCost: CUT_COST[keys[col]!] ?? GROUP_CUT_COST })),
        { first: page - titleHeight - headerHeight, next: page - headerHeight, step: 0.75 },
      )
    : { starts: [], heights };
  const parts = splitAtPages(rows.spans, pages.starts, context.continued);
  const repeated = continuedHeads(parts);

  const sheet = workbook.addSheet(name, { widths, frozenRows: 2, repeatedRow: 2 });
  sheet.addRow([context.title], across(styles.title), titleHeight);
  sheet.merge(1, 1, 1, columns);
  sheet.addRow(
    model.columns.map((c) => c.label),
    styles.header,
    headerHeight,
  );
  const top = sheet.nextRow;
  const bodyStyles = body('body');
  const overflowStyles = body('overflow');
  model.rows.forEach((row, i) => {
    const cells = values(row.cells);
    for (const head of repeated.get(i) ?? []) cells[head.column] = head.text;
    sheet.addRow(cells, row.overflow ? overflowStyles : bodyStyles, pages.heights[i]);
  });
  parts.forEach((column, col) => {
    for (const part of column)
      if (part.last > part.first) sheet.merge(top + part.first, col + 1, top + part.last, col + 1);
  });
  trailing.forEach((row, i) => {
    const r = sheet.addRow(row.values, row.styles, pages.heights[model.rows.length + i]);
    if (row.mergeFrom) sheet.merge(r, row.mergeFrom, r, Math.max(row.mergeFrom, columns));
  });
  for (const start of pages.starts) sheet.breakAfter(top + start - 1);
}

/** The first rows of the parts that repeat a label, by row: the column and the label to write there. */
function continuedHeads(parts: readonly Part[][]): Map<number, { column: number; text: string }[]> {
  const heads = new Map<number, { column: number; text: string }[]>();
  parts.forEach((column, col) => {
    for (const part of column) {
      if (!part.continued) continue;
      const list = heads.get(part.first) ?? [];
      list.push({ column: col, text: part.text });
      heads.set(part.first, list);
    }
  });
  return heads;
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
