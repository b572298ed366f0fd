import { pushAll } from '../core/arrays.js';
import type { NoticeTable } from '../core/notice/notice-table.js';
import type { TemplateBlock, TemplateRun } from '../core/notice/template-blocks.js';
import { campusHtml, renderTable, warningHtml } from './html.js';
import { escapeHtml } from './html-escape.js';

/**
 * A filled notice template as the body of the HTML notice: headings, paragraphs, lists (consecutive items in one
 * list) and quotes from the template's lines, the real merged table for {{table}}, the per-college section for
 * {{colleges}} and the warning box for {{warning}}.
 */
export function templateHtml(notice: NoticeTable, blocks: readonly TemplateBlock[]): string[] {
  const out: string[] = [];
  let list: 'ul' | 'ol' | undefined;
  const openList = (tag: 'ul' | 'ol' | undefined, start?: string) => {
    if (list === tag) return;
    if (list) out.push(`</${list}>`);
    list = tag;
    if (tag) out.push(tag === 'ol' && start && start !== '1' ? `<ol start="${escapeHtml(start)}">` : `<${tag}>`);
  };
  for (const block of blocks) {
    openList(block.kind === 'bullet' ? 'ul' : block.kind === 'numbered' ? 'ol' : undefined, numberOf(block));
    switch (block.kind) {
      case 'heading':
        out.push(`<h${block.level}>${runsHtml(block.runs)}</h${block.level}>`);
        break;
      case 'paragraph':
        out.push(`<p>${runsHtml(block.runs)}</p>`);
        break;
      case 'bullet':
      case 'numbered':
        out.push(`<li>${runsHtml(block.runs)}</li>`);
        break;
      case 'quote':
        out.push(`<blockquote><p>${runsHtml(block.runs)}</p></blockquote>`);
        break;
      case 'table':
        out.push(renderTable(notice.table, notice.totals, 'timetable'));
        break;
      case 'colleges':
        pushAll(out, campusHtml(notice));
        break;
      case 'warning':
        pushAll(out, warningHtml(notice));
        break;
    }
  }
  openList(undefined);
  return out;
}

function numberOf(block: TemplateBlock): string | undefined {
  return block.kind === 'numbered' ? block.number.replace(/\D/g, '') : undefined;
}

function runsHtml(runs: readonly TemplateRun[]): string {
  return runs.map((r) => (r.bold ? `<strong>${escapeHtml(r.text)}</strong>` : escapeHtml(r.text))).join('');
}
