import { labelsFor, type Lang, type Labels } from '../i18n/labels.js';
import type { FittingRate } from './fit.js';
import type { Plan } from './plan.js';
import { periodSeconds } from './settings.js';
import { clock, clockWithSeconds, dateToLocalSeconds, DAY, isoDateOf, secondsOfDay, type IsoDate, type LocalSeconds } from './time.js';

/** How the notice is presented. */
export interface NoticeOptions {
  lang: Lang;
  /** Display rounding of the table's times, in minutes (1 = to the minute). */
  round: number;
  location?: string;
  /** The smallest rate that fits, when the plan does not. */
  fix?: FittingRate;
}

/** A cell of a published table; rowSpan > 1 starts a merge, 0 marks a cell covered by the merge above. */
export interface NoticeCell {
  text: string;
  rowSpan: number;
}

/** A column: a stable key for writers, and its label in the chosen language. */
export interface NoticeColumn {
  key: 'seq' | 'class' | 'headcount' | 'counselor' | 'date' | 'time' | 'start' | 'end';
  label: string;
}

/** A table of rows, each a cell per column. */
export interface TableModel {
  columns: NoticeColumn[];
  rows: { cells: NoticeCell[]; overflow: boolean }[];
}

/** The plan as people read it: every writer (XLSX, Markdown, terminal) renders this one model. */
export interface NoticeTable {
  lang: Lang;
  title: string;
  /** One line for the top of a printed sheet: date(s), title and location. */
  headline: string;
  /** Label/value lines under the title: date(s), location. */
  facts: { label: string; value: string }[];
  throughputSentence: string;
  summarySentence: string;
  /** Present when the plan does not fit: what happens and what would fix it. */
  warning?: string;
  fits: boolean;
  /** The notice's table: times per counselor segment, display-rounded, cells merged. */
  table: TableModel;
  totals: NoticeCell[];
  /** Every class with its exact start and end. */
  detail: TableModel;
  sheetNames: Labels['sheets'];
}

/** Builds the publishable table from a plan: labels, merges and display-rounded, gap-free times. */
export function noticeTable(plan: Plan, options: NoticeOptions): NoticeTable {
  const labels = labelsFor(options.lang);
  const singleDate = plan.settings.dates.length === 1;
  const dateText = (date: IsoDate) => formatDate(labels, date, false);
  const when = (t: LocalSeconds, exact = false) => {
    const time = exact ? clockWithSeconds(secondsOfDay(t)) : clock(secondsOfDay(t));
    return singleDate ? time : `${dateText(isoDateOf(t))} ${time}`;
  };
  const display = displayTimes(plan, options.round * 60);

  const mainColumns: NoticeColumn[] = (['seq', 'class', 'headcount', 'counselor', 'date', 'time'] as const).map((key) => ({ key, label: labels.columns[key] }));
  const rows = plan.classes.map((c) => ({
    cells: [
      cell(String(c.seq)),
      cell(c.name),
      cell(String(c.headcount)),
      cell(c.counselor, 0),
      cell(dateText(plan.slots[c.slot]!.date), 0),
      cell('', 0),
    ],
    overflow: c.end > plan.summary.lastSessionEnd,
  }));
  const spans = (column: number, groups: { first: number; last: number; text?: string }[]) => {
    for (const g of groups) {
      const head = rows[g.first]!.cells[column]!;
      head.rowSpan = g.last - g.first + 1;
      if (g.text !== undefined) head.text = g.text;
    }
  };
  spans(3, plan.blocks.map((b) => ({ first: b.segments[0]!.first, last: b.segments[b.segments.length - 1]!.last })));
  spans(4, runsOf(plan.classes.map((c) => plan.slots[c.slot]!.date)));
  spans(5, plan.blocks.flatMap((b) => b.segments.map((s) => ({ first: s.first, last: s.last, text: `${clock(display.get(s.start)!.start)}-${clock(display.get(s.start)!.end)}` }))));

  const detailColumns: NoticeColumn[] = (['seq', 'class', 'headcount', 'counselor', 'date', 'start', 'end'] as const).map((key) => ({ key, label: labels.columns[key] }));
  const detail = plan.classes.map((c) => ({
    cells: [String(c.seq), c.name, String(c.headcount), c.counselor, dateText(plan.slots[c.slot]!.date), clockWithSeconds(secondsOfDay(c.start)), clockWithSeconds(secondsOfDay(c.end))].map((t) => cell(t)),
    overflow: c.end > plan.summary.lastSessionEnd,
  }));

  const facts = [{ label: labels.dateLabel, value: plan.settings.dates.map((d) => formatDate(labels, d, true)).join(labels.listSeparator) }];
  if (options.location) facts.push({ label: labels.locationLabel, value: options.location });
  const totals = labels.totals(plan.summary.classes, plan.summary.people);
  const { summary } = plan;
  const firstDisplay = plan.blocks[0] ? display.get(plan.blocks[0].segments[0]!.start)!.start : secondsOfDay(summary.start);
  const table: NoticeTable = {
    lang: options.lang,
    title: labels.title,
    headline: [plan.settings.dates.map(dateText).join(labels.listSeparator), labels.title, options.location].filter(Boolean).join(' · '),
    facts,
    throughputSentence: labels.throughput(plan.settings.throughput, periodSeconds(plan.settings.throughput) / plan.settings.throughput.people),
    summarySentence: labels.summary({
      classes: summary.classes,
      people: summary.people,
      counselors: summary.counselors,
      start: singleDate ? clock(firstDisplay) : `${dateText(isoDateOf(summary.start))} ${clock(firstDisplay)}`,
      end: when(summary.end, true),
    }),
    fits: summary.fits,
    table: { columns: mainColumns, rows },
    totals: [cell(labels.totalLabel), cell(totals.class), cell(totals.headcount), cell(''), cell(''), cell('')],
    detail: { columns: detailColumns, rows: detail },
    sheetNames: labels.sheets,
  };
  if (!summary.fits) table.warning = warningText(labels, plan, options.fix, when);
  return table;
}

function warningText(labels: Labels, plan: Plan, fix: FittingRate | undefined, when: (t: LocalSeconds, exact?: boolean) => string): string {
  const { summary } = plan;
  const minutes = Number.isInteger(summary.overflowSeconds / 60) ? String(summary.overflowSeconds / 60) : (summary.overflowSeconds / 60).toFixed(1);
  const overflow = labels.overflow({ minutes, end: when(summary.end, true), sessionEnd: when(summary.lastSessionEnd) });
  const remedy = fix
    ? labels.fixByEnd(when(summary.end, true)) + labels.fixByRate(labels.rate(fix.throughput), when(fix.end, true))
    : labels.noFixingRate;
  return `${overflow}${labels.sentenceGap}${remedy}`;
}

/**
 * Display times of every segment, keyed by its exact start. A boundary two segments share rounds to the nearest step,
 * so print shows no gap and no overlap; the last end before a break rounds up (never earlier than the truth, never
 * past the session's end when the class fits); a boundary that would round onto the one before it moves a step on,
 * so no segment shows as empty.
 */
function displayTimes(plan: Plan, step: number): Map<LocalSeconds, { start: number; end: number }> {
  const segments = plan.blocks.flatMap((b) => b.segments).sort((a, b) => a.start - b.start);
  const nearest = (t: LocalSeconds) => Math.round(secondsOfDay(t) / step) * step;
  const up = (t: LocalSeconds) => Math.ceil(secondsOfDay(t) / step) * step;
  const display = new Map<LocalSeconds, { start: number; end: number }>();
  let previous: { end: LocalSeconds; shownEnd: number } | undefined;
  segments.forEach((s, i) => {
    const next = segments[i + 1];
    const start = previous && previous.end === s.start ? previous.shownEnd : nearest(s.start);
    const slotEnd = plan.slots[s.slot]!.end;
    const lastInSlot = !next || next.start !== s.end;
    const rounded = !lastInSlot ? nearest(s.end) : s.end <= slotEnd ? Math.min(up(s.end), Math.max(secondsOfDay(slotEnd), nearest(s.end))) : up(s.end);
    const end = Math.max(rounded, start + step);
    display.set(s.start, { start, end });
    previous = { end: s.end, shownEnd: end };
  });
  return display;
}

function runsOf(values: string[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  values.forEach((v, i) => {
    const run = runs[runs.length - 1];
    if (run && values[run.first] === v) run.last = i;
    else runs.push({ first: i, last: i });
  });
  return runs;
}

function cell(text: string, rowSpan = 1): NoticeCell {
  return { text, rowSpan };
}

function formatDate(labels: Labels, date: IsoDate, weekday: boolean): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dow = ((Math.floor(dateToLocalSeconds(date)! / DAY) + 3) % 7) + 1;
  return weekday ? labels.dateWithWeekday(y, m, d, dow) : labels.date(y, m, d);
}
