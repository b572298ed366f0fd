// What the reader made of a workbook when exceljs read it (before the streaming reader): the oracle of
// xlsx-fidelity.test.ts. exceljs stays a dependency for writing, so the comparison can go on being made.
import ExcelJS from 'exceljs';
import type { RawCell, RawTable, RawWorkbook } from '../../src/core/roster/raw-table.js';

/**
 * The workbook as the exceljs-based reader returned it: every worksheet in tab order, rows 1 to the last holding a
 * value (merged cells showing their range's top-left value), each row as wide as its last value; undefined when
 * exceljs cannot load the file.
 */
export async function exceljsView(bytes: Uint8Array, file: string): Promise<RawWorkbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  const sheets: RawTable[] = workbook.worksheets.map((ws) => {
    const found: { number: number; cells: RawCell[] }[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = cellValue(cell.value);
      });
      found.push({ number: row.number, cells: Array.from(cells, (c) => c ?? '') });
    });
    const last = found.reduce((max, r) => Math.max(max, r.number), 0);
    const rows: RawTable['rows'] = Array.from({ length: last }, (_, i) => ({ row: i + 1, cells: [] }));
    for (const { number, cells } of found) rows[number - 1] = { row: number, cells };
    const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
    return hidden ? { file, sheet: ws.name, hidden, rows } : { file, sheet: ws.name, rows };
  });
  return { file, sheets };
}

/** The exceljs reader's cellValue, as it was. */
function cellValue(value: unknown): RawCell {
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
