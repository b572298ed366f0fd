import { CapturePlanError, fail, type Problem, problem, type Where } from '../errors.js';
import { checkHeadcount, personName } from '../roster/cells.js';
import { COLUMN_ALIASES } from '../roster/columns.js';
import { failNoHeader, findHeader, type Header } from '../roster/header.js';
import type { ClassEntry } from '../roster/model.js';
import { cellText, type RawCell, type RawTable, type RawWorkbook } from '../roster/raw-table.js';
import { tableReader } from '../roster/table-reader.js';
import type { IsoDate } from '../time.js';
import { readDateText } from './date-text.js';
import { readWindowText } from './window-text.js';

/** A class of a published timetable, in its order there. */
export type TimetableClass = Omit<ClassEntry, 'seq'>;

/** A time window as published: one date, a start and an end, the classes it applies to (its row and those below). */
export interface TimetableWindow {
  date: IsoDate;
  /** Seconds since midnight. */
  start: number;
  end: number;
  /** The counselors of its classes, in order (one, unless the timetable shares a window). */
  counselors: string[];
  college?: string;
  /** The room it is photographed in, when the timetable has a room column (拍摄教室): each room is its own queue. */
  room?: string;
  classes: TimetableClass[];
  /** The cell the window is written in. */
  where: Where;
}

/** A published timetable: its windows in order, the classes it marks as not scheduled, what reading it noticed. */
export interface Timetable {
  file: string;
  sheet?: string;
  windows: TimetableWindow[];
  unscheduled: TimetableClass[];
  warnings: Problem[];
}

/** A continued label at the top of a printed page, 杜宇飞(续): the same counselor. */
const CONTINUED = /\s*[(（](续|cont\.?)[)）]$/i;

/**
 * The windows of a published timetable (the first sheet whose header has a time-window column, or the one `sheet`
 * names): a window applies to its row and the rows below it until the next window, as a merged cell reads, and so do
 * the date, the counselor and the room (a new room starts a new window); `date` is the date of a timetable without a date column. Every unreadable cell is a
 * problem naming its row and column, all thrown at once.
 */
export function readTimetable(workbook: RawWorkbook, options: { date?: IsoDate; sheet?: string } = {}): Timetable {
  const sheets = workbook.sheets.filter((t) => options.sheet === undefined || t.sheet === options.sheet);
  const found = sheets.map((table) => ({ table, header: findHeader(table) }));
  const withWindow = found.find((s) => s.header?.columns.has('window'));
  if (!withWindow) {
    const roster = found.find((s) => s.header !== undefined);
    if (!roster) return failNoHeader(sheets[0] ?? workbook.sheets[0]!);
    const where = { file: roster.table.file, row: roster.table.rows[roster.header!.rowIndex]!.row };
    return fail('auditNoWindow', { accepted: COLUMN_ALIASES.window.join('/') }, sheetOf(roster.table, where));
  }
  return windowsOf(withWindow.table, withWindow.header!, options.date);
}

/** A row whose filled cells all hold one text: a note merged across the table, not a class. */
function isMergedNote(cells: readonly RawCell[]): boolean {
  const filled = cells.map(cellText).filter((t) => t !== '');
  return filled.length >= 3 && filled.every((t) => t === filled[0]);
}

function sheetOf(table: RawTable, where: Where): Where {
  return table.sheet === undefined ? where : { ...where, sheet: table.sheet };
}

/** The rows under the header walked once: each class joins the window, date, counselor and college in effect. */
function windowsOf(table: RawTable, header: Header, givenDate: IsoDate | undefined): Timetable {
  const { where, cell, kind, source, sheetWhere } = tableReader(table, header, { nameSheet: true });
  if (!header.columns.has('date') && givenDate === undefined)
    fail('auditNoDate', {}, { ...sheetWhere, row: table.rows[header.rowIndex]!.row });
  const problems: Problem[] = [];
  const windows: TimetableWindow[] = [];
  const unscheduled: TimetableClass[] = [];
  let current: TimetableWindow | 'unscheduled' | 'bad' | undefined;
  let windowText = '';
  let date = givenDate;
  let dateText = '';
  let counselor = '';
  let college = '';
  let room = '';
  for (let i = header.rowIndex + 1; i < table.rows.length; i++) {
    const r = table.rows[i]!;
    const rowKind = kind(r);
    // what follows the grand total is notes (our own timetable's advice when the plan does not fit)
    if (rowKind === 'total') break;
    if (rowKind !== 'data' || isMergedNote(r.cells)) continue;
    const name = cellText(cell(r, 'class'));
    const headcount = checkHeadcount(cell(r, 'headcount'), () => where(r.row, 'headcount'), problems);
    const dateCell = cellText(cell(r, 'date')).replace(CONTINUED, '');
    const dateChanged = dateCell !== '' && dateCell !== dateText;
    if (dateChanged) {
      dateText = dateCell;
      date = readDateText(dateCell);
      if (date === undefined) problems.push(problem('auditBadDate', { value: dateCell }, where(r.row, 'date')));
    }
    const roomCell = cellText(cell(r, 'room')).replace(CONTINUED, '');
    const roomChanged = roomCell !== '' && roomCell !== room;
    room = roomCell || room;
    const timeCell = cellText(cell(r, 'window')).replace(CONTINUED, '');
    if (timeCell !== '' && (timeCell !== windowText || dateChanged || roomChanged)) {
      windowText = timeCell;
      current = newWindow(timeCell, date, where(r.row, 'window'), problems);
      if (typeof current === 'object' && room !== '') current.room = room;
      if (typeof current === 'object') windows.push(current);
      else if (current === 'bad' && date === undefined && dateText === '')
        problems.push(problem('auditNoDateAbove', {}, where(r.row, 'date')));
    }
    counselor = personName(cellText(cell(r, 'counselor')).replace(CONTINUED, '')) || counselor;
    college = cellText(cell(r, 'college')).replace(CONTINUED, '') || college;
    if (counselor === '') problems.push(problem('counselorEmpty', {}, where(r.row, 'counselor')));
    if (name === '') problems.push(problem('classNameEmpty', {}, where(r.row, 'class')));
    if (current === undefined && timeCell === '')
      problems.push(problem('auditNoWindowAbove', {}, where(r.row, 'window')));
    if (headcount === undefined || name === '' || counselor === '') continue;
    const entry: TimetableClass = { name, headcount, counselor, source: source(r.row) };
    if (college !== '') entry.college = college;
    if (current === 'unscheduled') unscheduled.push(entry);
    else if (typeof current === 'object') {
      current.classes.push(entry);
      if (!current.counselors.includes(counselor)) current.counselors.push(counselor);
      if (college !== '') current.college ??= college;
    }
  }
  if (problems.length > 0) throw new CapturePlanError(problems);
  if (windows.length === 0 && unscheduled.length === 0)
    fail('headerOnly', {}, { ...sheetWhere, row: table.rows[header.rowIndex]!.row });
  const timetable: Timetable = { file: table.file, windows, unscheduled, warnings: [] };
  if (table.sheet !== undefined) timetable.sheet = table.sheet;
  return timetable;
}

/** The window a cell starts, 'unscheduled' for 未排入, or 'bad' (its problem kept, or no date to put it on). */
function newWindow(
  text: string,
  date: IsoDate | undefined,
  where: Where,
  problems: Problem[],
): TimetableWindow | 'unscheduled' | 'bad' {
  const reading = readWindowText(text);
  if (reading === 'unscheduled') return reading;
  if (reading === 'unreadable' || reading === 'reversed') {
    problems.push(problem(reading === 'reversed' ? 'auditWindowReversed' : 'auditBadWindow', { value: text }, where));
    return 'bad';
  }
  if (date === undefined) return 'bad';
  return { date, start: reading.start, end: reading.end, counselors: [], classes: [], where };
}

/** The rooms the timetable's windows are in, in the order they first appear; none without a room column. */
export function timetableRooms(timetable: Pick<Timetable, 'windows'>): string[] {
  return [...new Set(timetable.windows.flatMap((w) => (w.room === undefined ? [] : [w.room])))];
}
