import { minOf } from '../arrays.js';
import { datesText, formatDate, instantFormatter } from '../format.js';
import type { Labels, Lang } from '../i18n/labels.js';
import { labelsFor } from '../i18n/labels-for.js';
import type { Fen } from '../money.js';
import { hasColleges } from '../schedule/colleges.js';
import { planFees } from '../schedule/fees.js';
import type { PlanFix } from '../schedule/fix.js';
import { weightsOf } from '../schedule/objective.js';
import type { Plan, Segment } from '../schedule/plan.js';
import { lastScheduledEnd, unscheduledFigures } from '../schedule/unscheduled.js';
import { periodSeconds } from '../throughput.js';
import { clock } from '../time.js';
import { type CalendarEvent, calendarEvents } from './calendar-events.js';
import { type CampusSection, campusSection } from './campus-table.js';
import { type DisplayTimes, displayTimes } from './display-times.js';
import { type FeeLines, feeLines, feeTexts, feeTotals } from './fee-lines.js';
import { mainTable } from './main-table.js';
import { warningText } from './overflow-advice.js';
import { roomNotes } from './room-notes.js';
import { counselorTable, detailTable, settingsList, signInTable } from './staff-tables.js';
import { cell, type NoticeCell, type TableModel } from './table-model.js';
import { type TimelineDay, timeline } from './timeline.js';

export type { NoticeCell, NoticeColumn, NoticeRow, TableModel } from './table-model.js';

/** How the notice is presented. */
export interface NoticeOptions {
  lang: Lang;
  /** Display rounding of the table's times, in minutes (1 = to the minute). */
  round: number;
  /** Minutes before its start a class should gather. */
  gather: number;
  location?: string;
  /** The heading (`--title`), instead of the label's. */
  title?: string;
  /** The photo fee per person, when one is collected. */
  fee?: Fen;
  /** What would make the plan fit, when it does not. */
  fix?: PlanFix;
  /** The one college this notice is for (with --split college): named first among the facts. */
  college?: string;
  /** Shown times computed on the whole plan this one was cut from, so both show the same times. */
  display?: ReadonlyMap<Segment, DisplayTimes>;
}

/** The plan as people read it: every human-facing writer renders this one model. */
export interface NoticeTable {
  lang: Lang;
  title: string;
  /** One line for the top of a printed sheet: date(s), title and location. */
  headline: string;
  /** Label/value lines under the title: date(s), location. */
  facts: { label: string; value: string }[];
  /** Values for template placeholders. */
  dateText: string;
  location: string;
  rateText: string;
  startText: string;
  endText: string;
  throughputSentence: string;
  summarySentence: string;
  /** Present when the plan does not fit: what happens and what would fix it. */
  warning?: string;
  warningHeading: string;
  /** What follows a label in running text. */
  colon: string;
  /** Said when the plan fits. */
  fitsSentence: string;
  writtenLabel: string;
  /** Said under the terminal timeline when more days were planned than it shows. */
  moreDays: (count: number) => string;
  fits: boolean;
  figures: { classes: number; people: number; counselors: number };
  /** The notice's table: times per counselor segment, display-rounded, cells merged; then when each class gathers. */
  table: TableModel;
  totals: NoticeCell[];
  /** Every class with its exact start and end. */
  detail: TableModel;
  /** The photographer's sign-in sheet. */
  signIn: TableModel;
  /** Per counselor figures. */
  counselors: TableModel;
  /** With colleges: when and where each college is photographed. */
  campus?: CampusSection;
  /** With a fee: what it comes to, and the totals rows under the sign-in sheet and the per-counselor table. */
  fee?: FeeLines & { signInTotals: NoticeCell[]; counselorTotals: NoticeCell[] };
  settingsHeading: string;
  settings: { label: string; value: string }[];
  /** With --order optimize: how each room's order was found. */
  orderNotes: string[];
  timelineTitle: string;
  breakLabel: string;
  timeline: TimelineDay[];
  /** Made on first read (a calendar written), then kept. */
  readonly events: CalendarEvent[];
  sheetNames: Labels['sheets'];
  /** Appended to a merged label repeated at the top of a printed page. */
  continued: string;
}

/** Builds the publishable model from a plan: labels, merges, display-rounded gap-free times, and every side table. */
export function noticeTable(plan: Plan, options: NoticeOptions): NoticeTable {
  const labels = labelsFor(options.lang);
  const title = options.title ?? labels.title;
  const { summary, settings } = plan;
  const when = instantFormatter(labels, settings.dates);
  const display = options.display ?? displayTimes(plan, options.round);
  const shownStarts = plan.blocks.flatMap((b) => display.get(b.segments[0]!)?.start ?? []);
  const firstShown = shownStarts.length > 0 ? minOf(shownStarts) : plan.slots[0]!.start - plan.slots[0]!.midnight;
  // past the last session no clock time is shown: the day ends with the last class scheduled
  const endText = when(lastScheduledEnd(plan), true);
  const unscheduled = summary.fits ? undefined : unscheduledFigures(plan);
  const usedDates = [...new Set(plan.classes.map((c) => plan.slots[c.slot]!.date))].sort();
  const dateText = datesText(labels, usedDates, true);
  const facts = [
    ...(options.college ? [{ label: labels.columns.college, value: options.college }] : []),
    { label: labels.dateLabel, value: dateText },
  ];
  if (options.location) facts.push({ label: labels.locationLabel, value: options.location });
  if (plan.rooms.length > 1)
    facts.push({ label: labels.roomsLabel, value: plan.rooms.map((r) => r.name).join(labels.listSeparator) });
  if (plan.reserved.length > 0) {
    const { end } = settings.sessions[settings.sessions.length - 1]!;
    facts.push({
      label: labels.reserveLabel,
      value: labels.reserveValue(`${clock(end - (settings.reserve ?? 0))}-${clock(end)}`),
    });
  }
  const totals = labels.totals(summary.classes, summary.people);
  const startText =
    settings.dates.length === 1 ? clock(firstShown) : `${formatDate(labels, settings.dates[0]!)} ${clock(firstShown)}`;
  const staffOptions = {
    gather: options.gather,
    round: options.round,
    ...(options.location ? { location: options.location } : {}),
  };
  const fees = options.fee ? planFees(plan, options.fee) : undefined;
  const shownFees = fees && feeTexts(fees);
  const rates = roomRates(plan, labels);
  let events: CalendarEvent[] | undefined;
  const notice: NoticeTable = {
    lang: options.lang,
    title,
    headline: `${datesText(labels, usedDates, false)} ${title}${options.location ? ` · ${options.location}` : ''}`,
    facts,
    dateText,
    location: options.location ?? '',
    rateText: rates ?? labels.rate(settings.throughput),
    startText,
    endText,
    throughputSentence: rates
      ? labels.throughputRooms(rates)
      : labels.throughput(settings.throughput, periodSeconds(settings.throughput) / settings.throughput.people),
    summarySentence: labels.summary({
      classes: summary.classes,
      people: summary.people,
      counselors: summary.counselors,
      start: startText,
      end: endText,
      ...(unscheduled ? { unscheduled } : {}),
    }),
    warningHeading: labels.warningHeading,
    colon: labels.colon,
    fitsSentence: labels.fits(endText),
    writtenLabel: labels.writtenLabel,
    moreDays: labels.moreDays,
    fits: summary.fits,
    figures: { classes: summary.classes, people: summary.people, counselors: summary.counselors },
    table: mainTable(plan, labels, display, options.gather),
    totals: [
      cell(labels.totalLabel),
      ...(hasColleges(plan) ? [cell('')] : []),
      cell(totals.class),
      cell(totals.headcount),
      ...Array.from({ length: plan.rooms.length > 1 ? 5 : 4 }, () => cell('')),
    ],
    detail: detailTable(plan, labels, staffOptions),
    signIn: signInTable(plan, labels, shownFees),
    counselors: counselorTable(plan, labels, shownFees),
    settingsHeading: labels.settingsHeading,
    settings: settingsList(plan, labels, staffOptions),
    orderNotes: [...orderNotes(plan, labels), ...roomNotes(plan, labels)],
    timelineTitle: labels.timelineTitle(settings.dates.length),
    breakLabel: labels.breakLabel,
    timeline: timeline(plan, labels),
    // made when a calendar is written (its UIDs hash every segment): most builds write none
    get events() {
      events ??= calendarEvents(plan, labels, { ...staffOptions, ...(options.title ? { title: options.title } : {}) });
      return events;
    },
    sheetNames: labels.sheets,
    continued: labels.continued,
  };
  const campus = campusSection(plan, labels, display, shownFees);
  if (campus) notice.campus = campus;
  if (!summary.fits) notice.warning = warningText(labels, plan, options.fix, when);
  if (fees && shownFees) {
    const rows = feeTotals(notice, labels, { ...summary, total: shownFees.total });
    notice.fee = { ...feeLines(fees, shownFees, labels), signInTotals: rows.signIn, counselorTotals: rows.counselors };
    notice.settings.push(notice.fee.setting);
  }
  return notice;
}

/** Each room's rate ("A1-108 每10分钟20人、A1-109 每10分钟15人") when the rooms' rates differ; else undefined. */
function roomRates(plan: Plan, labels: Labels): string | undefined {
  const perPerson = plan.rooms.map((r) => periodSeconds(r.throughput) / r.throughput.people);
  if (perPerson.every((p) => p === perPerson[0])) return undefined;
  return plan.rooms.map((r) => `${r.name} ${labels.rate(r.throughput)}`).join(labels.listSeparator);
}

function orderNotes(plan: Plan, labels: Labels): string[] {
  const rooms = plan.rooms.filter((_, r) => plan.blocks.some((b) => b.room === r));
  return (plan.optimization ?? []).map((report, i) => {
    const room = plan.rooms.length > 1 ? `${rooms[i]?.name ?? ''}${labels.colon}` : '';
    const minutes = (s: number) => String(Math.round(s / 6) / 10);
    const kept = report.keptRoster
      ? labels.orderKept(minutes(report.saving), weightsOf(plan.settings).reorderGain)
      : '';
    if (report.optimal) return labels.orderOptimal(room, report.tried) + kept;
    return (
      labels.orderHeuristic(
        room,
        minutes(report.objective.overflow),
        report.objective.splits,
        minutes(report.lowerBound.overflow),
        report.lowerBound.splits,
      ) + kept
    );
  });
}
