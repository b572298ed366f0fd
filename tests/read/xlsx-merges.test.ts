import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import type { RawCell } from '../../src/core/roster/raw-table.js';
import { parseRoster } from '../../src/core/roster/roster.js';
import { readRoster } from '../../src/read/read-roster.js';
import { readWorkbookCells } from '../../src/read/xlsx.js';
import { checkZip, type ZipPart } from '../../src/zip/guard.js';
import { zip } from '../../src/zip/write.js';
import { cpuMs } from '../cpu-time.js';
import { rowXml, TINY_SHEET_DATA, workbookXlsx } from './zip-builder.js';

const DIR = mkdtempSync(join(tmpdir(), 'capture-plan-merges-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
let n = 0;

/** The archive's entries, unpacked, as the zip guard hands them on. */
function partsOf(bytes: Buffer): ZipPart[] {
  const parts: ZipPart[] = [];
  expect(checkZip(bytes, undefined, (name, content) => void parts.push({ name, content }))).toBeUndefined();
  return parts;
}

/** A workbook with a notes sheet, then a roster sheet whose given ranges are merged. */
async function workbook(
  rows: readonly (readonly (string | number | null)[])[],
  merges: readonly string[],
  sheet = '名单',
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('说明').addRow(['本表由教务处导出']);
  const ws = book.addWorksheet(sheet);
  for (const row of rows) ws.addRow([...row]);
  for (const range of merges) ws.mergeCells(range);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** What exceljs itself makes of the merged workbook (the reader before merges were lifted): every cell of a range shows the top-left value. */
async function asExceljsSees(bytes: Buffer): Promise<RawCell[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = book.getWorksheet('名单')!;
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (row) => {
    last = Math.max(last, row.number);
  });
  const rows: RawCell[][] = Array.from({ length: last }, () => []);
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const value = (cell.isMerged ? cell.master : cell).value;
      cells[col - 1] = value === null || value === undefined ? '' : (value as RawCell);
    });
    rows[row.number - 1] = Array.from(cells, (c) => c ?? '');
  });
  return rows;
}

async function readBack(bytes: Buffer): Promise<RawCell[][]> {
  const path = join(DIR, `${++n}.xlsx`);
  writeFileSync(path, bytes);
  const book = await readRoster(path, 'r.xlsx');
  return book.sheets.find((s) => s.sheet === '名单')!.rows.map((r) => r.cells);
}

describe('the merges of a sheet', () => {
  it('are read by sheet name, ignoring one-cell and unreadable ranges', async () => {
    const bytes = await workbook(
      [
        ['班级', '人数', '辅导员'],
        ['软件20211', 31, '杜宇飞'],
        ['软件20212', 28, null],
      ],
      ['C2:C3'],
      "名单 & 'A' 表",
    );
    const parts = partsOf(bytes).map((p) =>
      p.name === 'xl/worksheets/sheet2.xml'
        ? {
            ...p,
            content: Buffer.from(
              Buffer.from(p.content)
                .toString('utf8')
                .replace(
                  '<mergeCell ref="C2:C3"/>',
                  '<mergeCell ref="$C$3:$C$2"/><mergeCell ref="B2"/><mergeCell ref="B2:"/>',
                ),
            ),
          }
        : p,
    );
    const sheets = readWorkbookCells(parts, { file: 'r.xlsx' });
    expect(sheets.map((s) => [s.name, s.sheet.merges])).toEqual([
      ['说明', []],
      ["名单 & 'A' 表", [{ top: 2, left: 3, bottom: 3, right: 3 }]],
    ]);
  });
});

describe('merged cells read without exceljs merging them', () => {
  it('read as exceljs shows them, for any merges', async () => {
    const cellArb = fc.oneof(
      fc.constant(null),
      fc.integer({ min: 1, max: 99 }),
      fc.constantFrom('杜宇飞', '何芬', '软件20211', ' '),
    );
    const caseArb = fc.record({
      rows: fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
      merges: fc.array(
        fc.record({
          top: fc.integer({ min: 1, max: 14 }),
          left: fc.integer({ min: 1, max: 6 }),
          height: fc.integer({ min: 1, max: 4 }),
          width: fc.integer({ min: 1, max: 2 }),
        }),
        { maxLength: 5 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ rows, merges }) => {
        // exceljs refuses overlapping merges when writing: keep the ranges disjoint, and of two or more cells
        const taken = new Set<string>();
        const ranges: string[] = [];
        for (const m of merges) {
          const cells = Array.from(
            { length: m.height * m.width },
            (_, i) => `${m.left + (i % m.width)},${m.top + Math.floor(i / m.width)}`,
          );
          if (cells.length < 2 || cells.some((c) => taken.has(c))) continue;
          for (const c of cells) taken.add(c);
          const letter = (col: number) => String.fromCharCode(64 + col);
          ranges.push(`${letter(m.left)}${m.top}:${letter(m.left + m.width - 1)}${m.top + m.height - 1}`);
        }
        const bytes = await workbook(rows, ranges);
        const expected = await asExceljsSees(bytes);
        const actual = await readBack(bytes);
        expect(actual.map((r) => r.map((c) => (c === undefined ? '' : c)))).toEqual(
          expected.map((r) => r.map((c) => (c === undefined ? '' : c))),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('a province-sized roster with 20 000 merged counselor cells reads in seconds (exceljs took half a minute; it used to be refused)', async () => {
    const rows: (string | number)[][] = [['班级', '人数', '辅导员']];
    for (let i = 0; i < 40_000; i++) rows.push([`班${i + 1}`, 30, i % 2 === 0 ? `辅导员${i / 2}` : '']);
    // merged here rather than by exceljs, whose writer is as quadratic in merges as its reader
    const merges = `<mergeCells count="20000">${Array.from({ length: 20_000 }, (_, i) => `<mergeCell ref="C${2 * i + 2}:C${2 * i + 3}"/>`).join('')}</mergeCells>`;
    const plain = await workbook(rows, []);
    const bytes = zip(
      partsOf(plain).map((p) => ({
        name: p.name,
        data:
          p.name === 'xl/worksheets/sheet2.xml'
            ? Buffer.from(Buffer.from(p.content).toString('utf8').replace('</sheetData>', `</sheetData>${merges}`))
            : Buffer.from(p.content),
      })),
      new Date('2024-04-22T00:00:00Z'),
    );
    const path = join(DIR, 'province.xlsx');
    writeFileSync(path, bytes);
    const start = cpuMs();
    const roster = parseRoster(await readRoster(path, 'province.xlsx'), { sheet: '名单' });
    const ms = cpuMs() - start;
    expect([roster.classes.length, roster.classes[1]!.counselor, roster.classes[39_999]!.counselor]).toEqual([
      40_000,
      '辅导员0',
      '辅导员19999',
    ]);
    expect(roster.warnings).toEqual([]); // filled from the merge, not from the cell above
    expect(ms).toBeLessThan(10_000);
  }, 60_000);
});

/** A roster of `n` classes, two per counselor, whose counselor cells are merged in pairs (XML written by hand). */
function mergedRosterXml(n: number): { sheetData: string; afterSheetData: string } {
  const rows = [rowXml(1, ['班级名称', '人数', '辅导员'])];
  for (let i = 0; i < n; i++)
    rows.push(rowXml(i + 2, i % 2 === 0 ? [`班${i + 1}`, 30, `辅导员${i / 2}`] : [`班${i + 1}`, 30]));
  const merges = Array.from({ length: n / 2 }, (_, i) => `<mergeCell ref="C${2 * i + 2}:C${2 * i + 3}"/>`).join('');
  return { sheetData: rows.join(''), afterSheetData: `<mergeCells count="${n / 2}">${merges}</mergeCells>` };
}

describe('merged cells in files other writers make, or hostile ones', () => {
  async function readFile(bytes: Buffer): Promise<{ rows?: RawCell[][]; error?: CapturePlanError; ms: number }> {
    const path = join(DIR, `${++n}.xlsx`);
    writeFileSync(path, bytes);
    const start = cpuMs();
    try {
      const book = await readRoster(path, 'r.xlsx');
      return { rows: book.sheets[0]!.rows.map((r) => r.cells), ms: cpuMs() - start };
    } catch (error) {
      if (!(error instanceof CapturePlanError)) throw error;
      return { error, ms: cpuMs() - start };
    }
  }

  it.each([
    ['an entry named with a leading slash', { sheetEntry: '/xl/worksheets/sheet1.xml' }],
    ['a relationship target starting /xl/', { sheetTarget: '/xl/worksheets/sheet1.xml' }],
  ])('%s: 10 000 merges are read all the same (exceljs took seconds over them)', async (_, names) => {
    const { rows, ms } = await readFile(workbookXlsx({ ...mergedRosterXml(20_000), ...names }));
    expect([rows!.length, rows![20_000]]).toEqual([20_001, ['班20000', 30, '辅导员9999']]);
    expect(ms).toBeLessThan(5_000);
  });

  it('80 000 unclosed <mergeCells> tags: a damaged sheet, refused in linear time', async () => {
    const { error, ms } = await readFile(
      workbookXlsx({
        afterSheetData: `<mergeCells><mergeCell ref="C2:C3"/></mergeCells>${'<mergeCells>'.repeat(80_000)}`,
      }),
    );
    expect(error?.problems[0]).toMatchObject({ key: 'corruptXlsx' });
    expect(ms).toBeLessThan(2_000);
  });

  it('applies a merge written with its sheet name or beside another', async () => {
    const { rows } = await readFile(
      workbookXlsx({
        sheetData: `${TINY_SHEET_DATA}${rowXml(3, ['软件2', 28])}`,
        afterSheetData: '<mergeCells><mergeCell ref="名单!C2:C3 D2:D3"/></mergeCells>',
      }),
    );
    expect(rows![2]).toEqual(['软件2', 28, '杜宇飞', '']);
  });

  it('refuses overlapping merges as a damaged file, naming the cell', async () => {
    const { error } = await readFile(
      workbookXlsx({ afterSheetData: '<mergeCells><mergeCell ref="A2:B3"/><mergeCell ref="B3:C4"/></mergeCells>' }),
    );
    expect(error?.problems[0]).toMatchObject({
      key: 'corruptXlsx',
      params: { reason: 'merged ranges overlap at 名单!B3' },
    });
  });
});
