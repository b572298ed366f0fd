import type { NoticeCell, NoticeTable } from '../core/notice-table.js';

/** The notice as Markdown: heading, facts, sentences, warning and the table (merged cells shown once). */
export function renderMarkdown(notice: NoticeTable): string {
  const colon = notice.lang === 'zh' ? '：' : ': ';
  const lines = [`# ${escapeInline(notice.title)}`, ''];
  for (const fact of notice.facts) lines.push(`- ${fact.label}${colon}${escapeInline(fact.value)}`);
  lines.push('', escapeInline(notice.throughputSentence), '');
  if (notice.warning) lines.push(`> **${notice.lang === 'zh' ? '注意' : 'Warning'}**${colon}${escapeInline(notice.warning)}`, '');
  const { columns, rows } = notice.table;
  lines.push(tableRow(columns.map((c) => c.label)));
  lines.push(tableRow(columns.map((c) => (c.key === 'seq' || c.key === 'headcount' ? '---:' : '---'))));
  for (const row of rows) lines.push(tableRow(row.cells.map(shown)));
  lines.push(tableRow(notice.totals.map(shown)));
  lines.push('', escapeInline(notice.summarySentence), '');
  return lines.join('\n');
}

function shown(cell: NoticeCell): string {
  return cell.rowSpan === 0 ? '' : cell.text;
}

function tableRow(cells: string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

/** Escapes what would break a table row or turn roster text into markup. */
function escapeCell(text: string): string {
  return text === '---' || text === '---:' ? text : escapeInline(text);
}

/** Makes roster text inert in Markdown: no links, emphasis, HTML or line breaks. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|#]/g, (ch) => `\\${ch}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
