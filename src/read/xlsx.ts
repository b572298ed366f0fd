import ExcelJS from 'exceljs';
import { fail } from '../core/errors.js';
import { columnLetter, type RawCell, type RawTable, type RawWorkbook } from '../core/roster/raw-table.js';
import { shownName } from '../zip/guard.js';
import { SHEET_LIMITS } from './sheet-guard.js';
import type { MergedRange } from './xlsx-merges.js';

/**
 * Reads every worksheet of an XLSX file; cells of a merged range take its top-left cell's value. The ranges come
 * apart from the archive (`merges`, by sheet name: see xlsx-merges.ts), so exceljs never sees them. Loaded only for
 * XLSX input. Rows run from 1 to the last row holding a value or a merged cell (blank rows between are kept, so row
 * numbers and blank-row notes stay as Excel shows them); each row is as wide as its last value or merged cell. Only
 * cells exceljs holds are visited, so a lone value at XFD1048576 costs one cell, not a billion; what would be built
 * is counted first and refused past `maxReadCells` (rows plus their widths, all sheets). A sheet hidden from Excel's
 * tabs is marked `hidden`.
 */
export async function readXlsx(
  bytes: Buffer,
  file: string,
  merges: ReadonlyMap<string, readonly MergedRange[]> = new Map(),
  maxReadCells: number = SHEET_LIMITS.maxReadCells,
): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    fail('corruptXlsx', { reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) }, { file });
  }
  let budget = maxReadCells;
  const sheets: RawTable[] = workbook.worksheets.map((ws) => {
    const ranges = merges.get(ws.name) ?? [];
    const filled: { row: ExcelJS.Row; width: number }[] = [];
    // a merged range widens every row it covers: counted with the rest before any row is made, so a huge one is refused
    let last = 0;
    let widest = 0;
    let cost = 0;
    for (const row of rowsWithValues(ws)) {
      let width = 0;
      row.eachCell({ includeEmpty: false }, (_cell, column) => {
        width = Math.max(width, column);
      });
      filled.push({ row, width });
      last = Math.max(last, row.number);
      widest = Math.max(widest, width);
      cost += width;
    }
    for (const range of ranges) {
      last = Math.max(last, range.bottom);
      widest = Math.max(widest, range.right);
      cost += (range.bottom - range.top + 1) * range.right;
    }
    cost += last;
    budget -= cost;
    if (budget < 0)
      fail(
        'xlsxTooLarge',
        { rule: 'cells', value: `${last} × ${widest}`, limit: String(maxReadCells), entry: shownName(ws.name) },
        { file },
      );
    const rows: RawTable['rows'] = Array.from({ length: last }, (_, i) => ({ row: i + 1, cells: [] }));
    for (const { row, width } of filled) {
      const cells: RawCell[] = new Array<RawCell>(width).fill('');
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = cellValue(cell.value);
      });
      rows[row.number - 1] = { row: row.number, cells };
    }
    const covered = new Coverage();
    for (const range of ranges) {
      const overlap = covered.add(range);
      if (overlap)
        fail(
          'corruptXlsx',
          {
            reason: `merged ranges overlap at ${shownName(ws.name)}!${columnLetter(overlap.column - 1)}${overlap.row}`,
          },
          { file },
        );
      fillRange(rows, range);
    }
    const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
    return hidden ? { file, sheet: ws.name, hidden, rows } : { file, sheet: ws.name, rows };
  });
  return { file, sheets };
}

/** The cells merged ranges cover so far, a bit per cell and row (no more than the cells the reader may fill). */
class Coverage {
  private readonly rows: (Uint8Array | undefined)[] = [];

  /**
   * Marks a range's cells; the first one already covered, if any (Excel refuses overlapping merges, as exceljs did).
   */
  add(range: MergedRange): { row: number; column: number } | undefined {
    for (let r = range.top; r <= range.bottom; r++) {
      let marks = this.rows[r];
      if (!marks || marks.length < range.right + 1) {
        const wider = new Uint8Array(range.right + 1);
        if (marks) wider.set(marks);
        this.rows[r] = marks = wider;
      }
      for (let c = range.left; c <= range.right; c++) {
        if (marks[c]) return { row: r, column: c };
        marks[c] = 1;
      }
    }
    return undefined;
  }
}

/**
 * Every other cell of a merged range takes the value of its top-left cell (blank when that is), widening its row as
 * needed: the rows exceljs itself made of a merged range.
 */
function fillRange(rows: RawTable['rows'], range: MergedRange): void {
  const value = rows[range.top - 1]!.cells[range.left - 1] ?? '';
  for (let r = range.top; r <= range.bottom; r++) {
    const { cells } = rows[r - 1]!;
    for (let c = r === range.top ? range.left + 1 : range.left; c <= range.right; c++) {
      while (cells.length < c - 1) cells.push('');
      cells[c - 1] = value;
    }
  }
}

/**
 * The rows holding a value, in order. exceljs keeps rows in a sparse array indexed by row number, and its eachRow
 * walks every hole: a merge or row numbered 2 147 483 648 (from a few bytes of XML) took it over a minute. The
 * array's own keys are just the rows that exist. Falls back to eachRow should exceljs ever store rows differently.
 */
function rowsWithValues(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const stored = (ws as unknown as { _rows?: unknown })._rows;
  const found: ExcelJS.Row[] = [];
  if (Array.isArray(stored)) {
    for (const key of Object.keys(stored)) {
      const row = stored[Number(key)] as ExcelJS.Row | undefined;
      if (row?.hasValues) found.push(row);
    }
  } else {
    ws.eachRow({ includeEmpty: false }, (row) => found.push(row));
  }
  return found;
}

/**
 * What an exceljs cell shows, as text or a number: rich text runs joined, a formula's cached result (the formula only
 * when it has none), a hyperlink's text, an error's code, a date in ISO form, a boolean as TRUE or FALSE.
 */
export function cellValue(value: unknown): RawCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? ''
      : value
          .toISOString()
          .replace(/T00:00:00\.000Z$/, '')
          .replace('.000Z', '');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as ({ text?: unknown } | null)[]).map((run) => String(run?.text ?? '')).join('');
    if ('formula' in v || 'sharedFormula' in v)
      return v.result === undefined ? `=${String(v.formula ?? v.sharedFormula)}` : cellValue(v.result);
    if ('hyperlink' in v || 'text' in v) return cellValue(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}
