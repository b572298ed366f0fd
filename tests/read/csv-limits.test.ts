import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { formatProblem } from '../../src/core/problem-text.js';
import { parseRoster } from '../../src/core/roster/roster.js';
import { CSV_LIMITS, readCsv } from '../../src/read/csv.js';

const HEADER = '班级名称,人数,辅导员\n';

/** readCsv on `text`: the CapturePlanError it threw (or undefined) and how long it took. */
function timed(text: string): { error?: CapturePlanError; ms: number } {
  const bytes = Buffer.from(text, 'utf8');
  const start = performance.now();
  try {
    readCsv(bytes, 'big.csv');
    return { ms: performance.now() - start };
  } catch (error) {
    if (!(error instanceof CapturePlanError)) throw error;
    return { error, ms: performance.now() - start };
  }
}

describe('CSV size limits, counted before csv-parse runs', () => {
  // csv-parse builds an error object for every line whose cell count differs from the header's: 20 µs a line, so a
  // 1 MB file of empty lines took about 20 s, and 50 MB (under the file size limit) a quarter of an hour.
  it('a million empty lines is refused at once', () => {
    const { error, ms } = timed(HEADER + '\n'.repeat(1_000_000));
    expect(error?.problems[0]).toMatchObject({
      key: 'csvTooLarge',
      params: { lines: 1_000_002, maxLines: CSV_LIMITS.maxLines },
      where: { file: 'big.csv' },
    });
    expect(error?.exitCode).toBe(2);
    expect(ms).toBeLessThan(500);
  });

  it('six million commas on one line is refused at once', () => {
    const { error, ms } = timed(HEADER + ','.repeat(6_000_000));
    expect(error?.problems[0]).toMatchObject({ key: 'csvTooLarge', params: { lines: 2, cells: 6_000_004 } });
    expect(formatProblem(error!.problems[0]!, 'zh')).toBe(
      'big.csv：CSV 有 2 行、最多 6000004 个单元格，超过上限（250000 行、5000000 个单元格），没有读取。名单通常只有几百行；请删去多余的空行或内容后另存。',
    );
    expect(ms).toBeLessThan(500);
  });

  it('counts CR, LF and CRLF as one line break each, and only the sniffed delimiter', () => {
    const { error } = timed(`${'a;b\r\n'.repeat(CSV_LIMITS.maxLines)}x,y,z\r`);
    expect(error?.problems[0]).toMatchObject({
      params: { lines: CSV_LIMITS.maxLines + 2, cells: 2 * CSV_LIMITS.maxLines + 2 },
    });
  });

  it('a 20 000-class roster still reads', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `班${i},${1 + (i % 40)},辅导员${i % 50}`).join('\n');
    const { error, ms } = timed(HEADER + rows);
    expect(error).toBeUndefined();
    expect(parseRoster(readCsv(Buffer.from(HEADER + rows), 'big.csv')).classes).toHaveLength(20_000);
    expect(ms).toBeLessThan(3000);
  });
});
