import { CapturePlanError, fail, type Problem, problem, type Where } from '../errors.js';
import { checkHeadcount, firstFilledFrom, personName, wholeNumber } from './cells.js';
import { normalizeForMatch } from './columns.js';
import type { Header, UsedRole } from './header.js';
import type { ClassEntry, Roster } from './model.js';
import { cellText, columnLetter, isBlank, type RawCell, type RawRow, type RawTable } from './raw-table.js';
import { regroupedWarnings } from './regrouped.js';

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

/**
 * A sheet's classes, one per row under the header: blank, total and note rows skipped, blank counselor and college
 * cells carried down from the row above (as merged cells export), every problem collected and thrown at once; a
 * sheet without classes is refused unless `options.mayBeEmpty`.
 */
export function parseTable(table: RawTable, header: Header, options: TableOptions = {}): Roster {
  const sheetWhere: Where =
    options.nameSheet && table.sheet !== undefined ? { file: table.file, sheet: table.sheet } : { file: table.file };
  const where = (row: number, role?: UsedRole, index?: number): Where => {
    const col = index ?? (role ? header.columns.get(role) : undefined);
    const base: Where = { ...sheetWhere, row };
    return col === undefined ? base : { ...base, column: columnLetter(col), header: header.labels[col] ?? '' };
  };
  const col = (r: RawRow, role: UsedRole): RawCell | undefined => {
    const index = header.columns.get(role);
    return index === undefined ? undefined : r.cells[index];
  };
  const hasCollegeColumn = header.columns.has('college');
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const skippedRows: Roster['skippedRows'] = [];
  const classes: ClassEntry[] = [];
  const firstRowOfName = new Map<string, number>();
  let counselorAbove: string | undefined;
  let collegeAbove: string | undefined;
  let filledCounselors = 0;
  let filledColleges = 0;
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
    let college = options.college;
    if (hasCollegeColumn) {
      college = cellText(col(r, 'college'));
      if (college === '' && collegeAbove !== undefined) {
        college = collegeAbove;
        filledColleges++;
      } else if (college === '') {
        problems.push(problem('collegeEmpty', {}, where(r.row, 'college')));
      } else if (college !== collegeAbove) {
        // a new college starts: a blank counselor cell is not the previous college's teacher
        counselorAbove = undefined;
      }
      collegeAbove = college || collegeAbove;
    }
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
      const entry: ClassEntry = { seq: classes.length + 1, name, headcount, counselor, source };
      if (college) entry.college = college;
      classes.push(entry);
    }
  }

  if (problems.length > 0) throw new CapturePlanError(problems);
  if (classes.length === 0 && !options.mayBeEmpty)
    fail('headerOnly', {}, { ...sheetWhere, row: table.rows[header.rowIndex]!.row });
  if (filledCounselors > 0) warnings.push(problem('counselorsFilled', { count: filledCounselors }, sheetWhere));
  if (filledColleges > 0) warnings.push(problem('collegesFilled', { count: filledColleges }, sheetWhere));
  const sum = classes.reduce((s, c) => s + c.headcount, 0);
  if (statedTotal && statedTotal.value !== sum) {
    warnings.push(problem('totalMismatch', { stated: statedTotal.value, sum }, where(statedTotal.row, 'headcount')));
  }
  warnings.push(...regroupedWarnings(classes, sheetWhere));
  const roster: Roster = { file: table.file, classes, warnings, skippedRows };
  if (table.sheet !== undefined) roster.sheet = table.sheet;
  return roster;
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
