import type { ColumnKey } from '../i18n/labels.js';
import type { NoticeCell, TableModel } from './table-model.js';

/**
 * The table with the merges of the `outer` columns cut wherever a merge of the `group` column starts, each piece
 * headed by the merged text: no merged cell of those columns then spans two groups, so a page that breaks between two
 * counselors' classes shows the college, room and date beside each. Other columns, and a table without the group
 * column, are returned as they were. The model is not changed.
 */
export function cutAtGroups(model: TableModel, group: ColumnKey, outer: readonly ColumnKey[]): TableModel {
  const keys = model.columns.map((c) => c.key);
  const g = keys.indexOf(group);
  const cut = outer.map((key) => keys.indexOf(key)).filter((col) => col >= 0 && col !== g);
  if (g < 0 || cut.length === 0) return model;
  const rows = model.rows.map((row) => ({ ...row, cells: row.cells.map((c) => ({ ...c })) }));
  for (const col of cut) {
    let head: NoticeCell | undefined;
    let headRow = 0;
    let end = 0;
    rows.forEach((row, i) => {
      const cell = row.cells[col]!;
      if (cell.rowSpan > 0) {
        head = cell;
        headRow = i;
        end = i + cell.rowSpan;
      } else if (head && i < end && row.cells[g]!.rowSpan > 0) {
        head.rowSpan = i - headRow;
        cell.text = head.text;
        cell.rowSpan = end - i;
        head = cell;
        headRow = i;
      }
    });
  }
  return { columns: model.columns, rows };
}
