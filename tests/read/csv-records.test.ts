import { CsvError, parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/read/csv-records.js';

/** What csv-parse 6 made of the text, with the options the reader gave it before it had its own pass. */
function byCsvParse(text: string, delimiter: string): ReturnType<typeof csvRecords> {
  try {
    const records = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
    return { records };
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED')
      return { unclosedAfter: (error as CsvError & { records: number }).records };
    throw error;
  }
}

describe('csvRecords reads as csv-parse did', () => {
  it.each([
    ['', ','],
    ['a,b\nc', ','],
    ['a,b\n', ','],
    ['\n\n', ','],
    ['a\r\nb\rc\n', ','],
    ['"a,b",c', ','],
    ['"a""b"', ','],
    ['"ab"c,d', ','],
    ['a"b",c', ','],
    ['"a\nb"\nc', ','],
    ['"open\nx,y', ','],
    ['""', ','],
    ['"",""', ','],
    ['a;b,c', ';'],
    ['a\tb', '\t'],
    ['"a"', ','],
    ['x,"a"b"c",y', ','],
  ])('%j', (text, delimiter) => {
    expect(csvRecords(text, delimiter)).toEqual(byCsvParse(text, delimiter));
  });

  it('on random text of quotes, delimiters, line breaks and letters', () => {
    const text = fc
      .array(fc.constantFrom('"', ',', ';', '\n', '\r', '\r\n', 'a', 'b', ' ', '""', '"a"'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';'), (t, d) => {
        expect(csvRecords(t, d)).toEqual(byCsvParse(t, d));
      }),
      { numRuns: 3000 },
    );
  });
});
