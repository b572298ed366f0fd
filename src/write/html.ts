import { pushAll } from '../core/arrays.js';
import type { ColumnKey } from '../core/i18n/labels.js';
import { labelsFor } from '../core/i18n/labels-for.js';
import type { NoticeCell, NoticeTable, TableModel } from '../core/notice/notice-table.js';
import type { WidthOf } from './display-width.js';
import { escapeHtml } from './html-escape.js';
import { renderSvgTimeline } from './svg-timeline.js';

/** Columns shown centred; those with short fixed values (numbers, dates, times) also never wrap. */
const CENTRED: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  'seq',
  'college',
  'headcount',
  'counselor',
  'room',
  'date',
  'time',
  'gather',
  'classes',
  'people',
]);
const NOWRAP: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['seq', 'headcount', 'date', 'time', 'gather']);

/** The page around the notice: only for the standalone page. */
const PAGE_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; padding: 24px 16px 40px; background: #f4f5f7; color: #222;
  font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  font-size: 14px; line-height: 1.6;
}
main {
  max-width: 820px; margin: 0 auto; padding: 28px 32px 32px; background: #fff;
  border: 1px solid #dde1e6; border-radius: 6px; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.06);
}
h1 { margin: 0 0 10px; font-size: 22px; line-height: 1.35; text-align: center; letter-spacing: 0.02em; }
@page { size: A4 portrait; margin: 15mm; }
@media print {
  body { background: #fff; padding: 0; font-size: 11pt; }
  main { max-width: none; padding: 0; border: 0; box-shadow: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The notice itself, scoped to .capture-plan so the same rules serve the page and a section pasted into another. */
const CONTENT_STYLE = `
.capture-plan h2 { margin: 28px 0 10px; font-size: 16px; }
.capture-plan .facts { display: flex; flex-wrap: wrap; justify-content: center; gap: 4px 28px; margin: 0 0 16px; }
.capture-plan .facts div { display: flex; gap: 8px; }
.capture-plan .facts dt { color: #666; }
.capture-plan .facts dd { margin: 0; font-weight: 600; }
.capture-plan p { margin: 0 0 12px; }
.capture-plan .throughput { text-indent: 2em; }
.capture-plan .warning {
  margin: 0 0 16px; padding: 10px 14px; border: 1px solid #e3a3a3; border-left: 4px solid #c00000;
  border-radius: 4px; background: #fdf1f1; color: #7a0000;
}
.capture-plan .warning p { margin: 0; }
.capture-plan .warning .warning-heading { font-weight: 700; color: #c00000; }
.capture-plan table.timetable { width: 100%; border-collapse: collapse; margin: 4px 0 14px; font-variant-numeric: tabular-nums; }
.capture-plan .timetable th, .capture-plan .timetable td { border: 1px solid #9aa3ad; padding: 4px 8px; vertical-align: middle; }
.capture-plan .timetable thead th { background: #e8eef7; font-weight: 700; text-align: center; white-space: nowrap; }
.capture-plan .timetable td { text-align: left; overflow-wrap: anywhere; }
.capture-plan .timetable td.centred { text-align: center; }
.capture-plan .timetable td.nowrap { white-space: nowrap; overflow-wrap: normal; }
.capture-plan .timetable tr.overflow td { color: #c00000; }
.capture-plan .timetable tfoot td { font-weight: 700; background: #f2f4f7; }
.capture-plan .summary { font-weight: 600; }
.capture-plan figure { margin: 0 0 12px; }
.capture-plan figcaption { margin: 0 0 4px; color: #555; font-size: 13px; }
.capture-plan svg.timeline { display: block; height: auto; }
.capture-plan figure p.overflow { margin: 4px 0 0; color: #c00000; }
@media print {
  .capture-plan thead { display: table-header-group; }
  .capture-plan tfoot { display: table-row-group; }
  .capture-plan tr, .capture-plan figure, .capture-plan .warning { break-inside: avoid; }
  /* A row that starts a merge would drag its whole merged block to the next page (leaving a blank one); let it break
     between its rows, while no cell of its own is cut. */
  .capture-plan tr:has(> td[rowspan]) { break-inside: auto; }
  .capture-plan td:not([rowspan]) { break-inside: avoid; }
  .capture-plan h2 { break-after: avoid; }
}
`;

/**
 * The notice as one self-contained HTML5 page (inline style, no scripts, no external assets): title, facts, the
 * throughput sentence, the warning when the plan does not fit, the merged timetable with its totals, the summary and
 * the day's timeline as inline SVG; or, given `body` (a filled template), that instead. Every text comes from the
 * model and is escaped.
 */
export function renderHtml(notice: NoticeTable, widthOf: WidthOf, body?: readonly string[]): string {
  const labels = labelsFor(notice.lang);
  return `${[
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(labels.htmlLang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(notice.headline)}</title>`,
    `<style>${PAGE_STYLE}${CONTENT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="capture-plan">',
    ...(body ?? [`<h1>${escapeHtml(notice.title)}</h1>`, ...content(notice, widthOf)]),
    '</main>',
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}

/** The notice as a section to sit between markers in someone else's page: its own scoped style, no page chrome. */
export function renderHtmlSection(notice: NoticeTable, widthOf: WidthOf, body?: readonly string[]): string {
  return [
    '<div class="capture-plan">',
    `<style>${CONTENT_STYLE}</style>`,
    ...(body ?? content(notice, widthOf)),
    '</div>',
  ].join('\n');
}

/** Facts, throughput, warning, table, summary, the fee and timelines. */
function content(notice: NoticeTable, widthOf: WidthOf): string[] {
  const out: string[] = [];
  if (notice.facts.length > 0) {
    out.push('<dl class="facts">');
    for (const fact of notice.facts)
      out.push(`<div><dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd></div>`);
    out.push('</dl>');
  }
  out.push(`<p class="throughput">${escapeHtml(notice.throughputSentence)}</p>`);
  pushAll(out, warningHtml(notice));
  out.push(renderTable(notice.table, notice.totals, 'timetable'));
  out.push(`<p class="summary">${escapeHtml(notice.summarySentence)}</p>`);
  if (notice.fee) out.push(`<p class="fee">${escapeHtml(notice.fee.sentence)}</p>`);
  pushAll(out, campusHtml(notice));
  if (notice.timeline.length > 0) {
    out.push('<section class="timelines">');
    out.push(`<h2>${escapeHtml(notice.timelineTitle)}</h2>`);
    for (const day of notice.timeline) {
      out.push('<figure>');
      out.push(`<figcaption>${escapeHtml(day.label)}</figcaption>`);
      out.push(renderSvgTimeline(day, notice.breakLabel, widthOf));
      for (const note of day.notes) out.push(`<p class="overflow">${escapeHtml(note)}</p>`);
      out.push('</figure>');
    }
    out.push('</section>');
  }
  return out;
}

/** The box saying the plan does not fit; nothing when it fits. */
export function warningHtml(notice: NoticeTable): string[] {
  if (!notice.warning) return [];
  return [
    '<div class="warning" role="alert">',
    `<p class="warning-heading">${escapeHtml(notice.warningHeading)}</p>`,
    `<p>${escapeHtml(notice.warning)}</p>`,
    '</div>',
  ];
}

/** The per-college table under its heading, and its notes; nothing without colleges. */
export function campusHtml(notice: NoticeTable): string[] {
  const { campus } = notice;
  if (!campus) return [];
  return [
    '<section class="campus">',
    `<h2>${escapeHtml(campus.heading)}</h2>`,
    renderTable(campus.table, campus.totals, 'timetable campus'),
    ...campus.notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`),
    '</section>',
  ];
}

/** A table with its header, rows (merged cells as rowspans, overflow rows marked) and totals row. */
export function renderTable({ columns, rows }: TableModel, totals: readonly NoticeCell[], className: string): string {
  const keys = columns.map((c) => c.key);
  const out: string[] = [`<table class="${className}">`];
  out.push('<thead><tr>');
  for (const c of columns) out.push(`<th scope="col" class="col-${escapeHtml(c.key)}">${escapeHtml(c.label)}</th>`);
  out.push('</tr></thead>');
  out.push('<tbody>');
  for (const row of rows) {
    const cells = row.cells.map((c, i) => renderCell(c, keys[i])).join('');
    out.push(`<tr${row.overflow ? ' class="overflow"' : ''}>${cells}</tr>`);
  }
  out.push('</tbody>');
  if (totals.length > 0) {
    const cells = totals.map((c, i) => renderCell(c, keys[i]));
    // A totals row shorter than the header still spans the table's full width.
    const missing = columns.length - totals.length;
    out.push(`<tfoot><tr>${cells.join('')}${missing > 0 ? `<td colspan="${missing}"></td>` : ''}</tr></tfoot>`);
  }
  out.push('</table>');
  return out.join('\n');
}

/** A cell; covered cells (rowSpan 0) are left out, merge heads carry their rowspan. */
function renderCell(cell: NoticeCell, key: ColumnKey | undefined): string {
  if (cell.rowSpan === 0) return '';
  const classes = key
    ? [`col-${key}`, CENTRED.has(key) ? 'centred' : '', NOWRAP.has(key) ? 'nowrap' : ''].filter(Boolean).join(' ')
    : '';
  const span = cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '';
  return `<td${classes ? ` class="${escapeHtml(classes)}"` : ''}${span}>${escapeHtml(cell.text)}</td>`;
}
