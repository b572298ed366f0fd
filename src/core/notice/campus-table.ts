import { formatDate } from '../format.js';
import type { ColumnKey, Labels } from '../i18n/labels.js';
import { collegeSummaries } from '../schedule/colleges.js';
import type { Plan, Segment } from '../schedule/plan.js';
import { isScheduled } from '../schedule/unscheduled.js';
import { clock } from '../time.js';
import type { DisplayTimes } from './display-times.js';
import { type FeeTexts, totalsRow } from './fee-lines.js';
import { cell, columnsOf, type NoticeCell, type NoticeRow, type TableModel } from './table-model.js';

/** The campus-wide view: when and where each college is photographed, and which colleges come on several days. */
export interface CampusSection {
  heading: string;
  /**
   * A row per college, room and day: date, room, the shown time window in each session, classes and people; the
   * college cell merged.
   */
  table: TableModel;
  /** The campus totals under it: classes, people (and the fee). */
  totals: NoticeCell[];
  notes: string[];
}

/**
 * The per-college table offices attach to a campus notice (the teacher of each college is there for its whole
 * window), with the windows shown as the main table shows them; undefined without colleges.
 */
export function campusSection(
  plan: Plan,
  labels: Labels,
  display: ReadonlyMap<Segment, DisplayTimes>,
  fees?: FeeTexts,
): CampusSection | undefined {
  const colleges = collegeSummaries(plan);
  if (colleges.length === 0) return undefined;
  const withRooms = plan.rooms.length > 1;
  const segmentOf: Segment[] = [];
  for (const block of plan.blocks)
    for (const s of block.segments) for (let i = s.first; i <= s.last; i++) segmentOf[i] = s;
  const rows: NoticeRow[] = [];
  const notes: string[] = [];
  for (const college of colleges) {
    college.runs.forEach((run, i) => {
      // one window per session: the teacher need not wait through a break
      const windows: { slot: number; start: number; end: number }[] = [];
      for (let c = run.first; c <= run.last; c = segmentOf[c]!.last + 1) {
        const segment = segmentOf[c]!;
        const shown = display.get(segment);
        if (!shown) continue;
        const last = windows.at(-1);
        if (last && last.slot === segment.slot) last.end = shown.end;
        else windows.push({ slot: segment.slot, start: shown.start, end: shown.end });
      }
      let left = 0;
      for (let c = run.first; c <= run.last; c++) if (!isScheduled(plan, plan.classes[c]!)) left++;
      rows.push({
        cells: [
          cell(college.name, i === 0 ? college.runs.length : 0),
          cell(windows.length > 0 ? formatDate(labels, run.date) : ''),
          ...(withRooms ? [cell(plan.rooms[run.room]!.name)] : []),
          cell(
            [
              ...windows.map((w) => `${clock(w.start)}-${clock(w.end)}`),
              ...(left > 0 ? [labels.unscheduledClasses(left)] : []),
            ].join(labels.listSeparator),
          ),
          cell(String(run.classes)),
          cell(String(run.people)),
          ...(fees ? [cell(fees.amount(sumFen(fees.classFen, run.first, run.last)))] : []),
        ],
        overflow: left > 0,
      });
    });
    const days = [...new Set(college.runs.map((r) => r.date))];
    if (days.length > 1)
      notes.push(
        labels.collegeDays(
          college.name,
          days.map((d) => formatDate(labels, d)).join(labels.listSeparator),
          days.length,
        ),
      );
  }
  const keys = [
    'college',
    'date',
    ...(withRooms ? (['room'] as const) : []),
    'time',
    'classes',
    'people',
    ...(fees ? (['fee'] as const) : []),
  ] as const;
  const columns = columnsOf(labels, keys);
  const figures: Partial<Record<ColumnKey, string>> = {
    classes: String(plan.summary.classes),
    people: String(plan.summary.people),
    ...(fees ? { fee: fees.total } : {}),
  };
  return {
    heading: labels.campusHeading,
    table: { columns, rows },
    totals: totalsRow(columns, labels, figures),
    notes,
  };
}

/** The fen of the classes first…last. */
function sumFen(classFen: readonly number[], first: number, last: number): number {
  let sum = 0;
  for (let i = first; i <= last; i++) sum += classFen[i]!;
  return sum;
}
