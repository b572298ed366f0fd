import { CsvError, parse } from 'csv-parse/sync';
import { fail } from '../core/errors.js';
import type { RawWorkbook } from '../core/roster/raw-table.js';
import { decodeText } from './decode.js';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * What a CSV may hold. csv-parse builds an error object for every line whose cell count differs from the first
 * line's, even when told to accept them (about 20 µs each): 50 MB of empty lines would take a quarter of an hour, and
 * 50 MB of commas would be 50 million cells. Both limits are far above any roster and counted before parsing.
 */
export const CSV_LIMITS = {
  /** Lines, counting every line break, even one inside quotes. */
  maxLines: 250_000,
  /** Cells, counted as delimiters plus line breaks, even inside quotes (an upper bound). */
  maxCells: 5_000_000,
} as const;

/** Reads CSV bytes (UTF-8 with or without BOM, GBK/GB18030, UTF-16 with BOM) into one raw sheet. */
export function readCsv(bytes: Uint8Array, file: string): RawWorkbook {
  const decoded = decodeText(bytes);
  if (!decoded) fail('undecodable', {}, { file });
  const delimiter = sniffDelimiter(decoded.text);
  checkSize(decoded.text, delimiter, file);
  let records: string[][];
  try {
    records = parse(decoded.text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = (error as CsvError & { records?: number }).records;
    const where = row === undefined ? { file } : { file, row: row + 1 };
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') fail('unclosedQuote', {}, where);
    return fail('csvInvalid', { reason: error.message }, where);
  }
  return { file, sheets: [{ file, rows: records.map((cells, i) => ({ row: i + 1, cells })) }] };
}

/** Refuses text with more lines or cells than CSV_LIMITS allows, counting in one pass before csv-parse sees it. */
function checkSize(text: string, delimiter: string, file: string): void {
  const d = delimiter.charCodeAt(0);
  let lines = 1;
  let delimiters = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
    else if (ch === d) delimiters++;
  }
  const cells = lines + delimiters;
  if (lines > CSV_LIMITS.maxLines || cells > CSV_LIMITS.maxCells) {
    fail('csvTooLarge', { lines, cells, maxLines: CSV_LIMITS.maxLines, maxCells: CSV_LIMITS.maxCells }, { file });
  }
}

/** Picks comma, semicolon or tab: the one that occurs most, outside quotes, in the first lines of the file. */
export function sniffDelimiter(text: string): string {
  // character codes and one counter per delimiter: a first line of millions of commas is scanned in milliseconds
  const codes = DELIMITERS.map((d) => d.charCodeAt(0));
  const counts = codes.map(() => 0);
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
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
