import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import type { MessageKey } from '../../src/core/i18n/messages.js';
import { parseRoster, type Roster } from '../../src/core/roster/roster.js';
import { readCsv, sniffDelimiter } from '../../src/read/csv.js';
import { decodeText } from '../../src/read/decode.js';
import { readRoster } from '../../src/read/read-roster.js';

/** Fixtures are produced by `npm run fixtures` (scripts/make-fixtures.mjs) from fixtures/seed-roster.csv. */
const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const fixture = (name: string): string => FIXTURES + name;
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The seed roster's values, read without the code under test. */
const SEED = readFileSync(fixture('seed-roster.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [, name, headcount, counselor] = line.split(',');
    return { name: name!, headcount: Number(headcount), counselor: counselor! };
  });

async function load(name: string, options: { sheet?: string } = {}): Promise<Roster> {
  return parseRoster(await readRoster(fixture(name), name), options);
}

/** The CapturePlanError reading and parsing `name` throws; fails the test when nothing is thrown. */
async function rejection(name: string, options: { sheet?: string } = {}): Promise<CapturePlanError> {
  try {
    await load(name, options);
  } catch (error) {
    expect(error).toBeInstanceOf(CapturePlanError);
    return error as CapturePlanError;
  }
  throw new Error(`${name} was accepted`);
}

interface ExpectedProblem {
  key: MessageKey;
  params: Record<string, unknown>;
  where?: unknown;
}

describe('seed data', () => {
  it('is the 30-class, 1052-person, 5-counselor roster the other fixtures are built from', () => {
    expect(SEED).toHaveLength(30);
    expect(SEED.reduce((sum, c) => sum + c.headcount, 0)).toBe(1052);
    expect(new Set(SEED.map((c) => c.counselor)).size).toBe(5);
  });
});

describe('good fixtures read to exactly the seed roster', () => {
  interface GoodCase {
    file: string;
    /** Source row of each class, as Excel or a text editor numbers it. */
    rows: number[];
    sheet?: string;
    skipped?: Roster['skippedRows'];
    warnings?: ExpectedProblem[];
  }
  const cases: GoodCase[] = [
    { file: 'seed-roster.csv', rows: range(2, 31) },
    { file: 'seed-roster.xlsx', rows: range(2, 31), sheet: '名单' },
    { file: 'messy/gbk.csv', rows: range(2, 31) },
    { file: 'messy/utf8-bom.csv', rows: range(2, 31) },
    { file: 'messy/semicolon.csv', rows: range(2, 31) },
    { file: 'messy/tab.csv', rows: range(2, 31) },
    {
      file: 'messy/merged-export.csv',
      rows: [...range(3, 15), ...range(17, 33)],
      skipped: [
        { row: 16, reason: 'blank' },
        { row: 34, reason: 'total' },
      ],
      warnings: [{ key: 'counselorsFilled', params: { count: 25 }, where: { file: 'messy/merged-export.csv' } }],
    },
    {
      file: 'messy/total-mismatch.csv',
      rows: range(2, 31),
      skipped: [{ row: 32, reason: 'total' }],
      warnings: [
        {
          key: 'totalMismatch',
          params: { stated: 1050, sum: 1052 },
          where: { file: 'messy/total-mismatch.csv', row: 32, column: 'C', header: '人数' },
        },
      ],
    },
    {
      file: 'messy/registrar.xlsx',
      rows: [...range(4, 16), ...range(18, 34)],
      sheet: '2021级',
      skipped: [
        { row: 17, reason: 'blank' },
        { row: 35, reason: 'total' },
      ],
    },
    { file: 'messy/second-sheet.xlsx', rows: range(2, 31), sheet: '名单' },
  ];

  it.each(cases)('$file', async ({ file, rows, sheet, skipped = [], warnings = [] }) => {
    const roster = await load(file);
    expect(roster.classes.map(({ name, headcount, counselor }) => ({ name, headcount, counselor }))).toEqual(SEED);
    expect(roster.classes.map((c) => c.seq)).toEqual(range(1, 30));
    expect(roster.classes.map((c) => c.source.row)).toEqual(rows);
    expect(roster.classes.every((c) => c.source.file === file && c.source.sheet === sheet)).toBe(true);
    expect(roster.file).toBe(file);
    expect(roster.sheet).toBe(sheet);
    expect(roster.skippedRows).toEqual(skipped);
    expect(roster.warnings).toEqual(warnings);
  });

  it('registrar.xlsx: the first class is on Excel row 4, below two merged title rows and the header', async () => {
    const roster = await load('messy/registrar.xlsx');
    expect(roster.classes[0]).toEqual({
      seq: 1,
      name: '软件20211',
      headcount: 31,
      counselor: '杜宇飞',
      source: { file: 'messy/registrar.xlsx', sheet: '2021级', row: 4 },
    });
  });

  it('registrar.xlsx: rich text, formula and hyperlink cells read as their text and cached value', async () => {
    const byName = new Map((await load('messy/registrar.xlsx')).classes.map((c) => [c.name, c]));
    expect(byName.get('软件20213')).toMatchObject({ headcount: 36, source: { row: 6 } }); // rich-text name
    expect(byName.get('软件20214')).toMatchObject({ headcount: 31, source: { row: 7 } }); // =30+1, cached 31
    expect(byName.get('网络20211')).toMatchObject({ headcount: 40, source: { row: 14 } }); // hyperlink name
    expect(byName.get('软件20212')).toMatchObject({ headcount: 28, counselor: '杜宇飞' }); // "28" as text, merged D4:D10
  });

  it('second-sheet.xlsx: picks a sheet by name or 1-based number', async () => {
    expect((await load('messy/second-sheet.xlsx', { sheet: '名单' })).classes).toHaveLength(30);
    expect((await load('messy/second-sheet.xlsx', { sheet: '2' })).sheet).toBe('名单');
  });

  it('decodes gbk.csv as GB18030 and utf8-bom.csv as UTF-8 without the BOM', () => {
    const gbk = decodeText(readFileSync(fixture('messy/gbk.csv')));
    expect(gbk?.encoding).toBe('gb18030');
    expect(gbk?.text.startsWith('序号,班级名称,人数,辅导员\r\n1,软件20211,31,杜宇飞\r\n')).toBe(true);
    const bom = decodeText(readFileSync(fixture('messy/utf8-bom.csv')));
    expect(bom?.encoding).toBe('utf-8');
    expect(bom?.text.startsWith('序号,')).toBe(true);
  });
});

describe('bad fixtures are rejected with every problem, located', () => {
  interface BadCase {
    file: string;
    problems: ExpectedProblem[];
    options?: { sheet?: string };
  }
  const at = (file: string, row?: number, column?: string, header?: string) => ({
    file,
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column, header }),
  });
  const headcounts = 'bad/bad-headcounts.csv';
  const cases: BadCase[] = [
    { file: 'bad/legacy.xls', problems: [{ key: 'legacyXls', params: {}, where: at('bad/legacy.xls') }] },
    {
      file: 'bad/legacy-renamed.xlsx',
      problems: [{ key: 'legacyXls', params: {}, where: at('bad/legacy-renamed.xlsx') }],
    },
    {
      file: 'bad/truncated.xlsx',
      problems: [{ key: 'corruptXlsx', params: { reason: expect.any(String) }, where: at('bad/truncated.xlsx') }],
    },
    {
      file: 'bad/not-a-zip.xlsx',
      problems: [{ key: 'corruptXlsx', params: { reason: 'not a zip archive' }, where: at('bad/not-a-zip.xlsx') }],
    },
    {
      file: 'bad/no-worksheets.xlsx',
      problems: [{ key: 'noWorksheets', params: {}, where: at('bad/no-worksheets.xlsx') }],
    },
    { file: 'bad/binary.csv', problems: [{ key: 'notSpreadsheet', params: {}, where: at('bad/binary.csv') }] },
    { file: 'bad/empty.csv', problems: [{ key: 'fileEmpty', params: {}, where: at('bad/empty.csv') }] },
    { file: 'bad/header-only.csv', problems: [{ key: 'headerOnly', params: {}, where: at('bad/header-only.csv', 1) }] },
    {
      file: 'bad/no-header.csv',
      problems: [
        {
          key: 'noHeader',
          params: {
            found: '',
            missing: 'class, headcount, counselor',
            accepted:
              '班级/班级名称/班级名/班名/行政班/行政班级; 人数/学生人数/人数(人)/应拍人数/拍摄人数/班级人数/学生数/应到人数/毕业生人数/应拍摄人数; 辅导员/辅导员姓名/班主任/年级辅导员/辅导老师',
          },
          where: at('bad/no-header.csv'),
        },
      ],
    },
    {
      file: headcounts,
      problems: [
        { key: 'headcountNotWhole', params: { value: 'abc' }, where: at(headcounts, 3, 'C', '人数') },
        { key: 'headcountNotWhole', params: { value: '31.5' }, where: at(headcounts, 4, 'C', '人数') },
        { key: 'headcountNotPositive', params: { value: '0' }, where: at(headcounts, 5, 'C', '人数') },
        { key: 'headcountNotPositive', params: { value: '-3' }, where: at(headcounts, 6, 'C', '人数') },
        { key: 'headcountTooLarge', params: { value: '5000', limit: 1000 }, where: at(headcounts, 7, 'C', '人数') },
        { key: 'classNameEmpty', params: {}, where: at(headcounts, 8, 'B', '班级名称') },
        {
          key: 'duplicateClass',
          params: { name: '软件20211', otherRow: 2 },
          where: at(headcounts, 9, 'B', '班级名称'),
        },
      ],
    },
    {
      file: 'bad/unclosed-quote.csv',
      problems: [{ key: 'unclosedQuote', params: {}, where: at('bad/unclosed-quote.csv', 3) }],
    },
    {
      file: 'bad/extra-cells.csv',
      problems: [
        {
          key: 'extraCells',
          params: { count: 2, width: 4, values: '多余1, 多余2' },
          // Column E has no header text, so only the row and the column letter matter.
          where: expect.objectContaining({ file: 'bad/extra-cells.csv', row: 3, column: 'E' }),
        },
      ],
    },
    {
      file: 'messy/second-sheet.xlsx',
      options: { sheet: '花名册' },
      problems: [
        {
          key: 'sheetNotFound',
          params: { sheet: '花名册', available: '1. 说明, 2. 名单' },
          where: at('messy/second-sheet.xlsx'),
        },
      ],
    },
    {
      file: 'messy/second-sheet.xlsx',
      options: { sheet: '1' },
      problems: [
        {
          key: 'noHeader',
          params: {
            found: '',
            missing: 'class, headcount, counselor',
            accepted:
              '班级/班级名称/班级名/班名/行政班/行政班级; 人数/学生人数/人数(人)/应拍人数/拍摄人数/班级人数/学生数/应到人数/毕业生人数/应拍摄人数; 辅导员/辅导员姓名/班主任/年级辅导员/辅导老师',
          },
          where: at('messy/second-sheet.xlsx'),
        },
      ],
    },
  ];

  const titled = cases.map((c) => ({
    ...c,
    title: c.options?.sheet === undefined ? c.file : `${c.file} (sheet ${c.options.sheet})`,
  }));
  it.each(titled)('$title', async ({ file, problems, options }) => {
    const error = await rejection(file, options);
    expect(error.problems).toEqual(problems);
    expect(error.message).toBe(problems.map((p) => p.key).join(', '));
  });

  it('a missing file is fileMissing, named as the user typed it', async () => {
    await expect(readRoster(fixture('bad/does-not-exist.csv'), 'does-not-exist.csv')).rejects.toMatchObject({
      problems: [{ key: 'fileMissing', params: {}, where: { file: 'does-not-exist.csv' } }],
    });
  });

  it('text in neither UTF-8 nor GB18030 is undecodable', () => {
    expect(() => readCsv(Uint8Array.from([0x61, 0x2c, 0xff, 0x0a]), 'x.csv')).toThrow(
      expect.objectContaining({ problems: [{ key: 'undecodable', params: {}, where: { file: 'x.csv' } }] }),
    );
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 first, so ASCII and UTF-8 text are UTF-8', () => {
    expect(decodeText(Buffer.from('序号,班级名称\n', 'utf8'))).toEqual({ text: '序号,班级名称\n', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('a,b\n'))).toEqual({ text: 'a,b\n', encoding: 'utf-8' });
  });

  it('decodes GBK and four-byte GB18030 sequences', () => {
    const text = '计科20211(专升本),33,朱银先；唐小淋 😀 䶮';
    const bytes = iconv.encode(text, 'gb18030');
    expect(bytes.includes(0xff)).toBe(false);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'gb18030' });
  });

  it('honours UTF-8, UTF-16LE and UTF-16BE byte order marks and drops them', () => {
    expect(decodeText(Buffer.from('\uFEFF序号', 'utf8'))).toEqual({ text: '序号', encoding: 'utf-8' });
    const le = Buffer.from('\uFEFF序号\t人数', 'utf16le');
    expect(decodeText(le)).toEqual({ text: '序号\t人数', encoding: 'utf-16le' });
    expect(decodeText(Buffer.from(le).swap16())).toEqual({ text: '序号\t人数', encoding: 'utf-16be' });
  });

  it('gives undefined for invalid bytes, never U+FFFD', () => {
    expect(decodeText(Uint8Array.from([0x61, 0xff, 0x62]))).toBeUndefined(); // 0xFF is valid in neither
    expect(decodeText(Uint8Array.from([0x61, 0x81]))).toBeUndefined(); // a GB18030 lead byte cut off at the end
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toBeUndefined(); // BOM says UTF-8, bytes are not
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['comma', '序号,班级名称,人数,辅导员\n1,软件20211,31,杜宇飞\n', ','],
    ['semicolon', '序号;班级名称;人数;辅导员\n1;软件20211;31;杜宇飞\n', ';'],
    ['tab', '序号\t班级名称\t人数\t辅导员\n1\t软件20211\t31\t杜宇飞\n', '\t'],
    ['commas inside quotes do not count', '"a,b,c,d";x;y\n"e,f,g,h";z;w\n', ';'],
    ['a semicolon file with a comma in a name', '班级名称;人数;辅导员\n计科,专升本;31;朱银先\n', ';'],
    ['no delimiter at all falls back to comma', '班级名称\n软件20211\n', ','],
    ['an empty text', '', ','],
  ])('%s', (_, text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it('looks only at the first 20 lines', () => {
    const text = 'a;b\n'.repeat(20) + 'a,b,c,d,e\n'.repeat(100);
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('agrees with each messy fixture', () => {
    const first = (name: string) => decodeText(readFileSync(fixture(name)))!.text;
    expect(sniffDelimiter(first('messy/semicolon.csv'))).toBe(';');
    expect(sniffDelimiter(first('messy/tab.csv'))).toBe('\t');
    expect(sniffDelimiter(first('messy/gbk.csv'))).toBe(',');
    expect(sniffDelimiter(first('messy/merged-export.csv'))).toBe(',');
  });
});
