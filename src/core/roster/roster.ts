import { fail } from '../errors.js';
import { normalizeForMatch } from './columns.js';
import { failNoHeader, findHeader } from './header.js';
import type { Roster } from './model.js';
import { parseTable } from './parse-table.js';
import type { RawTable, RawWorkbook } from './raw-table.js';
import { parseWorkbook } from './workbook.js';

/** Parses the sheet `options.sheet` names (by 1-based number or name), else every sheet with a roster header. */
export function parseRoster(workbook: RawWorkbook, options: { sheet?: string } = {}): Roster {
  if (workbook.sheets.length === 0) fail('noWorksheets', {}, { file: workbook.file });
  if (options.sheet === undefined) return parseWorkbook(workbook);
  const table = findSheet(workbook, options.sheet);
  return parseTable(table, findHeader(table) ?? failNoHeader(table));
}

function findSheet(workbook: RawWorkbook, wanted: string): RawTable {
  const byName = workbook.sheets.find(
    (s) => s.sheet !== undefined && normalizeForMatch(s.sheet) === normalizeForMatch(wanted),
  );
  const byNumber = /^\d+$/.test(wanted.trim()) ? workbook.sheets[Number(wanted) - 1] : undefined;
  const table = byName ?? byNumber;
  if (!table) {
    const available = workbook.sheets.map((s, i) => `${i + 1}. ${s.sheet ?? ''}`).join(', ');
    fail('sheetNotFound', { sheet: wanted, available }, { file: workbook.file });
  }
  return table;
}
