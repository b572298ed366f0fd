import { pushAll } from '../arrays.js';
import { CapturePlanError, fail, type Problem, problem } from '../errors.js';
import { checkHeadcount, personName, wholeNumber } from './cells.js';
import { normalizeForMatch } from './columns.js';
import { controlProblems } from './control-chars.js';
import type { Header } from './header.js';
import type { ClassEntry, Roster } from './model.js';
import { cellText, isBlank, type RawTable } from './raw-table.js';
import { regroupedWarnings } from './regrouped.js';
import { parseStudents } from './students.js';
import { type TableOptions, tableReader } from './table-reader.js';

/** How {@link parseTable} reads a sheet besides its rows. */
export type { TableOptions } from './table-reader.js';

/**
 * A sheet's classes, one per row under the header: blank, total and note rows skipped, blank counselor and college
 * cells carried down from the row above (as merged cells export), every problem collected and thrown at once; a
 * sheet without classes is refused unless `options.mayBeEmpty`, and so is a control character in any cell. A header with a student column and no headcount is
 * a list of students, counted into classes ({@link parseStudents}).
 */
export function parseTable(table: RawTable, header: Header, options: TableOptions = {}): Roster {
  const refused = controlProblems(table, header, tableReader(table, header, options));
  if (refused.length > 0) throw new CapturePlanError(refused);
  if (!header.columns.has('headcount') && header.columns.has('student')) return parseStudents(table, header, options);
  const { sheetWhere, where, cell: col, kind, extraCells, source } = tableReader(table, header, options);
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

  for (let i = header.rowIndex + 1; i < table.rows.length; i++) {
    const r = table.rows[i]!;
    const rowKind = kind(r);
    if (rowKind === 'blank') {
      skippedRows.push({ row: r.row, reason: 'blank' });
      continue;
    }
    if (rowKind !== 'data') {
      skippedRows.push({ row: r.row, reason: 'total' });
      const stated = wholeNumber(col(r, 'headcount'));
      if (rowKind === 'total' && stated !== undefined) statedTotal = { value: stated, row: r.row };
      continue;
    }
    const name = cellText(col(r, 'class'));
    const headcountCell = col(r, 'headcount');
    if (name === '' && isBlank(headcountCell)) {
      skippedRows.push({ row: r.row, reason: 'noClass' });
      continue;
    }
    const extra = extraCells(r);
    if (extra) problems.push(extra);
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
      const entry: ClassEntry = { seq: classes.length + 1, name, headcount, counselor, source: source(r.row) };
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
  pushAll(warnings, regroupedWarnings(classes, sheetWhere));
  const roster: Roster = { file: table.file, classes, warnings, skippedRows };
  if (table.sheet !== undefined) roster.sheet = table.sheet;
  return roster;
}
