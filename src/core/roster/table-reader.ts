import { maxOf } from '../arrays.js';
import { type Problem, problem, type Where } from '../errors.js';
import { firstFilledFrom } from './cells.js';
import { normalizeForMatch } from './columns.js';
import type { Header, UsedRole } from './header.js';
import type { ClassEntry } from './model.js';
import { cellText, columnLetter, isBlank, type RawCell, type RawRow, type RawTable } from './raw-table.js';

const TOTAL_LABEL = /^(合计|总计|共计|总数|total|sum|grandtotal)/;
const SUBTOTAL_LABEL = /^(小计|subtotal)/;

/** How a sheet is read besides its rows. */
export interface TableOptions {
  /** Name the sheet in every problem (the workbook has several). */
  nameSheet?: boolean;
  /** The college of every class, when the sheet has no college column (its sheet name). */
  college?: string;
  /** Return a sheet with a header and no classes as a roster without classes instead of refusing it. */
  mayBeEmpty?: boolean;
}

/** What a row under the header is before its cells are read: nothing, a grand total, a subtotal, or data. */
export type RowKind = 'blank' | 'total' | 'subtotal' | 'data';

/** The rows under a sheet's header as both roster parsers read them: places as the user sees them, cells by role. */
export interface TableReader {
  /** The file (and sheet, when named) of every problem. */
  sheetWhere: Where;
  /** A row, and the cell of a role or a column index on it. */
  where(row: number, role?: UsedRole, index?: number): Where;
  /** The cell of a role on a row, if the header has that column. */
  cell(r: RawRow, role: UsedRole): RawCell | undefined;
  /** Whether a row is blank, a total or subtotal row, or data. */
  kind(r: RawRow): RowKind;
  /** The problem of a row with filled cells right of the header's last column, if it has any. */
  extraCells(r: RawRow): Problem | undefined;
  /** Where a class read from a row comes from. */
  source(row: number): ClassEntry['source'];
}

/** A reader of the rows under `header`. */
export function tableReader(table: RawTable, header: Header, options: TableOptions): TableReader {
  const sheetWhere: Where =
    options.nameSheet && table.sheet !== undefined ? { file: table.file, sheet: table.sheet } : { file: table.file };
  const lastRoleColumn = maxOf(header.columns.values());
  const where = (row: number, role?: UsedRole, index?: number): Where => {
    const col = index ?? (role ? header.columns.get(role) : undefined);
    const base: Where = { ...sheetWhere, row };
    return col === undefined ? base : { ...base, column: columnLetter(col), header: header.labels[col] ?? '' };
  };
  return {
    sheetWhere,
    where,
    cell: (r, role) => {
      const index = header.columns.get(role);
      return index === undefined ? undefined : r.cells[index];
    },
    kind: (r) => {
      if (r.cells.every(isBlank)) return 'blank';
      const label = totalLabelOf(r, header, lastRoleColumn);
      if (TOTAL_LABEL.test(label)) return 'total';
      return SUBTOTAL_LABEL.test(label) ? 'subtotal' : 'data';
    },
    extraCells: (r) => {
      const firstExtra = firstFilledFrom(r.cells, header.width);
      if (firstExtra === undefined) return undefined;
      const extra = r.cells.slice(header.width).filter((c) => !isBlank(c));
      return problem(
        'extraCells',
        { count: extra.length, width: header.width, values: extra.map(cellText).join(', ') },
        where(r.row, undefined, firstExtra),
      );
    },
    source: (row) =>
      table.sheet === undefined ? { file: table.file, row } : { file: table.file, sheet: table.sheet, row },
  };
}

/**
 * The text that marks a total row: the class cell when it has text, else the first text up to the last column the
 * roster uses, the college's aside (合计 often sits in 序号, beside a merged college cell).
 */
function totalLabelOf(r: RawRow, header: Header, lastRoleColumn: number): string {
  const classCell = normalizeForMatch(cellText(r.cells[header.columns.get('class')!]));
  if (TOTAL_LABEL.test(classCell) || SUBTOTAL_LABEL.test(classCell)) return classCell;
  const college = header.columns.get('college');
  for (let i = 0; i <= lastRoleColumn && i < r.cells.length; i++) {
    if (i === college) continue;
    const text = cellText(r.cells[i]);
    if (text !== '') return normalizeForMatch(text);
  }
  return '';
}
