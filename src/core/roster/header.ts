import { fail, type Where } from '../errors.js';
import { COLUMN_ALIASES, type ColumnRole, REQUIRED_ROLES, roleOfHeader } from './columns.js';
import { cellText, isBlank, type RawRow, type RawTable } from './raw-table.js';

/** A column the roster uses (not one it knows to ignore). */
export type UsedRole = Exclude<ColumnRole, 'ignored'>;

/** A sheet's header row: where it is, which column holds each role, and the labels as written. */
export interface Header {
  rowIndex: number;
  columns: Map<UsedRole, number>;
  labels: string[];
  width: number;
}

/** Rows searched from the top for the header. */
const HEADER_SEARCH_ROWS = 30;

function headerOf(row: RawRow, rowIndex: number): Header {
  const columns = new Map<UsedRole, number>();
  const labels = row.cells.map((c) => cellText(c));
  labels.forEach((label, index) => {
    const role = roleOfHeader(label);
    if (role && role !== 'ignored' && !columns.has(role)) columns.set(role, index);
  });
  let width = labels.length;
  while (width > 0 && labels[width - 1] === '') width--;
  return { rowIndex, columns, labels, width };
}

/** True when a header names every column a roster needs: class, counselor, and a headcount or a student per row. */
function isRosterHeader(header: Header): boolean {
  return (
    REQUIRED_ROLES.every((role) => role === 'headcount' || header.columns.has(role)) &&
    (header.columns.has('headcount') || header.columns.has('student'))
  );
}

/** The first row of the sheet's top rows that names every column a roster needs. */
export function findHeader(table: RawTable): Header | undefined {
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const header = headerOf(table.rows[i]!, i);
    if (isRosterHeader(header)) return header;
  }
  return undefined;
}

/** Refuses a sheet without a roster header, naming the columns found, the ones missing and the names accepted. */
export function failNoHeader(table: RawTable, where: Where = { file: table.file }): never {
  const nonBlank = table.rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  if (nonBlank.length === 0) fail('fileEmpty', {}, where);
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  let best: Header | undefined;
  for (let i = 0; i < limit; i++) {
    const header = headerOf(table.rows[i]!, i);
    if (!best || header.columns.size > best.columns.size) best = header;
  }
  const found = best && best.columns.size > 0 ? [...best.columns.values()].map((i) => best.labels[i]).join(', ') : '';
  const missingRoles = REQUIRED_ROLES.filter(
    (role) => !best?.columns.has(role) && !(role === 'headcount' && best?.columns.has('student')),
  );
  const missing = missingRoles.join(', ');
  const accepted = missingRoles
    .map((role) => COLUMN_ALIASES[role].filter((a) => /[\u4e00-\u9fff]/.test(a)).join('/'))
    .join('; ');
  const headerRow = best && best.columns.size > 0 ? table.rows[best.rowIndex]!.row : undefined;
  fail('noHeader', { found, missing, accepted }, headerRow === undefined ? where : { ...where, row: headerRow });
}
