import { parse, CsvError } from 'csv-parse/sync';
import type { RawWorkbook } from '../core/raw-table.js';
import { fail } from '../errors.js';
import { decodeText } from './decode.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** Reads CSV bytes (UTF-8 with or without BOM, GBK/GB18030, UTF-16 with BOM) into one raw sheet. */
export function readCsv(bytes: Uint8Array, file: string): RawWorkbook {
  const decoded = decodeText(bytes);
  if (!decoded) fail('undecodable', {}, { file });
  let records: string[][];
  try {
    records = parse(decoded.text, {
      delimiter: sniffDelimiter(decoded.text),
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

/** Picks comma, semicolon or tab: the one that occurs most, outside quotes, in the first lines of the file. */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') lines++;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}
