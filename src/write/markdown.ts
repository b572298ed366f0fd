import { pushAll } from '../core/arrays.js';
import type { NoticeCell, NoticeColumn, NoticeRow, NoticeTable } from '../core/notice/notice-table.js';
import { fillTemplate } from '../core/notice/template.js';

/** A user's notice template and the name to report its problems under. */
export interface NoticeTemplate {
  text: string;
  file: string;
}

/**
 * The notice as Markdown: the default notice (without its heading when it goes between markers), or the user's template
 * filled in.
 */
export function renderMarkdown(
  notice: NoticeTable,
  template?: NoticeTemplate,
  options: { title: boolean } = { title: true },
): string {
  if (template) {
    const eol = template.text.includes('\r\n') ? '\r\n' : '\n';
    const values = {
      title: escapeInline(notice.title),
      table: markdownTable(notice).join(eol),
      date: escapeInline(notice.dateText),
      location: escapeInline(notice.location),
      throughput: escapeInline(notice.rateText),
      classes: String(notice.figures.classes),
      people: String(notice.figures.people),
      counselors: String(notice.figures.counselors),
      start: notice.startText,
      end: notice.endText,
      summary: escapeInline(notice.summarySentence),
      warning: notice.warning ? warningLine(notice) : '',
      colleges: notice.campus ? campusLines(notice, false).join(eol) : '',
      fee: notice.fee ? escapeInline(notice.fee.sentence) : '',
      feeTotal: notice.fee?.total ?? '',
    };
    return fillTemplate(template.text, values, template.file);
  }
  const { colon } = notice;
  const lines = options.title ? [`# ${escapeInline(notice.title)}`, ''] : [];
  for (const fact of notice.facts) lines.push(`- ${fact.label}${colon}${escapeInline(fact.value)}`);
  lines.push('', escapeInline(notice.throughputSentence), '');
  if (notice.warning) lines.push(warningLine(notice), '');
  pushAll(lines, markdownTable(notice));
  lines.push('', escapeInline(notice.summarySentence), '');
  if (notice.fee) lines.push(escapeInline(notice.fee.sentence), '');
  if (notice.campus) pushAll(lines, campusLines(notice, true)).push('');
  return lines.join('\n');
}

/** The per-college table, under its heading when `heading`, and its notes. */
function campusLines(notice: NoticeTable, heading: boolean): string[] {
  const campus = notice.campus!;
  const lines = heading ? [`## ${escapeInline(campus.heading)}`, ''] : [];
  pushAll(lines, tableLines(campus.table.columns, campus.table.rows)).push(tableRow(campus.totals.map(shown)));
  if (campus.notes.length > 0) pushAll(lines, ['', ...campus.notes.map((n) => `- ${escapeInline(n)}`)]);
  return lines;
}

function warningLine(notice: NoticeTable): string {
  return `> **${notice.warningHeading}**${notice.colon}${escapeInline(notice.warning ?? '')}`;
}

/** The notice's table with its totals row; merged cells show their text once, on the first row. */
function markdownTable(notice: NoticeTable): string[] {
  return [...tableLines(notice.table.columns, notice.table.rows), tableRow(notice.totals.map(shown))];
}

/** A table's header, alignment row and rows. */
function tableLines(columns: readonly NoticeColumn[], rows: readonly NoticeRow[]): string[] {
  return [
    tableRow(columns.map((c) => escapeInline(c.label))),
    tableRow(columns.map((c) => (NUMERIC.has(c.key) ? '---:' : '---'))),
    ...rows.map((row) => tableRow(row.cells.map(shown))),
  ];
}

/** Columns of numbers, aligned right. */
const NUMERIC: ReadonlySet<string> = new Set(['seq', 'headcount', 'classes', 'people', 'fee']);

function shown(cell: NoticeCell): string {
  return cell.rowSpan === 0 ? '' : escapeInline(cell.text);
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Any character escapeInline may change. */
const MARKDOWN_SPECIAL = /[\r\n\\`*_[\]|#<>~$@&:.]/;

/**
 * Makes roster text inert in Markdown, GitHub's flavour included: no links (GFM's bare `www.`, `http://` and e-mail
 * autolinks too: their `www.`, `://`, `mailto:` and `@` escaped), emphasis, strikethrough (`~`), math (`$`), HTML,
 * entities (an `&` that would start one), table breaks or line breaks. Every escape is one a renderer shows as the character itself.
 */
export function escapeInline(text: string): string {
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|#~$@]|(?<=\bwww)\.|(?<=[A-Za-z]):(?=\/\/)|(?<=\b(?:mailto|xmpp)):/gi, (ch) => `\\${ch}`)
    .replace(/&(?=#|[A-Za-z][A-Za-z0-9]{0,31};)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
