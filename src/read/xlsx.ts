import ExcelJS from 'exceljs';
import type { RawCell, RawTable, RawWorkbook } from '../core/raw-table.js';
import { fail } from '../errors.js';
import { SHEET_LIMITS } from './sheet-guard.js';
import { shownName } from './zip-guard.js';

/**
 * Reads every worksheet of an XLSX file; merged cells take their master's value. Loaded only for XLSX input.
 * Rows run from 1 to the last row holding a value (blank rows between are kept, so row numbers and blank-row notes
 * stay as Excel shows them); each row is as wide as its last value. Only cells exceljs holds are visited, so a lone
 * value at XFD1048576 costs one cell, not a billion; what would be built is counted first and refused past
 * `maxReadCells` (rows plus their widths, all sheets).
 */
export async function readXlsx(bytes: Buffer, file: string, maxReadCells: number = SHEET_LIMITS.maxReadCells): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    fail('corruptXlsx', { reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) }, { file });
  }
  let budget = maxReadCells;
  const sheets: RawTable[] = workbook.worksheets.map((ws) => {
    const filled: { row: ExcelJS.Row; width: number }[] = [];
    let cost = 0;
    for (const row of rowsWithValues(ws)) {
      let width = 0;
      row.eachCell({ includeEmpty: false }, (_cell, column) => {
        width = Math.max(width, column);
      });
      filled.push({ row, width });
      cost += width;
    }
    const last = filled.reduce((max, f) => Math.max(max, f.row.number), 0);
    cost += last;
    budget -= cost;
    if (budget < 0) {
      fail('xlsxTooLarge', { rule: 'cells', value: `${last} × ${filled.reduce((max, f) => Math.max(max, f.width), 0)}`, limit: String(maxReadCells), entry: shownName(ws.name) }, { file });
    }
    const rows: RawTable['rows'] = Array.from({ length: last }, (_, i) => ({ row: i + 1, cells: [] }));
    for (const { row, width } of filled) {
      const cells: RawCell[] = new Array<RawCell>(width).fill('');
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = cellValue(cell);
      });
      rows[row.number - 1] = { row: row.number, cells };
    }
    return { file, sheet: ws.name, rows };
  });
  return { file, sheets };
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
      if (row && row.hasValues) found.push(row);
    }
  } else {
    ws.eachRow({ includeEmpty: false }, (row) => found.push(row));
  }
  return found;
}

/** One exceljs cell as text or a number, whatever its shape; never uses `cell.text`. */
function cellValue(cell: ExcelJS.Cell): RawCell {
  const source = cell.isMerged && cell.master !== cell ? cell.master : cell;
  return normalize(source.value);
}

function normalize(value: unknown): RawCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().replace(/T00:00:00\.000Z$/, '').replace('.000Z', '');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as ({ text?: unknown } | null)[]).map((run) => String(run?.text ?? '')).join('');
    if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? `=${String(v.formula ?? v.sharedFormula)}` : normalize(v.result);
    if ('hyperlink' in v || 'text' in v) return normalize(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}
