import type { TableModel } from '../core/notice/notice-table.js';
import type { WidthOf } from './display-width.js';
import type { Span } from './paginate.js';
import { BODY, ROW_HEIGHT, rowHeight, type TextFont } from './spreadsheet/page.js';
import { lineCount } from './wrap-lines.js';

/** A merged range of a column with its label. */
export interface LabelSpan extends Span {
  text: string;
}

/** A table's rows as printed: each row's height, and each column's merged ranges with the room their labels need. */
export interface TableRows {
  heights: number[];
  spans: LabelSpan[][];
}

/** Measures a text in a column: the height the lines it wraps to need, at least `minimum`. */
export type Measure = (text: string, column: number, minimum: number) => number;

/** A {@link Measure} for columns of these capacities (display columns per line) and this font. */
export function measureIn(capacities: readonly number[], width: WidthOf, font: TextFont = BODY): Measure {
  return (text, column, minimum) => rowHeight(lineCount(text, capacities[column]!, width), minimum, font);
}

/**
 * Row heights that fit every cell's wrapped text, and the merged ranges (rowSpan > 1); where a merged label needs
 * more than the rows it spans, they share the rest, shorter ranges first so that longer ones count it.
 */
export function tableRows(model: TableModel, measure: Measure, minimum: number, continued: string): TableRows {
  const spans: LabelSpan[][] = model.columns.map(() => []);
  const heights = model.rows.map((row, r) => {
    let height = minimum;
    row.cells.forEach((cell, col) => {
      if (cell.rowSpan === 1) height = Math.max(height, measure(cell.text, col, minimum));
      else if (cell.rowSpan > 1)
        spans[col]!.push({
          first: r,
          last: r + cell.rowSpan - 1,
          text: cell.text,
          need: measure(cell.text, col, ROW_HEIGHT),
          continuedNeed: measure(cell.text + continued, col, ROW_HEIGHT),
        });
    });
    return height;
  });
  const byLength = spans.flat().sort((a, b) => a.last - a.first - (b.last - b.first));
  for (const span of byLength) {
    let room = 0;
    for (let r = span.first; r <= span.last; r++) room += heights[r]!;
    if (room >= span.need) continue;
    const share = Math.ceil((span.need - room) / (span.last - span.first + 1) / 0.75) * 0.75;
    for (let r = span.first; r <= span.last; r++) heights[r] = heights[r]! + share;
  }
  return { heights, spans };
}

/** A merged range as written: its rows and label; `continued` when it repeats the label of the page before. */
export interface Part {
  first: number;
  last: number;
  text: string;
  continued: boolean;
}

/**
 * Cuts each merged range where a page starts inside it: the label stays on the first part and is repeated, followed
 * by `continued`, on each later one.
 */
export function splitAtPages(spans: readonly LabelSpan[][], starts: readonly number[], continued: string): Part[][] {
  return spans.map((column) =>
    column.flatMap((span) => {
      const parts: Part[] = [];
      const part = (first: number, last: number) => {
        const repeated = parts.length > 0;
        parts.push({ first, last, text: repeated ? span.text + continued : span.text, continued: repeated });
      };
      let first = span.first;
      for (let i = firstAfter(starts, span.first); i < starts.length && starts[i]! <= span.last; i++) {
        part(first, starts[i]! - 1);
        first = starts[i]!;
      }
      part(first, span.last);
      return parts;
    }),
  );
}

/** The index of the first of the ascending `values` above `value`. */
function firstAfter(values: readonly number[], value: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
