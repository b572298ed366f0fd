/**
 * CSV text into records, in one linear pass. It reads exactly as csv-parse 6 did with the options this tool gave it
 * (one-character delimiter, CR, LF or CRLF between records, `"` as quote and escape, relaxed quotes and column
 * counts, empty lines kept as records of one empty cell; tests/read/csv-records.test.ts compares the two on random
 * text), without its cost: csv-parse built an error object, message and JSON copy of the record for every record
 * whose cell count differs from the first's, so 250 000 blank or ragged lines took 7 to 11 s.
 *
 * csv-parse's rules, as followed here: a field is quoted when its first character is `"`; inside, `""` is one `"`,
 * and a `"` followed by the delimiter, a line break or the end closes it; a `"` followed by anything else also ends
 * the quoting, but the field keeps its opening quote and that `"` (`"ab"c` reads `"ab"c`); a `"` anywhere else in an
 * unquoted field is an ordinary character. The last line break adds no empty record.
 */

/** The records, or the number of records read before a quoted field that never closes. */
export type CsvRecords = { records: string[][] } | { unclosedAfter: number };

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Splits `text` into records of cells; see the module comment. */
export function csvRecords(text: string, delimiter: string): CsvRecords {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let run = 0; // where the characters not yet added to `field` start
  let quoting = false;
  let wasQuoting = false;
  /** The length of the line break at `at` (2 for CRLF), 0 when there is none. */
  const lineBreak = (at: number): number => {
    const ch = text.charCodeAt(at);
    return ch === CR ? (text.charCodeAt(at + 1) === LF ? 2 : 1) : ch === LF ? 1 : 0;
  };
  /** Adds the pending characters before `at` to the field, and skips `skip` characters. */
  const take = (at: number, skip: number): void => {
    if (at > run) field += text.slice(run, at);
    run = at + skip;
  };
  const endField = (): void => {
    record.push(field);
    field = '';
    wasQuoting = false;
  };
  for (let pos = 0; pos < n; pos++) {
    const ch = text.charCodeAt(pos);
    if (ch === QUOTE) {
      if (quoting) {
        if (pos + 1 < n && text.charCodeAt(pos + 1) === QUOTE) {
          take(pos, 1); // the first of "" is dropped, the second kept
          pos++;
          continue;
        }
        const next = pos + 1 < n ? text.charCodeAt(pos + 1) : -1;
        take(pos, 1);
        quoting = false;
        wasQuoting = true;
        if (next === -1 || next === d || lineBreak(pos + 1) > 0) continue;
        field = `"${field}`; // csv-parse's relaxed closing quote: the field keeps both quotes
        run = pos;
      } else if (field.length === 0 && run === pos) {
        quoting = true;
        run = pos + 1;
        continue;
      }
    }
    if (quoting) continue;
    const breakLength = ch === CR || ch === LF ? lineBreak(pos) : 0;
    if (breakLength > 0) {
      take(pos, breakLength);
      endField();
      records.push(record);
      record = [];
      pos += breakLength - 1;
    } else if (ch === d) {
      take(pos, 1);
      endField();
    }
  }
  if (quoting) return { unclosedAfter: records.length };
  take(n, 0);
  if (wasQuoting || record.length > 0 || field.length > 0) {
    endField();
    records.push(record);
  }
  return { records };
}
