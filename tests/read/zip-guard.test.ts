import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { formatProblem } from '../../src/core/problem-text.js';
import { parseRoster } from '../../src/core/roster/roster.js';
import { readRoster } from '../../src/read/read-roster.js';
import { checkZip, ZIP_LIMITS } from '../../src/zip/guard.js';
import { cpuMs } from '../cpu-time.js';
import { tempDir } from '../helpers.js';
import { buildZip, storedEntry, zerosDeflated } from './zip-builder.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const MB = 1024 * 1024;

/** A minimal archive that passes the guard. */
const small = (): Buffer => buildZip([storedEntry('a.xml', '<a/>'), storedEntry('b.xml', '<b/>')]);

/** What readRoster does with `bytes` saved as bomb.xlsx: the error, the time taken, and how much memory grew. */
async function readBomb(
  bytes: Uint8Array,
): Promise<{ error: CapturePlanError; ms: number; rssGrowthMb: number; peakGrowthMb: number }> {
  const dir = tempDir('capture-plan-bomb-');
  writeFileSync(join(dir, 'bomb.xlsx'), bytes);
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS;
  const start = cpuMs();
  let error: unknown;
  try {
    await readRoster(join(dir, 'bomb.xlsx'), 'bomb.xlsx');
  } catch (e) {
    error = e;
  }
  const ms = cpuMs() - start;
  expect(error).toBeInstanceOf(CapturePlanError);
  const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / MB;
  const peakGrowthMb = (process.resourceUsage().maxRSS - peakBefore) / 1024;
  if (process.env.BOMB_REPORT)
    console.info(
      `${bytes.length} bytes: ${(error as CapturePlanError).message} in ${ms.toFixed(1)} ms, RSS +${rssGrowthMb.toFixed(1)} MB, peak RSS +${peakGrowthMb.toFixed(1)} MB`,
    );
  return { error: error as CapturePlanError, ms, rssGrowthMb, peakGrowthMb };
}

describe('real workbooks pass the guard', () => {
  it.each(['seed-roster.xlsx', 'messy/registrar.xlsx', 'messy/second-sheet.xlsx', 'bad/no-worksheets.xlsx'])(
    '%s',
    (name) => {
      expect(checkZip(readFileSync(FIXTURES + name))).toBeUndefined();
    },
  );

  it('a workbook exceljs writes, with many rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['班级名称', '人数', '辅导员']);
    for (let i = 0; i < 5000; i++) sheet.addRow([`班级${i}`, 30, `辅导员${i % 7}`]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(checkZip(bytes)).toBeUndefined();
  });

  it('a hand-made archive with a comment after the end record', () => {
    expect(checkZip(buildZip([storedEntry('a.xml', '<a/>')], { comment: 'x'.repeat(60_000) }))).toBeUndefined();
  });
});

describe('zip bombs are refused before anything is inflated', () => {
  it('an entry declaring almost 4 GB', async () => {
    const bomb = buildZip([
      {
        name: 'xl/worksheets/sheet1.xml',
        method: 8,
        data: deflateRawSync(Buffer.alloc(1000)),
        declaredSize: 0xfffffffe,
      },
    ]);
    expect(checkZip(bomb)).toEqual({
      kind: 'tooLarge',
      rule: 'entrySize',
      value: '4096 MB',
      limit: '32 MB',
      entry: 'xl/worksheets/sheet1.xml',
    });
    const { error, ms, rssGrowthMb } = await readBomb(bomb);
    expect(error.problems[0]).toMatchObject({ key: 'xlsxTooLarge', where: { file: 'bomb.xlsx' } });
    expect(error.exitCode).toBe(2);
    expect(formatProblem(error.problems[0]!, 'en')).toBe(
      'bomb.xlsx: the XLSX is too big to open safely, so it was not opened: "xl/worksheets/sheet1.xml" unpacks to 4096 MB, the limit for one entry is 32 MB. This does not look like a roster (it may be a deliberate "zip bomb"); remove what is not needed in Excel and save it again.',
    );
    expect(ms).toBeLessThan(1000);
    expect(rssGrowthMb).toBeLessThan(64);
  });

  it('an entry that truly inflates to 1 GB of zeros, honestly declared', async () => {
    const bomb = buildZip([
      { name: 'xl/worksheets/sheet1.xml', method: 8, data: zerosDeflated(1024), declaredSize: 1024 * MB },
    ]);
    expect(bomb.length).toBeLessThan(2 * MB);
    const { error, ms, rssGrowthMb, peakGrowthMb } = await readBomb(bomb);
    expect(error.problems[0]).toMatchObject({ key: 'xlsxTooLarge', params: { rule: 'entrySize', value: '1024 MB' } });
    expect(ms).toBeLessThan(1000);
    expect(rssGrowthMb).toBeLessThan(64);
    expect(peakGrowthMb).toBeLessThan(64);
  });

  it('an entry under the size limit but compressed over 200:1 (30 MB of zeros)', async () => {
    const bomb = buildZip([
      { name: 'xl/sharedStrings.xml', method: 8, data: zerosDeflated(30), declaredSize: 30 * MB },
    ]);
    const { error, ms, rssGrowthMb } = await readBomb(bomb);
    expect(error.problems[0]).toMatchObject({
      key: 'xlsxTooLarge',
      params: { rule: 'ratio', entry: 'xl/sharedStrings.xml', limit: '200:1' },
    });
    expect(formatProblem(error.problems[0]!, 'zh')).toMatch(
      /^bomb\.xlsx：XLSX 文件过大，没有打开：“xl\/sharedStrings\.xml”的压缩比是 \d+:1，大条目最多允许 200:1。/,
    );
    expect(ms).toBeLessThan(1000);
    expect(rssGrowthMb).toBeLessThan(64);
  });

  it('an entry that lies: declares 1 KB, inflates to 300 MB; stopped after its declared size', async () => {
    const bomb = buildZip([
      { name: 'xl/worksheets/sheet1.xml', method: 8, data: zerosDeflated(300), declaredSize: 1024 },
    ]);
    const { error, ms, rssGrowthMb, peakGrowthMb } = await readBomb(bomb);
    expect(error.problems[0]).toMatchObject({
      key: 'corruptXlsx',
      params: { reason: '"xl/worksheets/sheet1.xml" unpacks to more than its declared 1024 bytes, or not at all' },
    });
    expect(ms).toBeLessThan(1000);
    expect(rssGrowthMb).toBeLessThan(64);
    expect(peakGrowthMb).toBeLessThan(64);
  });

  it('many entries that together declare more than 100 MB', () => {
    // 1 MB stored under a declared 20 MB each: 20:1, within the ratio rule, so only the total is over.
    const entries = Array.from({ length: 6 }, (_, i) => ({
      name: `xl/media/image${i}.png`,
      data: Buffer.alloc(MB),
      declaredSize: 20 * MB,
    }));
    expect(checkZip(buildZip(entries))).toEqual({
      kind: 'tooLarge',
      rule: 'totalSize',
      value: '120 MB',
      limit: '100 MB',
      entry: '',
    });
  });

  it('more than 10 000 entries, by the end record or by the central directory itself', async () => {
    const many = buildZip(Array.from({ length: 10_001 }, (_, i) => storedEntry(`e${i}`, '')));
    expect(checkZip(many)).toMatchObject({ kind: 'tooLarge', rule: 'entries', value: '10001', limit: '10000' });
    const { error, ms } = await readBomb(many);
    expect(error.problems[0]).toMatchObject({ key: 'xlsxTooLarge', params: { rule: 'entries' } });
    expect(ms).toBeLessThan(1000);
    // The end record claims 2 entries but 10 001 follow: JSZip would read them all, so they are counted.
    const lying = Buffer.from(many);
    const end = lying.length - 22;
    lying.writeUInt16LE(2, end + 8);
    lying.writeUInt16LE(2, end + 10);
    expect(checkZip(lying)).toMatchObject({ kind: 'tooLarge', rule: 'entries', value: '> 10000' });
    expect(checkZip(buildZip(Array.from({ length: 10_000 }, (_, i) => storedEntry(`e${i}`, ''))))).toBeUndefined();
  });

  it('ZIP64 markers, in the end record or an entry, are refused as too large', () => {
    const zip = small();
    const end = zip.length - 22;
    const inEnd = Buffer.from(zip);
    inEnd.writeUInt32LE(0xffffffff, end + 16);
    expect(checkZip(inEnd)).toMatchObject({ kind: 'tooLarge', rule: 'zip64' });
    const count = Buffer.from(zip);
    count.writeUInt16LE(0xffff, end + 10);
    expect(checkZip(count)).toMatchObject({ kind: 'tooLarge', rule: 'zip64' });
    const inEntry = buildZip([
      { name: 'big.xml', method: 8, data: deflateRawSync(Buffer.alloc(10)), declaredSize: 0xffffffff },
    ]);
    expect(checkZip(inEntry)).toMatchObject({ kind: 'tooLarge', rule: 'zip64', entry: 'big.xml' });
  });

  it('smaller limits can be passed', () => {
    expect(checkZip(small(), { ...ZIP_LIMITS, maxEntries: 1 })).toMatchObject({
      rule: 'entries',
      value: '2',
      limit: '1',
    });
    expect(checkZip(small(), { ...ZIP_LIMITS, maxTotalBytes: 7 })).toMatchObject({ rule: 'totalSize' });
  });

  it('entry names are shown without control characters', () => {
    const zip = buildZip([
      { name: 'a\u001b[2Jb\u202e.xml', method: 8, data: deflateRawSync(Buffer.alloc(10)), declaredSize: 300 * MB },
    ]);
    expect(checkZip(zip)).toMatchObject({ entry: 'a?[2Jb?.xml' });
  });
});

describe('an archive the guard cannot follow is damaged (corruptXlsx)', () => {
  /** The reason a damaged archive is refused, or the verdict when it is not "damaged". */
  const damaged = (bytes: Uint8Array): unknown => {
    const verdict = checkZip(bytes);
    return verdict?.kind === 'damaged' ? verdict.reason : verdict;
  };

  it('no end record', () => {
    expect(damaged(small().subarray(0, 40))).toBe('no end of central directory record');
    expect(damaged(Buffer.alloc(0))).toBe('no end of central directory record');
  });

  it('an end record signature in the last 21 bytes', () => {
    const zip = Buffer.concat([small(), Buffer.from([0x50, 0x4b, 0x05, 0x06, 0, 0])]);
    expect(damaged(zip)).toBe('end of central directory record cut off');
  });

  it('a central directory offset that does not lead to the end record', () => {
    const zip = small();
    zip.writeUInt32LE(zip.readUInt32LE(zip.length - 22 + 16) - 1, zip.length - 22 + 16);
    expect(damaged(zip)).toBe('the central directory is not where the end record says');
  });

  it('a count with no records behind it', () => {
    const zip = small();
    const cdOffset = zip.readUInt32LE(zip.length - 22 + 16);
    zip.writeUInt32LE(0, cdOffset);
    expect(damaged(zip)).toBe('expected 2 central directory records, found none');
  });

  it('a local header that is not there, data cut off, an unknown method, encryption, deflate garbage', () => {
    const zip = small();
    zip.writeUInt32LE(0, 0);
    expect(damaged(zip)).toBe('no local header for "a.xml"');
    const cut = buildZip([{ name: 'x', method: 8, data: Buffer.alloc(4), declaredSize: 4 }]);
    const cdOffset = cut.readUInt32LE(cut.length - 22 + 16);
    cut.writeUInt32LE(1000, cdOffset + 20);
    expect(damaged(cut)).toBe('the data of "x" is cut off');
    expect(damaged(buildZip([{ name: 'x', method: 12, data: Buffer.alloc(4) }]))).toBe(
      '"x" uses unsupported compression method 12',
    );
    const encrypted = small();
    encrypted.writeUInt16LE(0x0801, encrypted.readUInt32LE(encrypted.length - 22 + 16) + 8);
    expect(damaged(encrypted)).toBe('"a.xml" is encrypted');
    expect(damaged(buildZip([{ name: 'x', method: 8, data: Buffer.from([0xff, 0xff, 0xff]), declaredSize: 10 }]))).toBe(
      '"x" unpacks to more than its declared 10 bytes, or not at all',
    );
  });

  it('truncated.xlsx through readRoster', async () => {
    await expect(readRoster(`${FIXTURES}bad/truncated.xlsx`, 'truncated.xlsx')).rejects.toMatchObject({
      problems: [{ key: 'corruptXlsx' }],
    });
  });
});

describe('the guard passes what exceljs then reads', () => {
  it('seed-roster.xlsx still reads to 30 classes', async () => {
    expect(parseRoster(await readRoster(`${FIXTURES}seed-roster.xlsx`, 'seed-roster.xlsx')).classes).toHaveLength(30);
  });
});

describe('entries whose names exceljs would read differently', () => {
  it('refuses an entry with a second, Unicode name (JSZip would act on that one)', () => {
    const extra = Buffer.concat([Buffer.from([0x75, 0x70, 9, 0]), Buffer.from([1, 0, 0, 0, 0]), Buffer.from('a.xml')]);
    const verdict = checkZip(buildZip([{ ...storedEntry('junk.bin', '<x/>'), extra }]));
    expect(verdict).toEqual({ kind: 'damaged', reason: '"junk.bin" carries a second, Unicode name' });
  });

  it.each([
    ['xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/workbook.xml', '/xl/workbook.xml'],
  ])('refuses two entries named %s and %s', (a, b) => {
    expect(checkZip(buildZip([storedEntry(a, '<a/>'), storedEntry(b, '<b/>')]))).toEqual({
      kind: 'damaged',
      reason: `two entries are named "${b}"`,
    });
  });
});
