import { formatDate } from '../format.js';
import type { Lang } from '../i18n/labels.js';
import { labelsFor } from '../i18n/labels-for.js';
import type { RoomMove } from '../i18n/messages-zh.js';
import type { NoticeTable } from '../notice/notice-table.js';
import type { Roster } from '../roster/model.js';
import type { RawRow } from '../roster/raw-table.js';
import { clock, type IsoDate } from '../time.js';
import { readTimetable, type Timetable, type TimetableWindow, timetableRooms } from './timetable.js';

/** The timetable's classes as a roster, in the order it lists them, to plan them again (`--order input`). */
export function timetableRoster(timetable: Timetable): Roster {
  const listed = [...timetable.windows.flatMap((w) => w.classes), ...timetable.unscheduled].sort(
    (a, b) => a.source.row - b.source.row,
  );
  const roster: Roster = {
    file: timetable.file,
    classes: listed.map((c, i) => ({ ...c, seq: i + 1 })),
    warnings: timetable.warnings,
    skippedRows: [],
  };
  if (timetable.sheet !== undefined) roster.sheet = timetable.sheet;
  return roster;
}

/** The dates the timetable's windows fall on, in order: the dates the classes are planned on again. */
export function timetableDates(timetable: Timetable): IsoDate[] {
  return [...new Set(timetable.windows.map((w) => w.date))].sort();
}

/** The windows a notice table shows, read as a published timetable is (the cells a merge covers left blank). */
export function noticeWindows(notice: NoticeTable, file: string): Timetable {
  const header: RawRow = { row: 1, cells: notice.table.columns.map((c) => c.label) };
  const rows: RawRow[] = notice.table.rows.map((r, i) => ({
    row: i + 2,
    cells: r.cells.map((c) => (c.rowSpan === 0 ? '' : c.text)),
  }));
  return readTimetable({ file, sheets: [{ file, rows: [header, ...rows] }] });
}

/** Per counselor, in the published order: the windows as published, and as re-timed (each with its room, if several). */
export function sideBySide(
  published: readonly TimetableWindow[],
  retimedTable: Timetable,
  lang: Lang,
): { counselor: string; published: string; retimed: string }[] {
  const retimed = retimedTable.windows;
  const dated = new Set([...published, ...retimed].map((w) => w.date)).size > 1;
  const labels = labelsFor(lang);
  const roomed = timetableRooms({ windows: [...published, ...retimed] }).length > 1;
  const phrase = (w: TimetableWindow) =>
    `${roomed && w.room !== undefined ? `${w.room} ` : ''}${dated ? `${formatDate(labels, w.date)} ` : ''}${clock(w.start)}-${clock(w.end)}`;
  const of = (windows: readonly TimetableWindow[], name: string) =>
    windows
      .filter((w) => w.counselors.includes(name))
      .map(phrase)
      .join(lang === 'zh' ? '，' : ', ');
  const names = [...new Set(published.flatMap((w) => w.counselors))];
  const left = (name: string) => {
    const count = retimedTable.unscheduled.filter((c) => c.counselor === name).length;
    return count > 0 ? [labels.unscheduledClasses(count)] : [];
  };
  return names.map((counselor) => ({
    counselor,
    published: of(published, counselor),
    retimed: [of(retimed, counselor), ...left(counselor)].filter((t) => t !== '').join(lang === 'zh' ? '，' : ', '),
  }));
}

/** The counselors the re-timed plan puts in other rooms than the timetable did, in the timetable's order. */
export function roomMoves(published: Timetable, retimedTable: Timetable): RoomMove[] {
  const roomsOf = (windows: readonly TimetableWindow[], name: string) =>
    [...new Set(windows.filter((w) => w.counselors.includes(name) && w.room !== undefined).map((w) => w.room!))]
      .sort()
      .join('、');
  const names = [...new Set(published.windows.flatMap((w) => w.counselors))];
  return names.flatMap((counselor) => {
    const from = roomsOf(published.windows, counselor);
    const to = roomsOf(retimedTable.windows, counselor);
    return from !== '' && to !== '' && from !== to ? [{ counselor, from, to }] : [];
  });
}
