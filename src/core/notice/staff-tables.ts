import { datesText, formatDate, gatherClock, instantFormatter } from '../format.js';
import type { Labels } from '../i18n/labels.js';
import { hasColleges } from '../schedule/colleges.js';
import type { Plan } from '../schedule/plan.js';
import { rowOrder } from '../schedule/rows.js';
import { isScheduled, scheduledPart } from '../schedule/unscheduled.js';
import { formatSessions } from '../settings.js';
import { formatThroughput } from '../throughput.js';
import { clock, clockWithSeconds } from '../time.js';
import type { FeeTexts } from './fee-lines.js';
import { columnsOf, plainTable, type TableModel } from './table-model.js';

/** What the tables for staff need besides the plan. */
export interface StaffTableOptions {
  gather: number;
  round: number;
  location?: string;
}

/** Every class with its exact start and end and when it gathers, in the timetable's order; a class not scheduled says so. */
export function detailTable(plan: Plan, labels: Labels, options: StaffTableOptions): TableModel {
  const rooms = plan.rooms.length > 1;
  const colleges = hasColleges(plan);
  const dateOfSlot = plan.slots.map((s) => formatDate(labels, s.date));
  return plainTable(
    columnsOf(labels, [
      'seq',
      ...(colleges ? (['college'] as const) : []),
      'class',
      'headcount',
      'counselor',
      ...(rooms ? (['room'] as const) : []),
      'date',
      'gather',
      'start',
      'end',
    ]),
    rowOrder(plan.classes).map((i) => {
      const c = plan.classes[i]!;
      const { midnight } = plan.slots[c.slot]!;
      const scheduled = isScheduled(plan, c);
      return {
        texts: [
          String(c.seq),
          ...(colleges ? [c.college ?? ''] : []),
          c.name,
          String(c.headcount),
          c.counselor,
          ...(rooms ? [plan.rooms[c.room]!.name] : []),
          ...(scheduled
            ? [
                dateOfSlot[c.slot]!,
                gatherClock(c.start - midnight, options.gather),
                clockWithSeconds(c.start - midnight),
                clockWithSeconds(c.end - midnight),
              ]
            : ['', '', labels.unscheduled, '']),
        ],
        overflow: !scheduled,
      };
    }),
  );
}

/**
 * The photographer's sheet: one row per class in the timetable's order (a room's classes of a day together), with
 * empty columns to fill in on the day (and, with a fee, its due).
 */
export function signInTable(plan: Plan, labels: Labels, fees?: FeeTexts): TableModel {
  const rooms = plan.rooms.length > 1;
  const colleges = hasColleges(plan);
  return plainTable(
    columnsOf(labels, [
      'seq',
      ...(colleges ? (['college'] as const) : []),
      'class',
      'headcount',
      'counselor',
      ...(rooms ? (['room'] as const) : []),
      'start',
      'actual',
      'paid',
      ...(fees ? (['fee'] as const) : []),
      'signature',
    ]),
    rowOrder(plan.classes).map((i) => {
      const c = plan.classes[i]!;
      return {
        texts: [
          String(c.seq),
          ...(colleges ? [c.college ?? ''] : []),
          c.name,
          String(c.headcount),
          c.counselor,
          ...(rooms ? [plan.rooms[c.room]!.name] : []),
          isScheduled(plan, c) ? clock(c.start - plan.slots[c.slot]!.midnight) : labels.unscheduled,
          '',
          '',
          ...(fees ? [fees.classes[i]!] : []),
          '',
        ],
      };
    }),
  );
}

/**
 * Per counselor, in the order they first appear in the timetable: classes, people (and, with a fee, its due), first
 * start, last end and the sessions they run in, of the classes scheduled; then how many are not.
 */
export function counselorTable(plan: Plan, labels: Labels, fees?: FeeTexts): TableModel {
  const when = instantFormatter(labels, plan.settings.dates);
  const rooms = plan.rooms.length > 1;
  const colleges = hasColleges(plan);
  return plainTable(
    columnsOf(labels, [
      ...(colleges ? (['college'] as const) : []),
      'counselor',
      ...(rooms ? (['room'] as const) : []),
      'classes',
      'people',
      ...(fees ? (['fee'] as const) : []),
      'firstStart',
      'lastEnd',
      'segments',
    ]),
    blocksInRowOrder(plan).map((i) => {
      const b = plan.blocks[i]!;
      const classes = plan.classes.slice(b.segments[0]!.first, b.segments[b.segments.length - 1]!.last + 1);
      const parts = b.segments.flatMap((s) => scheduledPart(plan, s) ?? []);
      const left = classes.length - parts.reduce((n, s) => n + s.last - s.first + 1, 0);
      const windows = parts.map(
        (s) => `${when(s.start, true)}-${clockWithSeconds(s.end - plan.slots[s.slot]!.midnight)}`,
      );
      return {
        texts: [
          ...(colleges ? [b.college ?? ''] : []),
          b.counselor,
          ...(rooms ? [plan.rooms[b.room]!.name] : []),
          String(classes.length),
          String(classes.reduce((sum, c) => sum + c.headcount, 0)),
          ...(fees ? [fees.blocks[i]!] : []),
          parts[0] ? when(parts[0].start, true) : labels.unscheduled,
          parts[0] ? when(parts[parts.length - 1]!.end, true) : '',
          [...windows, ...(left > 0 ? [labels.unscheduledClasses(left)] : [])].join(labels.listSeparator),
        ],
        overflow: left > 0,
      };
    }),
  );
}

/** Indices into the plan's blocks, by the row of each block's first class. */
function blocksInRowOrder(plan: Plan): number[] {
  const firstRow = plan.blocks.map((b) => plan.classes[b.segments[0]!.first]!.seq);
  return plan.blocks.map((_, i) => i).sort((a, b) => firstRow[a]! - firstRow[b]!);
}

/** The settings a plan was made with, as label/value pairs. */
export function settingsList(
  plan: Plan,
  labels: Labels,
  options: StaffTableOptions,
): { label: string; value: string }[] {
  const { settings } = plan;
  const list = [
    {
      label: labels.settings.throughput,
      value: `${labels.rate(settings.throughput)} (${formatThroughput(settings.throughput)})`,
    },
    { label: labels.settings.sessions, value: formatSessions(settings.sessions).join(labels.listSeparator) },
    { label: labels.settings.dates, value: datesText(labels, settings.dates, false) },
    { label: labels.settings.round, value: labels.minutes(options.round) },
    { label: labels.settings.gather, value: labels.minutes(options.gather) },
    { label: labels.settings.fits, value: plan.summary.fits ? labels.yes : labels.no },
  ];
  if (options.location) list.splice(3, 0, { label: labels.settings.location, value: options.location });
  if (plan.rooms.length > 1) {
    list.splice(1, 0, {
      label: labels.roomsLabel,
      value: plan.rooms.map((r) => `${r.name} (${formatThroughput(r.throughput)})`).join(labels.listSeparator),
    });
  }
  if (settings.order === 'optimize') list.push({ label: labels.settings.order, value: labels.settings.optimized });
  if (settings.changeover)
    list.push({ label: labels.settings.changeover, value: labels.minutes(settings.changeover / 60) });
  if (settings.reserve) list.push({ label: labels.reserveLabel, value: labels.minutes(settings.reserve / 60) });
  return list;
}
