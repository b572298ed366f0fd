import type { ColumnKey, Labels } from '../i18n/labels.js';

/** A cell of a published table; rowSpan > 1 starts a merge, 0 marks a cell covered by the merge above. */
export interface NoticeCell {
  text: string;
  rowSpan: number;
}

/** A column: a stable key for writers, and its label in the chosen language. */
export interface NoticeColumn {
  key: ColumnKey;
  label: string;
}

/** A row of a published table; `overflow` marks a class running past the last session. */
export interface NoticeRow {
  cells: NoticeCell[];
  overflow: boolean;
}

/** A table of rows, each a cell per column. */
export interface TableModel {
  columns: NoticeColumn[];
  rows: NoticeRow[];
}

/** A plain cell. */
export function cell(text: string, rowSpan = 1): NoticeCell {
  return { text, rowSpan };
}

/** Columns by key, labelled in the chosen language. */
export function columnsOf(labels: Labels, keys: readonly ColumnKey[]): NoticeColumn[] {
  return keys.map((key) => ({ key, label: labels.columns[key] }));
}

/** A table whose cells are all plain text. */
export function plainTable(columns: NoticeColumn[], rows: { texts: string[]; overflow?: boolean }[]): TableModel {
  return { columns, rows: rows.map((r) => ({ cells: r.texts.map((t) => cell(t)), overflow: r.overflow ?? false })) };
}
