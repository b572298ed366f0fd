import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { formatProblem } from '../../src/core/problem-text.js';
import { parseRoster } from '../../src/core/roster/roster.js';
import { CSV_LIMITS, readCsv } from '../../src/read/csv.js';
import { cpuMs } from '../cpu-time.js';

const HEADER = '班级名称,人数,辅导员\n';

/** readCsv on `text`: the CapturePlanError it threw (or undefined) and how long it took. */
function timed(text: string): { error?: CapturePlanError; ms: number } {
  const bytes = Buffer.from(text, 'utf8');
  const start = cpuMs();
  try {
    readCsv(bytes, 'big.csv');
    return { ms: cpuMs() - start };
  } catch (error) {
    if (!(error instanceof CapturePlanError)) throw error;
    return { error, ms: cpuMs() - start };
  }
}

describe('CSV size limits, counted before the text is split into records', () => {
  // csv-parse built an error object for every line whose cell count differs from the header's: 20 µs a line, so a
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
      'big.csv：CSV 有 2 行、最多 6000004 个单元格，超过上限（250000 行、2000000 个单元格），没有读取。名单通常只有几百行；请删去多余的空行或内容后另存。',
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

  // Issue 15: each took 7 to 11 s and up to 557 MB before (csv-parse's error object per ragged or blank line).
  it('250 000 lines, nearly all blank, read in a second or two and are skipped as blank rows', () => {
    const text = `${HEADER}软件1,30,杜宇飞\n${'\n'.repeat(CSV_LIMITS.maxLines - 3)}`;
    const { error, ms } = timed(text);
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(2500);
    const roster = parseRoster(readCsv(Buffer.from(text), 'blank.csv'));
    expect(roster.classes).toHaveLength(1);
    expect(roster.skippedRows.filter((r) => r.reason === 'blank')).toHaveLength(CSV_LIMITS.maxLines - 3);
  });

  it('ragged lines of 1 to 39 cells, 4.9 million in all, are refused at once', () => {
    const lines = Array.from({ length: 245_000 }, (_, i) => `${'x,'.repeat(i % 39)}x`);
    const { error, ms } = timed(HEADER + lines.join('\n'));
    expect(error?.problems[0]).toMatchObject({ key: 'csvTooLarge', params: { maxCells: 2_000_000 } });
    expect(ms).toBeLessThan(1000);
  });

  it('ragged lines within the limits read in a second', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `班${i},30,${'x,'.repeat(i % 19)}x`);
    const { error, ms } = timed(HEADER + lines.join('\n'));
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(1500);
  });

  it('one 49 MB line is refused at once, naming its line and the limit', () => {
    const { error, ms } = timed(`${HEADER}软件1,30,杜宇飞\n${'a'.repeat(49_000_000)}\n`);
    expect(error?.problems[0]).toMatchObject({
      key: 'csvLineTooLong',
      params: { chars: 49_000_000, limit: 10_000 },
      where: { file: 'big.csv', row: 3 },
    });
    expect(formatProblem(error!.problems[0]!, 'zh')).toMatch(
      /^big\.csv 第3行：这一行有 49000000 个字符，超过上限（每行 10000 个字符）/,
    );
    expect(formatProblem(error!.problems[0]!, 'en')).toMatch(
      /this line has 49000000 characters, over the limit \(10000 a line\)/,
    );
    expect(ms).toBeLessThan(5000); // decoding 49 MB as strict UTF-8 is most of it
  });

  it('a line of more than 1 000 cells is refused, naming its line; 1 000 are read', () => {
    expect(timed(`${HEADER}${'x,'.repeat(999)}x\n`).error).toBeUndefined();
    const { error } = timed(`${HEADER}软件1,30,杜宇飞\r\n${'x,'.repeat(1000)}x\r\n`);
    expect(error?.problems[0]).toMatchObject({
      key: 'csvTooManyColumns',
      params: { columns: 1001, limit: 1000 },
      where: { row: 3 },
    });
  });

  it('a line of exactly 10 000 characters is read, its CRLF not counted', () => {
    const { error } = timed(`${HEADER}软件1,30,${'甲'.repeat(9_993)}\r\n`);
    expect(error).toBeUndefined();
  });
});
