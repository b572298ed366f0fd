import type { NoticeCell, NoticeTable } from '../core/notice/notice-table.js';
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
    };
    return fillTemplate(template.text, values, template.file);
  }
  const { colon } = notice;
  const lines = options.title ? [`# ${escapeInline(notice.title)}`, ''] : [];
  for (const fact of notice.facts) lines.push(`- ${fact.label}${colon}${escapeInline(fact.value)}`);
  lines.push('', escapeInline(notice.throughputSentence), '');
  if (notice.warning) lines.push(warningLine(notice), '');
  lines.push(...markdownTable(notice));
  lines.push('', escapeInline(notice.summarySentence), '');
  return lines.join('\n');
}

function warningLine(notice: NoticeTable): string {
  return `> **${notice.warningHeading}**${notice.colon}${escapeInline(notice.warning ?? '')}`;
}

/** The notice's table with its totals row; merged cells show their text once, on the first row. */
function markdownTable(notice: NoticeTable): string[] {
  const { columns, rows } = notice.table;
  return [
    tableRow(columns.map((c) => escapeInline(c.label))),
    tableRow(columns.map((c) => (c.key === 'seq' || c.key === 'headcount' ? '---:' : '---'))),
    ...rows.map((row) => tableRow(row.cells.map(shown))),
    tableRow(notice.totals.map(shown)),
  ];
}

function shown(cell: NoticeCell): string {
  return cell.rowSpan === 0 ? '' : escapeInline(cell.text);
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Any character escapeInline changes. */
const MARKDOWN_SPECIAL = /[\r\n\\`*_[\]|#<>]/;

/** Makes roster text inert in Markdown: no links, emphasis, HTML, table breaks or line breaks. */
export function escapeInline(text: string): string {
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|#]/g, (ch) => `\\${ch}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
