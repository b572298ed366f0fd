import { fail } from '../core/errors.js';
import type { RawWorkbook } from '../core/roster/raw-table.js';
import { csvRecords } from './csv-records.js';
import { decodeText } from './decode.js';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * What a CSV may hold, counted in one pass before it is split into records: far above any roster (a 5 000-class
 * roster is 5 000 lines of a few dozen characters), low enough that reading stays within a second and 300 MB.
 */
export const CSV_LIMITS = {
  /** Lines, counting every line break, even one inside quotes. */
  maxLines: 250_000,
  /** Cells, counted as delimiters plus line breaks, even inside quotes (an upper bound), as the XLSX reader reads. */
  maxCells: 2_000_000,
  /** Characters on one line (between line breaks, quotes or not): a roster's line is about a hundred. */
  maxLineChars: 10_000,
  /** Cells on one line, counted as its delimiters plus one, even inside quotes. */
  maxColumns: 1_000,
} as const;

/** Reads CSV bytes (UTF-8 with or without BOM, GBK/GB18030, UTF-16 with BOM) into one raw sheet. */
export function readCsv(bytes: Uint8Array, file: string): RawWorkbook {
  const decoded = decodeText(bytes);
  if (!decoded) fail('undecodable', {}, { file });
  const delimiter = sniffDelimiter(decoded.text);
  checkSize(decoded.text, delimiter, file);
  const read = csvRecords(decoded.text, delimiter);
  if ('unclosedAfter' in read) return fail('unclosedQuote', {}, { file, row: read.unclosedAfter + 1 });
  return { file, sheets: [{ file, rows: read.records.map((cells, i) => ({ row: i + 1, cells })) }] };
}

/**
 * Refuses text with more lines or cells than CSV_LIMITS allows, or a line too long or too wide (named by its line
 * number), counting in one pass.
 */
function checkSize(text: string, delimiter: string, file: string): void {
  const d = delimiter.charCodeAt(0);
  let lines = 1;
  let delimiters = 0;
  let lineStart = 0;
  let lineDelimiters = 0;
  let long: { row: number; chars: number } | undefined;
  let wide: { row: number; columns: number } | undefined;
  const endLine = (at: number): void => {
    if (!long && at - lineStart > CSV_LIMITS.maxLineChars) long = { row: lines, chars: at - lineStart };
    if (!wide && lineDelimiters + 1 > CSV_LIMITS.maxColumns) wide = { row: lines, columns: lineDelimiters + 1 };
    lineDelimiters = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      endLine(ch === 10 && text.charCodeAt(i - 1) === 13 ? i - 1 : i);
      lines++;
      lineStart = i + 1;
    } else if (ch === d) {
      delimiters++;
      lineDelimiters++;
    }
  }
  endLine(text.length);
  const cells = lines + delimiters;
  if (lines > CSV_LIMITS.maxLines || cells > CSV_LIMITS.maxCells) {
    fail('csvTooLarge', { lines, cells, maxLines: CSV_LIMITS.maxLines, maxCells: CSV_LIMITS.maxCells }, { file });
  }
  if (long) fail('csvLineTooLong', { chars: long.chars, limit: CSV_LIMITS.maxLineChars }, { file, row: long.row });
  if (wide) fail('csvTooManyColumns', { columns: wide.columns, limit: CSV_LIMITS.maxColumns }, { file, row: wide.row });
}

/**
 * Picks comma, semicolon or tab: the one that occurs most, outside quotes, in the first 20 lines of the file, looking
 * no further than 20 lines of the longest length allowed (a 49 MB line took 2.5 s to look through, to be refused).
 */
export function sniffDelimiter(text: string): string {
  // character codes and one counter per delimiter: a first line of millions of commas is scanned in milliseconds
  const codes = DELIMITERS.map((d) => d.charCodeAt(0));
  const counts = codes.map(() => 0);
  let quoted = false;
  let lines = 0;
  const end = Math.min(text.length, 20 * (CSV_LIMITS.maxLineChars + 2));
  for (let i = 0; i < end && lines < 20; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (ch === 10) lines++;
    else {
      const d = codes.indexOf(ch);
      if (d >= 0) counts[d]!++;
    }
  }
  let best = 0;
  for (let d = 1; d < DELIMITERS.length; d++) if (counts[d]! > counts[best]!) best = d;
  return DELIMITERS[best]!;
}
