import { formatDate, gatherClock } from '../format.js';
import type { ColumnKey, Labels } from '../i18n/labels.js';
import { hasColleges } from '../schedule/colleges.js';
import type { Block, Plan, ScheduledClass, Segment } from '../schedule/plan.js';
import { rowOrder } from '../schedule/rows.js';
import { isScheduled } from '../schedule/unscheduled.js';
import { type DisplayTimes, timeCells } from './display-times.js';
import { cell, columnsOf, type NoticeRow, type TableModel } from './table-model.js';

/**
 * The notice's table, by date, then room, then time (row i is the class numbered i + 1): counselor, room, date and
 * time cells merged as in the published notice. The date spans the day's rows in every room and the room its rows
 * of that day, so several rooms print as one section per day with one run per room under it.
 */
export function mainTable(
  plan: Plan,
  labels: Labels,
  display: ReadonlyMap<Segment, DisplayTimes>,
  gather: number,
): TableModel {
  const withRooms = plan.rooms.length > 1;
  const withColleges = hasColleges(plan);
  const keys: ColumnKey[] = [
    'seq',
    ...(withColleges ? (['college'] as const) : []),
    'class',
    'headcount',
    'counselor',
    ...(withRooms ? (['room'] as const) : []),
    'date',
    'time',
    'gather',
  ];
  const dateOfSlot = plan.slots.map((s) => formatDate(labels, s.date));
  const printed = rowOrder(plan.classes).map((i) => plan.classes[i]!);
  const rows: NoticeRow[] = printed.map((c) => {
    const { midnight } = plan.slots[c.slot]!;
    const scheduled = isScheduled(plan, c);
    const text: Partial<Record<ColumnKey, string>> = {
      seq: String(c.seq),
      college: c.college ?? '',
      class: c.name,
      headcount: String(c.headcount),
      counselor: c.counselor,
      room: plan.rooms[c.room]!.name,
      date: scheduled ? dateOfSlot[c.slot]! : '',
      time: '',
      gather: scheduled ? gatherClock(c.start - midnight, gather) : '',
    };
    return { cells: keys.map((k) => cell(text[k] ?? '', MERGED.has(k) ? 0 : 1)), overflow: !scheduled };
  });
  const merge = (key: ColumnKey, groups: { first: number; last: number; text?: string }[]) => {
    const column = keys.indexOf(key);
    for (const g of groups) {
      const head = rows[g.first]!.cells[column]!;
      head.rowSpan = g.last - g.first + 1;
      if (g.text !== undefined) head.text = g.text;
    }
  };
  const rowOf = (index: number) => plan.classes[index]!.seq - 1;
  // a class not scheduled has no date: its blank cells merge apart from the last date's
  const dateOf = (c: ScheduledClass) => (isScheduled(plan, c) ? plan.slots[c.slot]!.date : '');
  if (withColleges) merge('college', runsOf(printed.map((c) => `${c.room} ${c.college}`)));
  merge('counselor', plan.blocks.flatMap(counselorRuns(rowOf)));
  if (withRooms) merge('room', runsOf(printed.map((c) => `${dateOf(c)} ${c.room}`)));
  merge('date', runsOf(printed.map(dateOf)));
  merge(
    'time',
    plan.blocks.flatMap((b) =>
      b.segments.flatMap((s) =>
        timeCells(plan, s, display, labels.unscheduled).map((t) => ({
          ...t,
          first: rowOf(t.first),
          last: rowOf(t.last),
        })),
      ),
    ),
  );
  return { columns: columnsOf(labels, keys), rows };
}

/** A counselor's runs of printed rows: one over all their segments, unless other rooms' rows of a day come between. */
function counselorRuns(rowOf: (index: number) => number): (block: Block) => { first: number; last: number }[] {
  return (block) => {
    const runs: { first: number; last: number }[] = [];
    for (const s of block.segments) {
      const run = runs[runs.length - 1];
      if (run && rowOf(s.first) === run.last + 1) run.last = rowOf(s.last);
      else runs.push({ first: rowOf(s.first), last: rowOf(s.last) });
    }
    return runs;
  };
}

/** The columns whose cells are merged over runs of rows. */
const MERGED: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['college', 'counselor', 'room', 'date', 'time']);

function runsOf(values: string[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  values.forEach((v, i) => {
    const run = runs[runs.length - 1];
    if (run && values[run.first] === v) run.last = i;
    else runs.push({ first: i, last: i });
  });
  return runs;
}
