import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { maxOf } from '../core/arrays.js';
import type { ColumnKey } from '../core/i18n/labels.js';
import { cutAtGroups } from '../core/notice/group-merges.js';
import type { NoticeCell, TableModel } from '../core/notice/notice-table.js';
import type { WidthOf } from './display-width.js';

/** Table text sizes in half-points: 10.5 pt (五号), the body size of a Chinese document; 9 pt (小五) for a wide table. */
const SIZES = [21, 18] as const;
/** Left and right padding of every cell, in twips (0.15 cm). */
const PADDING = 85;
/** Room for a font a little wider than SimSun where Word or LibreOffice substitutes one, in twips. */
const SLACK = 40;
/** The narrowest a wrapping column is squeezed to, in display columns: four CJK characters. */
const MIN_WRAPPING = 8;
/** The widest a wrapping column asks for, in display columns: sixteen CJK characters; longer names wrap. */
const MAX_WRAPPING = 32;
/** A line of table text, in twips per half-point of text size (a little over SimSun's 1.3 em), and a row's padding. */
const LINE_PER_SIZE = 15;
const ROW_PADDING = 60;
/** A table estimated taller than this share of a page is laid out to break between counselors. */
const ONE_PAGE = 0.85;

const RED = 'C00000';
const HEADER_FILL = 'E8EEF7';
const TOTALS_FILL = 'F2F4F7';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '9AA3AD' } as const;

/** Columns whose text may wrap onto more lines; the others (numbers, dates, times) keep one line when they can. */
const WRAPPING: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['class', 'college', 'counselor', 'room']);
/** Columns aligned left (long names); the rest are centred, as in the HTML notice and the workbook. */
const LEFT: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['class']);
/** Merged columns whose runs span several counselors: cut at each counselor when the table runs over a page. */
const ACROSS_COUNSELORS: readonly ColumnKey[] = ['college', 'room', 'date'];

/** The page a table is laid out for, in twips. */
export interface PageBox {
  width: number;
  height: number;
}

/**
 * A notice table as a Word table: a header row repeated on every page, bordered cells (merges as vMerge restart and
 * continue), rows that never break across pages, overflow rows in red and the totals row in bold; columns fitted to
 * the page's width, at 9 pt when 10.5 pt is too wide. A table that fits on a page is kept on one page whole; a longer
 * one keeps each counselor's classes together and repeats the college, room and date beside each counselor, so no
 * merged cell runs over a page break (unless one counselor's classes fill more than a page).
 */
export function wordTable(model: TableModel, totals: readonly NoticeCell[], width: WidthOf, page: PageBox): Table {
  const keys = model.columns.map((c) => c.key);
  const measure = spacedWidth(width);
  const { size, widths } = tableLayout(model, totals, measure, page.width);
  const tall = estimatedHeight(model, widths, size, measure) > page.height * ONE_PAGE;
  const shown = tall ? cutAtGroups(model, 'counselor', ACROSS_COUNSELORS) : model;
  const counselor = keys.indexOf('counselor');
  const cellOf = (text: string, col: number, style: CellStyle) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: LEFT.has(keys[col]!) && !style.header ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { before: 0, after: 0, line: 240 },
          children:
            text === '' ? [] : [new TextRun({ text, size, bold: style.bold, ...(style.red ? { color: RED } : {}) })],
        }),
      ],
      width: { size: widths[col]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      ...(style.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: style.fill } } : {}),
      ...(style.merge ? { verticalMerge: style.merge } : {}),
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: model.columns.map((c, col) => cellOf(c.label, col, { bold: true, header: true, fill: HEADER_FILL })),
  });
  const last = shown.rows.length - 1;
  const rows = shown.rows.map(
    (row, i) =>
      new TableRow({
        cantSplit: true,
        keepNext: !tall || i === last || (counselor >= 0 && shown.rows[i + 1]!.cells[counselor]!.rowSpan === 0),
        children: row.cells.map((c, col) =>
          cellOf(c.rowSpan === 0 ? '' : c.text, col, { bold: false, red: row.overflow, merge: mergeOf(c) }),
        ),
      }),
  );
  const foot =
    totals.length === 0
      ? []
      : [
          new TableRow({
            cantSplit: true,
            children: keys.map((_, col) => cellOf(totals[col]?.text ?? '', col, { bold: true, fill: TOTALS_FILL })),
          }),
        ];
  return new Table({
    rows: [header, ...rows, ...foot],
    width: { size: page.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: PADDING, right: PADDING, top: ROW_PADDING / 2, bottom: ROW_PADDING / 2 },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
  });
}

interface CellStyle {
  bold: boolean;
  header?: boolean;
  red?: boolean;
  fill?: string;
  merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] | undefined;
}

/** A merge head restarts a vertical merge, a covered cell continues it. */
function mergeOf(cell: NoticeCell): CellStyle['merge'] {
  if (cell.rowSpan === 0) return VerticalMergeType.CONTINUE;
  return cell.rowSpan > 1 ? VerticalMergeType.RESTART : undefined;
}

/** The text size and column widths: 10.5 pt when every column fits at its natural width, else 9 pt, squeezed. */
function tableLayout(
  model: TableModel,
  totals: readonly NoticeCell[],
  measure: WidthOf,
  available: number,
): { size: number; widths: number[] } {
  const keys = model.columns.map((c) => c.key);
  const wrapping = keys.map((k) => WRAPPING.has(k));
  const columns = keys.map((_, col) => naturalColumns(model, totals, col, measure, wrapping[col]!));
  const twips = (size: number) => columns.map((n) => n * columnTwips(size) + 2 * PADDING + SLACK);
  const [large, small] = SIZES;
  const natural = twips(large);
  if (natural.reduce((a, b) => a + b, 0) <= available)
    return { size: large, widths: columnWidths(natural, wrapping, available, large) };
  return { size: small, widths: columnWidths(twips(small), wrapping, available, small) };
}

/** One display column (half a CJK character) at a text size in half-points, in twips. */
function columnTwips(size: number): number {
  return size * 5;
}

/** The display columns a column takes to show its widest text (label, cells, totals) on one line, capped when it wraps. */
function naturalColumns(
  model: TableModel,
  totals: readonly NoticeCell[],
  col: number,
  measure: WidthOf,
  wrapping: boolean,
): number {
  let widest = measure(model.columns[col]!.label);
  const consider = (text: string) => {
    if (text.length * 2.5 > widest) widest = Math.max(widest, measure(text));
  };
  for (const row of model.rows) consider(row.cells[col]!.text);
  consider(totals[col]?.text ?? '');
  return wrapping ? Math.min(widest, MAX_WRAPPING) : widest;
}

/**
 * Column widths in whole twips adding up to `available`: each column's natural width, the spare room shared out in
 * proportion; when they are too wide together, the wrapping columns give way (in proportion, none below four CJK
 * characters at `size`), and only if that is not enough does every column shrink in proportion.
 */
export function columnWidths(
  natural: readonly number[],
  wrapping: readonly boolean[],
  available: number,
  size: number,
): number[] {
  const total = natural.reduce((a, b) => a + b, 0);
  const spread = () =>
    rounded(
      natural.map((w) => (w * available) / total),
      available,
    );
  if (total <= available) return spread();
  const floor = MIN_WRAPPING * columnTwips(size) + 2 * PADDING + SLACK;
  const fixed = natural.reduce((sum, w, i) => sum + (wrapping[i] ? Math.min(w, floor) : w), 0);
  const give = natural.reduce((sum, w, i) => sum + (wrapping[i] ? Math.max(0, w - floor) : 0), 0);
  if (fixed >= available || give === 0) return spread();
  const keep = (available - fixed) / give;
  return rounded(
    natural.map((w, i) => (wrapping[i] && w > floor ? floor + (w - floor) * keep : w)),
    available,
  );
}

/** Whole twips adding up to exactly `available`: the rounding remainder goes to the widest column. */
function rounded(widths: readonly number[], available: number): number[] {
  const whole = widths.map(Math.floor);
  const widest = whole.indexOf(maxOf(whole));
  whole[widest]! += available - whole.reduce((a, b) => a + b, 0);
  return whole;
}

/** The table's height in twips, from the lines each row's unmerged cells wrap to (merged cells are spread over rows). */
function estimatedHeight(model: TableModel, widths: readonly number[], size: number, measure: WidthOf): number {
  const line = size * LINE_PER_SIZE;
  const fits = widths.map((w) => Math.max(1, (w - 2 * PADDING) / columnTwips(size)));
  const linesOf = (texts: readonly string[]) =>
    maxOf(
      texts.map((text, col) => Math.ceil(measure(text) / fits[col]!)),
      1,
    );
  let height = (linesOf(model.columns.map((c) => c.label)) + 1) * (line + ROW_PADDING);
  for (const row of model.rows)
    height += linesOf(row.cells.map((c) => (c.rowSpan === 1 ? c.text : ''))) * line + ROW_PADDING;
  return height;
}

/**
 * Display width with the space Word and WPS add between CJK text and Latin letters or digits (a quarter of a CJK
 * character, half a display column, at each change): 2024年4月22日 takes 15.5 columns, not 13.
 */
function spacedWidth(width: WidthOf): WidthOf {
  return (text) => {
    let changes = 0;
    for (let i = 1; i < text.length; i++) if (isCjk(text.charCodeAt(i - 1)) !== isCjk(text.charCodeAt(i))) changes++;
    return width(text) + changes / 2;
  };
}

function isCjk(code: number): boolean {
  return code >= 0x2e80;
}
