import { CapturePlanError, fail, type Problem, problem, type Where } from '../errors.js';
import { COLUMN_ALIASES, type ColumnRole, normalizeForMatch, REQUIRED_ROLES, roleOfHeader } from './columns.js';
import {
  cellText,
  columnLetter,
  isBlank,
  type RawCell,
  type RawRow,
  type RawTable,
  type RawWorkbook,
} from './raw-table.js';
import { regroupedWarnings } from './regrouped.js';

/** One class of the roster, in file order. */
export interface ClassEntry {
  /** 1-based position in the roster. */
  seq: number;
  name: string;
  headcount: number;
  counselor: string;
  source: { file: string; sheet?: string; row: number };
}

/** The classes to photograph, plus what reading them noticed. */
export interface Roster {
  file: string;
  sheet?: string;
  classes: ClassEntry[];
  /** Things the user should know that do not stop the run (a total that does not add up, filled cells). */
  warnings: Problem[];
  /** Rows passed over: blank rows, total rows, notes without a class. */
  skippedRows: { row: number; reason: 'blank' | 'total' | 'noClass' }[];
}

/** The largest believable class; anything above is a typo. */
const MAX_HEADCOUNT = 1000;
/** Problems listed in one error before "and N more". */
export const MAX_PROBLEMS = 20;
/** Rows searched from the top for the header. */
const HEADER_SEARCH_ROWS = 30;
const TOTAL_LABEL = /^(合计|总计|共计|总数|total|sum|grandtotal)/;
const SUBTOTAL_LABEL = /^(小计|subtotal)/;

interface Header {
  rowIndex: number;
  columns: Map<Exclude<ColumnRole, 'ignored'>, number>;
  labels: string[];
  width: number;
}

/** Picks the sheet (by 1-based number or name, else the first with a recognisable header) and parses it. */
export function parseRoster(workbook: RawWorkbook, options: { sheet?: string } = {}): Roster {
  if (workbook.sheets.length === 0) fail('noWorksheets', {}, { file: workbook.file });
  if (options.sheet !== undefined) {
    const table = findSheet(workbook, options.sheet);
    return parseTable(table, findHeader(table) ?? failNoHeader(table));
  }
  for (const table of workbook.sheets) {
    const header = findHeader(table);
    if (header) return parseTable(table, header);
  }
  return failNoHeader(workbook.sheets[0]!);
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

function headerOf(row: RawRow, rowIndex: number): Header {
  const columns = new Map<Exclude<ColumnRole, 'ignored'>, number>();
  const labels = row.cells.map((c) => cellText(c));
  labels.forEach((label, index) => {
    const role = roleOfHeader(label);
    if (role && role !== 'ignored' && !columns.has(role)) columns.set(role, index);
  });
  let width = labels.length;
  while (width > 0 && labels[width - 1] === '') width--;
  return { rowIndex, columns, labels, width };
}

function findHeader(table: RawTable): Header | undefined {
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const header = headerOf(table.rows[i]!, i);
    if (REQUIRED_ROLES.every((role) => header.columns.has(role))) return header;
  }
  return undefined;
}

function failNoHeader(table: RawTable): never {
  const where: Where = { file: table.file };
  const nonBlank = table.rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  if (nonBlank.length === 0) fail('fileEmpty', {}, where);
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  let best: Header | undefined;
  for (let i = 0; i < limit; i++) {
    const header = headerOf(table.rows[i]!, i);
    if (!best || header.columns.size > best.columns.size) best = header;
  }
  const found = best && best.columns.size > 0 ? [...best.columns.values()].map((i) => best.labels[i]).join(', ') : '';
  const missingRoles = REQUIRED_ROLES.filter((role) => !best?.columns.has(role));
  const missing = missingRoles.join(', ');
  const accepted = missingRoles
    .map((role) => COLUMN_ALIASES[role].filter((a) => /[\u4e00-\u9fff]/.test(a)).join('/'))
    .join('; ');
  const headerRow = best && best.columns.size > 0 ? table.rows[best.rowIndex]!.row : undefined;
  fail('noHeader', { found, missing, accepted }, headerRow === undefined ? where : { ...where, row: headerRow });
}

function parseTable(table: RawTable, header: Header): Roster {
  const where = (row: number, role?: Exclude<ColumnRole, 'ignored'>, index?: number): Where => {
    const col = index ?? (role ? header.columns.get(role) : undefined);
    const base: Where = { file: table.file, row };
    return col === undefined ? base : { ...base, column: columnLetter(col), header: header.labels[col] ?? '' };
  };
  const col = (r: RawRow, role: Exclude<ColumnRole, 'ignored'>): RawCell | undefined =>
    r.cells[header.columns.get(role)!];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const skippedRows: Roster['skippedRows'] = [];
  const classes: ClassEntry[] = [];
  const firstRowOfName = new Map<string, number>();
  let counselorAbove: string | undefined;
  let filledCounselors = 0;
  let statedTotal: { value: number; row: number } | undefined;
  const lastRoleColumn = Math.max(...header.columns.values());

  for (let i = header.rowIndex + 1; i < table.rows.length; i++) {
    const r = table.rows[i]!;
    if (r.cells.every(isBlank)) {
      skippedRows.push({ row: r.row, reason: 'blank' });
      continue;
    }
    const label = totalLabelOf(r, header, lastRoleColumn);
    if (TOTAL_LABEL.test(label) || SUBTOTAL_LABEL.test(label)) {
      skippedRows.push({ row: r.row, reason: 'total' });
      const stated = wholeNumber(col(r, 'headcount'));
      if (TOTAL_LABEL.test(label) && stated !== undefined) statedTotal = { value: stated, row: r.row };
      continue;
    }
    const name = cellText(col(r, 'class'));
    const headcountCell = col(r, 'headcount');
    if (name === '' && isBlank(headcountCell)) {
      skippedRows.push({ row: r.row, reason: 'noClass' });
      continue;
    }
    const firstExtra = firstFilledFrom(r.cells, header.width);
    if (firstExtra !== undefined) {
      const extra = r.cells.slice(header.width).filter((c) => !isBlank(c));
      problems.push(
        problem(
          'extraCells',
          { count: extra.length, width: header.width, values: extra.map(cellText).join(', ') },
          where(r.row, undefined, firstExtra),
        ),
      );
    }
    if (name === '') problems.push(problem('classNameEmpty', {}, where(r.row, 'class')));
    const headcount = checkHeadcount(headcountCell, () => where(r.row, 'headcount'), problems);
    let counselor = personName(cellText(col(r, 'counselor')));
    if (counselor === '' && counselorAbove !== undefined) {
      counselor = counselorAbove;
      filledCounselors++;
    } else if (counselor === '') {
      problems.push(problem('counselorEmpty', {}, where(r.row, 'counselor')));
    }
    counselorAbove = counselor || counselorAbove;
    if (name !== '') {
      const key = normalizeForMatch(name);
      const firstRow = firstRowOfName.get(key);
      if (firstRow !== undefined)
        problems.push(problem('duplicateClass', { name, otherRow: firstRow }, where(r.row, 'class')));
      else firstRowOfName.set(key, r.row);
    }
    if (headcount !== undefined) {
      const source =
        table.sheet === undefined
          ? { file: table.file, row: r.row }
          : { file: table.file, sheet: table.sheet, row: r.row };
      classes.push({ seq: classes.length + 1, name, headcount, counselor, source });
    }
  }

  if (problems.length > 0) throw new CapturePlanError(problems);
  if (classes.length === 0) fail('headerOnly', {}, { file: table.file, row: table.rows[header.rowIndex]!.row });
  if (filledCounselors > 0)
    warnings.push(problem('counselorsFilled', { count: filledCounselors }, { file: table.file }));
  const sum = classes.reduce((s, c) => s + c.headcount, 0);
  if (statedTotal && statedTotal.value !== sum) {
    warnings.push(problem('totalMismatch', { stated: statedTotal.value, sum }, where(statedTotal.row, 'headcount')));
  }
  warnings.push(...regroupedWarnings(classes, table.file));
  const roster: Roster = { file: table.file, classes, warnings, skippedRows };
  if (table.sheet !== undefined) roster.sheet = table.sheet;
  return roster;
}

/** A person's name as one key: Chinese names padded with spaces for alignment (张  三) lose them. */
function personName(text: string): string {
  return /[\u4e00-\u9fff]/.test(text) ? text.replace(/[\s\u3000]+/g, '') : text;
}

/** The index of the first non-blank cell at or after `from`, if any. */
function firstFilledFrom(cells: readonly RawCell[], from: number): number | undefined {
  for (let i = from; i < cells.length; i++) if (!isBlank(cells[i])) return i;
  return undefined;
}

/**
 * The text that marks a total row: the class cell when it has text, else the first text up to the last column the
 * roster uses (合计 often sits in 序号).
 */
function totalLabelOf(r: RawRow, header: Header, lastRoleColumn: number): string {
  const classCell = normalizeForMatch(cellText(r.cells[header.columns.get('class')!]));
  if (TOTAL_LABEL.test(classCell) || SUBTOTAL_LABEL.test(classCell)) return classCell;
  for (let i = 0; i <= lastRoleColumn && i < r.cells.length; i++) {
    const text = cellText(r.cells[i]);
    if (text !== '') return normalizeForMatch(text);
  }
  return '';
}

/** A whole number from a cell: 31, "31", "31人", "３１"; undefined otherwise. */
function wholeNumber(cell: RawCell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : undefined;
  if (typeof cell === 'string' && /^\d{1,9}$/.test(cell)) return Number(cell);
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '').replace(/人$/, '');
  return /^[+-]?\d+(\.0+)?$/.test(text) ? Number(text) : undefined;
}

/** The headcount of a cell, or undefined with a problem at the cell (`at`, asked only then) added. */
function checkHeadcount(cell: RawCell | undefined, at: () => Where, problems: Problem[]): number | undefined {
  const value = cellText(cell);
  if (value === '') {
    problems.push(problem('headcountMissing', {}, at()));
    return undefined;
  }
  const n = wholeNumber(cell);
  if (n === undefined) problems.push(problem('headcountNotWhole', { value }, at()));
  else if (n <= 0) problems.push(problem('headcountNotPositive', { value }, at()));
  else if (n > MAX_HEADCOUNT) problems.push(problem('headcountTooLarge', { value, limit: MAX_HEADCOUNT }, at()));
  else return n;
  return undefined;
}
