import ExcelJS from 'exceljs';
import type { RawCell, RawTable, RawWorkbook } from '../core/raw-table.js';
import { fail } from '../errors.js';

/** Reads every worksheet of an XLSX file; merged cells take their master's value. Loaded only for XLSX input. */
export async function readXlsx(bytes: Buffer, file: string): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    fail('corruptXlsx', { reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) }, { file });
  }
  const sheets: RawTable[] = workbook.worksheets.map((ws) => {
    const rows: RawTable['rows'] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: RawCell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c)));
      rows.push({ row: r, cells });
    }
    return { file, sheet: ws.name, rows };
  });
  return { file, sheets };
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
    if (Array.isArray(v.richText)) return (v.richText as { text?: unknown }[]).map((run) => String(run.text ?? '')).join('');
    if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? `=${String(v.formula ?? v.sharedFormula)}` : normalize(v.result);
    if ('hyperlink' in v || 'text' in v) return normalize(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}
