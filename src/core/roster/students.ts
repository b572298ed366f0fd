import { CapturePlanError, fail, type Problem, problem } from '../errors.js';
import { personName } from './cells.js';
import { addValue, type ClassTally, newTally } from './class-tally.js';
import { isStudentIdHeader, normalizeForMatch, roleOfHeader } from './columns.js';
import type { Header } from './header.js';
import type { ClassEntry, Roster } from './model.js';
import { cellText, type RawTable } from './raw-table.js';
import { regroupedWarnings } from './regrouped.js';
import { type StudentRow, studentBook } from './student-book.js';
import { type TableOptions, type TableReader, tableReader } from './table-reader.js';

/** At most this many repeated students are named one by one; the rest are counted in one line. */
const REPEATS_NAMED = 10;

/** The 学号 and 姓名 columns of a header whose student columns are either. */
function studentColumns(header: Header): { id?: number; name?: number } {
  const columns: { id?: number; name?: number } = {};
  header.labels.forEach((label, i) => {
    if (roleOfHeader(label) !== 'student') return;
    if (isStudentIdHeader(label)) columns.id ??= i;
    else columns.name ??= i;
  });
  return columns;
}

/** A student as messages name them: "2021010101 张三". */
function studentLabel(s: StudentRow): string {
  return [s.id, s.name].filter((t) => t !== '').join(' ');
}

/** Whom a 学号 names on a row: "软件20211 张三". */
function classAndName(s: StudentRow): string {
  return [s.className, s.name].filter((t) => t !== '').join(' ');
}

/**
 * A list of students, one per row, counted into classes: a class's headcount is its students, its counselor and
 * college are the ones its rows give (blank cells take them), classes come in order of first appearance, each from its
 * first row. Blank, total and note rows are skipped; a repeated student is counted once and named; every problem (a
 * student without a class, a class with two counselors or none, a 学号 naming two people) is collected and thrown at
 * once.
 */
export function parseStudents(table: RawTable, header: Header, options: TableOptions = {}): Roster {
  const reader = tableReader(table, header, options);
  const { sheetWhere, where, cell } = reader;
  const { id: idColumn, name: nameColumn } = studentColumns(header);
  const hasCollegeColumn = header.columns.has('college');
  const problems: Problem[] = [];
  const skippedRows: Roster['skippedRows'] = [];
  const tallies = new Map<string, ClassTally>();
  const book = studentBook();
  const repeats: Problem[] = [];

  for (let i = header.rowIndex + 1; i < table.rows.length; i++) {
    const r = table.rows[i]!;
    const kind = reader.kind(r);
    if (kind !== 'data') {
      skippedRows.push({ row: r.row, reason: kind === 'blank' ? 'blank' : 'total' });
      continue;
    }
    const className = cellText(cell(r, 'class'));
    const id = idColumn === undefined ? '' : cellText(r.cells[idColumn]);
    const name = nameColumn === undefined ? '' : personName(cellText(r.cells[nameColumn]));
    if (className === '' && id === '' && name === '') {
      skippedRows.push({ row: r.row, reason: 'noClass' });
      continue;
    }
    const extra = reader.extraCells(r);
    if (extra) problems.push(extra);
    const student: StudentRow = { row: r.row, id, name, className, classKey: normalizeForMatch(className) };
    if (className === '') {
      problems.push(problem('studentWithoutClass', { student: studentLabel(student) }, where(r.row, 'class')));
      continue;
    }
    if (id === '' && name === '') {
      problems.push(problem('studentMissing', { name: className }, where(r.row, 'student')));
      continue;
    }
    let tally = tallies.get(student.classKey);
    if (!tally) {
      tally = newTally(className, r.row);
      tallies.set(student.classKey, tally);
    } else if (tally.name !== className) tally.respelled ??= { name: className, row: r.row };
    addValue(tally.counselor, personName(cellText(cell(r, 'counselor'))), r.row);
    if (hasCollegeColumn) addValue(tally.college, cellText(cell(r, 'college')), r.row);
    const sighting = book.see(student);
    if (sighting.kind === 'new') {
      tally.students++;
      continue;
    }
    const first = sighting.first;
    const at = where(r.row, undefined, id === '' ? nameColumn : idColumn);
    if (sighting.kind === 'again') {
      repeats.push(
        problem('studentRepeated', { student: studentLabel(student), name: className, otherRow: first.row }, at),
      );
    } else {
      const params = { id, otherRow: first.row, other: classAndName(first), here: classAndName(student) };
      problems.push(problem('studentIdConflict', params, at));
    }
  }

  const classes = classesOf(tallies, reader, options.college, hasCollegeColumn, problems);
  if (problems.length > 0)
    throw new CapturePlanError(problems.sort((a, b) => (a.where?.row ?? 0) - (b.where?.row ?? 0)));
  if (classes.length === 0 && !options.mayBeEmpty)
    fail('headerOnly', {}, { ...sheetWhere, row: table.rows[header.rowIndex]!.row });
  const warnings = [
    ...countedWarnings(tallies, classes, reader, hasCollegeColumn),
    ...repeats.slice(0, REPEATS_NAMED),
    ...(repeats.length > REPEATS_NAMED
      ? [problem('moreStudentsRepeated', { count: repeats.length - REPEATS_NAMED }, sheetWhere)]
      : []),
    ...regroupedWarnings(classes, sheetWhere),
  ];
  const roster: Roster = { file: table.file, classes, warnings, skippedRows };
  if (table.sheet !== undefined) roster.sheet = table.sheet;
  return roster;
}

/** What counting did: how many students and classes, the class names written otherwise, the cells filled. */
function countedWarnings(
  tallies: ReadonlyMap<string, ClassTally>,
  classes: readonly ClassEntry[],
  { sheetWhere, where }: TableReader,
  hasCollegeColumn: boolean,
): Problem[] {
  const students = classes.reduce((sum, c) => sum + c.headcount, 0);
  const warnings: Problem[] = [problem('studentsCounted', { students, classes: classes.length }, sheetWhere)];
  let counselorsFilled = 0;
  let collegesFilled = 0;
  for (const t of tallies.values()) {
    if (t.respelled) {
      const params = { name: t.name, variant: t.respelled.name, otherRow: t.firstRow };
      warnings.push(problem('classRespelled', params, where(t.respelled.row, 'class')));
    }
    counselorsFilled += t.counselor.blanks;
    if (hasCollegeColumn) collegesFilled += t.college.blanks;
  }
  if (counselorsFilled > 0) warnings.push(problem('classCounselorsFilled', { count: counselorsFilled }, sheetWhere));
  if (collegesFilled > 0) warnings.push(problem('classCollegesFilled', { count: collegesFilled }, sheetWhere));
  return warnings;
}

/**
 * The classes the tallies count, in order of first appearance, each with the counselor (and college) its rows agree
 * on; a class whose rows name two, or none, adds a problem instead.
 */
function classesOf(
  tallies: ReadonlyMap<string, ClassTally>,
  { where, source }: TableReader,
  sheetCollege: string | undefined,
  hasCollegeColumn: boolean,
  problems: Problem[],
): ClassEntry[] {
  const classes: ClassEntry[] = [];
  for (const t of tallies.values()) {
    const college = hasCollegeColumn ? agreed(t, 'college', where, problems) : sheetCollege;
    const counselor = agreed(t, 'counselor', where, problems);
    if (counselor === undefined || (hasCollegeColumn && college === undefined)) continue;
    const entry: ClassEntry = {
      seq: classes.length + 1,
      name: t.name,
      headcount: t.students,
      counselor,
      source: source(t.firstRow),
    };
    if (college) entry.college = college;
    classes.push(entry);
  }
  return classes;
}

/** The one counselor (or college) a class's rows give; undefined, with a problem added, when they give two or none. */
function agreed(
  t: ClassTally,
  role: 'counselor' | 'college',
  where: TableReader['where'],
  problems: Problem[],
): string | undefined {
  const v = t[role];
  if (v.first === undefined) {
    const key = role === 'counselor' ? 'classCounselorEmpty' : 'classCollegeEmpty';
    problems.push(problem(key, { name: t.name, rows: v.blanks }, where(t.firstRow, role)));
    return undefined;
  }
  if (v.others === undefined) return v.first.value;
  const key = role === 'counselor' ? 'classCounselorConflict' : 'classCollegeConflict';
  for (const [value, other] of v.others) {
    const params = { name: t.name, first: v.first.value, firstRow: v.first.row, value, count: other.count };
    problems.push(problem(key, params, where(other.row, role)));
  }
  return undefined;
}
