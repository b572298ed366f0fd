import { fail } from '../core/errors.js';
import type { RawRow, RawTable, RawWorkbook } from '../core/roster/raw-table.js';
import { decodeText } from './decode.js';

/**
 * The tables of a notice (Markdown or HTML) as sheets of cells, the way a published timetable is read: every pipe
 * table of a Markdown file (each row numbered by its line), every `<table>` of an HTML page (each row numbered within
 * its table, a rowspan's text filled into the rows it covers, as a merged cell reads). Text only: nothing is run.
 */
export function readNoticeTables(bytes: Buffer, shownAs: string, format: 'md' | 'html'): RawWorkbook {
  const text = decodeText(bytes)?.text.replace(/^\uFEFF/, '') ?? fail('undecodable', {}, { file: shownAs });
  const sheets = format === 'md' ? markdownTables(text, shownAs) : htmlTables(text, shownAs);
  if (sheets.length === 0) fail('notSpreadsheet', {}, { file: shownAs });
  return { file: shownAs, sheets };
}

/** A Markdown cell's text: `\|` and the other escapes the notice writes undone, `<br>` as a space. */
function markdownCell(text: string): string {
  return text
    .trim()
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function markdownTables(text: string, file: string): RawTable[] {
  const tables: RawTable[] = [];
  let rows: RawRow[] = [];
  const lines = text.split(/\r?\n/);
  const flush = () => {
    if (rows.length > 0) tables.push({ file, rows });
    rows = [];
  };
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed.startsWith('|')) {
      flush();
      return;
    }
    if (/^\|(\s*:?-+:?\s*\|)+$/.test(trimmed)) return;
    const cells = trimmed
      .replace(/^\|/, '')
      .replace(/(?<!\\)\|$/, '')
      .split(/(?<!\\)\|/)
      .map(markdownCell);
    rows.push({ row: i + 1, cells });
  });
  flush();
  return tables;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** An HTML cell's text: tags dropped, entities decoded, white space collapsed. */
function htmlCell(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function htmlTables(text: string, file: string): RawTable[] {
  const tables: RawTable[] = [];
  for (const table of text.match(/<table[\s\S]*?<\/table>/gi) ?? []) {
    const rows: RawRow[] = [];
    /** Per column, the text and the rows still covered by a rowspan above. */
    const carried: { text: string; rows: number }[] = [];
    for (const tr of table.match(/<tr[\s\S]*?<\/tr>/gi) ?? []) {
      const cells: string[] = [];
      const found = [...tr.matchAll(/<t([hd])([^>]*)>([\s\S]*?)<\/t\1>/gi)];
      let col = 0;
      const takeCarried = () => {
        while (carried[col] && carried[col]!.rows > 0) {
          cells.push(carried[col]!.text);
          carried[col]!.rows--;
          col++;
        }
      };
      for (const [, , attributes, inner] of found) {
        takeCarried();
        const content = htmlCell(inner!);
        const span = Number(/rowspan="?(\d+)/i.exec(attributes!)?.[1] ?? 1);
        const colspan = Number(/colspan="?(\d+)/i.exec(attributes!)?.[1] ?? 1);
        for (let k = 0; k < colspan; k++) {
          cells.push(k === 0 ? content : '');
          if (span > 1) carried[col] = { text: content, rows: span - 1 };
          col++;
        }
      }
      takeCarried();
      rows.push({ row: rows.length + 1, cells });
    }
    if (rows.length > 0) tables.push({ file, rows });
  }
  return tables;
}
