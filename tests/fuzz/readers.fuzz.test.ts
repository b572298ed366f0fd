/**
 * Fuzzing the roster readers: random bytes, mutated fixtures and workbooks full of odd cells go through
 * readRoster → parseRoster → schedule → noticeTable. The only allowed outcomes are a notice or a CapturePlanError with
 * exit code 2; any other exception is a bug, and fast-check shrinks it to a small counterexample.
 *
 * Runs are bounded for CI (FUZZ_RUNS overrides every property's count; `npm run fuzz` sets it to 2000). With
 * FUZZ_REPORT set, each property's outcomes are counted and printed, to see that the inputs reach past the readers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { noticeTable } from '../../src/core/notice/notice-table.js';
import { parseRoster } from '../../src/core/roster/roster.js';
import { smallestFittingRate } from '../../src/core/schedule/fit.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { readRoster } from '../../src/read/read-roster.js';
import { fixture, settingsOf } from '../helpers.js';
import { rowXml, TINY_SHEET_DATA, workbookXlsx } from '../read/zip-builder.js';

const fromEnv = Number(process.env.FUZZ_RUNS);
/** The run count: FUZZ_RUNS when set, else the small default given. */
const runs = (byDefault: number): number => (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : byDefault);
const BYTE_RUNS = runs(60);
const XLSX_RUNS = runs(30);
/** Long runs need time; the default ones stay well under a second each. */
const TIMEOUT = Math.max(30_000, BYTE_RUNS * 200);
/** The longest one file may take, reading to notice (the slowest legitimate case, a drop-down over two whole columns, takes about 2 s). */
const SLOW_MS = 10_000;

const DIR = mkdtempSync(join(tmpdir(), 'capture-plan-fuzz-'));
let fileNumber = 0;
/** Each property's outcome counts, printed at the end when FUZZ_REPORT is set. */
const afterAllReports: Map<string, number>[] = [];
afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  for (const outcomes of afterAllReports) console.info(JSON.stringify(Object.fromEntries(outcomes)));
});

/** What a roster file came to: a notice's row count, or the keys of the CapturePlanError it was refused with. */
type Outcome = { rows: number } | { refused: string[] };

/**
 * The whole pipeline on `bytes` saved as a file with `extension`. Anything but a CapturePlanError (exit 2) throws, and
 * so does a run slower than SLOW_MS: a hang is a bug too, and fast-check then shrinks it like a crash.
 */
async function pipeline(bytes: Uint8Array, extension: string): Promise<Outcome> {
  const start = performance.now();
  const settled = await pipelineOnce(bytes, extension).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  const ms = performance.now() - start;
  if (ms > SLOW_MS) throw new Error(`one file took ${Math.round(ms)} ms (more than ${SLOW_MS} ms)`);
  if ('error' in settled) throw settled.error;
  return settled.value;
}

async function pipelineOnce(bytes: Uint8Array, extension: string): Promise<Outcome> {
  const path = join(DIR, `${++fileNumber}${extension}`);
  writeFileSync(path, bytes);
  try {
    const roster = parseRoster(await readRoster(path, `fuzz${extension}`));
    const settings = settingsOf();
    const plan = schedule(roster, settings);
    const fix = plan.summary.fits ? undefined : smallestFittingRate(roster, settings);
    const notice = noticeTable(plan, { lang: 'zh', round: 10, gather: 10, ...(fix ? { fix } : {}) });
    return { rows: notice.table.rows.length };
  } catch (error) {
    if (error instanceof CapturePlanError && error.exitCode === 2) return { refused: error.problems.map((p) => p.key) };
    throw error;
  } finally {
    rmSync(path, { force: true });
  }
}

/** A value from `arb` with the given probability, else undefined. */
function sometimes<T>(arb: fc.Arbitrary<T>, probability: number): fc.Arbitrary<T | undefined> {
  const weight = Math.round(1 / probability);
  return fc.oneof({ arbitrary: arb, weight: 1 }, { arbitrary: fc.constant(undefined), weight: weight - 1 });
}

/** Counts what the runs came to, so a property that never reaches the parser is noticed. */
function tally(): { outcomes: Map<string, number>; note: (o: Outcome) => void } {
  const outcomes = new Map<string, number>();
  if (process.env.FUZZ_REPORT) afterAllReports.push(outcomes);
  return {
    outcomes,
    note: (o) => {
      const key = 'rows' in o ? 'notice' : o.refused[0]!;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    },
  };
}

// ---- byte-level mutations --------------------------------------------------------------------------------------

type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; mask: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'duplicateLine'; line: number }
  | { op: 'special'; at: number; text: string };

const SPECIALS = [
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  '\uFEFF',
  '合计',
  '人数',
  '="1+1"',
  '\u202e',
  '\ud800',
];

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({ op: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('special' as const), at: fc.nat(), text: fc.constantFrom(...SPECIALS) }),
);

function mutate(source: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(source);
  for (const m of mutations) {
    const at = 'at' in m ? m.at % (bytes.length + 1) : 0;
    switch (m.op) {
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'flip':
        if (at < bytes.length) bytes[at] = bytes[at]! ^ m.mask;
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
        break;
      case 'special':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text, 'utf8'), bytes.subarray(at)]);
        break;
      case 'duplicateLine': {
        const lines = bytes.toString('latin1').split('\n');
        const i = m.line % lines.length;
        lines.splice(i, 0, lines[i]!);
        bytes = Buffer.from(lines.join('\n'), 'latin1');
        break;
      }
    }
  }
  return bytes;
}

const ZIP_MAGIC = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);

describe('random bytes', () => {
  it.each(['.csv', '.xlsx'])(
    'as %s: a notice or a CapturePlanError',
    async (extension) => {
      const { outcomes, note } = tally();
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, zipMagic) => {
          // Half the runs start like a zip, so the XLSX path (zip guard, exceljs) is reached and not only the sniffing.
          note(await pipeline(zipMagic ? Buffer.concat([ZIP_MAGIC, bytes]) : bytes, extension));
        }),
        { numRuns: BYTE_RUNS },
      );
      expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(BYTE_RUNS);
    },
    TIMEOUT,
  );

  it(
    'random CSV text built from roster words, delimiters and quotes',
    async () => {
      const { outcomes, note } = tally();
      const odd = fc.oneof(
        fc.constantFrom(
          '班级名称',
          '人数',
          '辅导员',
          '序号',
          '合计',
          '小计',
          'Class',
          '',
          ' ',
          '0',
          '-3',
          '1001',
          '31人',
          '３１',
          '1e3',
          'NaN',
          '"',
          '""',
          '"a,b"',
          '=1+1',
          '\u202e',
        ),
        fc.string({ maxLength: 12 }),
      );
      /** Mostly a good value, sometimes an odd one. */
      const mostly = (good: fc.Arbitrary<string>) =>
        fc.oneof({ arbitrary: good, weight: 39 }, { arbitrary: odd, weight: 1 });
      const row = fc
        .tuple(
          mostly(fc.nat(9999).map((n) => `软件${n}`)),
          mostly(fc.integer({ min: 1, max: 60 }).map(String)),
          mostly(fc.constantFrom('杜宇飞', '何芬', '')),
        )
        .chain((cells) => sometimes(odd, 1 / 40).map((extra) => (extra === undefined ? cells : [...cells, extra])));
      const text = fc
        .tuple(
          fc.constantFrom(',', ';', '\t'),
          fc.constantFrom('\n', '\r\n', '\r'),
          fc.array(row, { maxLength: 8 }),
          fc.nat(5),
        )
        .map(([d, eol, rows, noHeader]) =>
          [...(noHeader === 0 ? [] : [['班级名称', '人数', '辅导员']]), ...rows].map((r) => r.join(d)).join(eol),
        );
      await fc.assert(
        fc.asyncProperty(text, async (t) => {
          note(await pipeline(Buffer.from(t, 'utf8'), '.csv'));
        }),
        { numRuns: BYTE_RUNS },
      );
      expect(outcomes.get('notice')).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});

describe('mutated CSV fixtures', () => {
  it.each(['seed-roster.csv', 'messy/gbk.csv'])(
    '%s',
    async (name) => {
      const source = readFileSync(fixture(name));
      const { outcomes, note } = tally();
      await fc.assert(
        fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 5 }), async (mutations) => {
          note(await pipeline(mutate(source, mutations), '.csv'));
        }),
        { numRuns: BYTE_RUNS },
      );
      expect(outcomes.size).toBeGreaterThan(1);
    },
    TIMEOUT,
  );
});

// ---- XLSX -------------------------------------------------------------------------------------------------------

const SEED_XLSX = readFileSync(fixture('seed-roster.xlsx'));
/** Where the seed's central directory starts, from its end record. */
const SEED_CD = SEED_XLSX.readUInt32LE(SEED_XLSX.length - 22 + 16);

describe('mutated XLSX', () => {
  it(
    'the seed truncated at a random point',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: SEED_XLSX.length - 1 }), async (at) => {
          await pipeline(SEED_XLSX.subarray(0, at), '.xlsx');
        }),
        { numRuns: XLSX_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'the seed with bytes flipped, anywhere or in the central directory',
    async () => {
      const { outcomes, note } = tally();
      const anywhere = fc.integer({ min: 0, max: SEED_XLSX.length - 1 });
      const inDirectory = fc.integer({ min: SEED_CD, max: SEED_XLSX.length - 1 });
      const flip = fc.tuple(fc.oneof(anywhere, inDirectory), fc.integer({ min: 1, max: 255 }));
      await fc.assert(
        fc.asyncProperty(fc.array(flip, { minLength: 1, maxLength: 4 }), async (flips) => {
          const bytes = Buffer.from(SEED_XLSX);
          for (const [at, mask] of flips) bytes[at] = bytes[at]! ^ mask;
          note(await pipeline(bytes, '.xlsx'));
        }),
        { numRuns: XLSX_RUNS },
      );
      expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(XLSX_RUNS);
    },
    TIMEOUT,
  );
});

/** Cell values exceljs can write that a roster should never hold. */
const oddValueArb: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom<ExcelJS.CellValue>(
    'x'.repeat(100_000),
    '软'.repeat(100_000),
    '\u200f\u200e软件\u202e1\u202c',
    'e\u0301\u0301\u0301',
    '😀👩‍👩‍👧',
    '\ud800',
    'a\udfffb',
    '\u0000',
    '31\u0000',
    '\uFEFF31',
    'NaN',
    'Infinity',
    '-0',
    '0x1F',
    '1e3',
    '３１人',
    ' 31 ',
    '',
    '合计',
    '=1+1',
    { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue,
    { formula: 'A1&B1' } as ExcelJS.CellValue,
    { formula: '30+1', result: 31 } as ExcelJS.CellValue,
    { error: '#N/A' } as ExcelJS.CellValue,
    { error: '#REF!' } as ExcelJS.CellValue,
    true,
    false,
    new Date(Date.UTC(2024, 3, 22)),
    new Date(Date.UTC(1900, 0, 1, 12, 30)),
    { richText: [{ text: '' }, { text: '31' }, { text: '' }] },
    { richText: [] },
    { richText: [{ text: '' }] },
    {
      text: { richText: [{ text: '软件' }, { text: '' }] },
      hyperlink: 'https://example.com/',
    } as unknown as ExcelJS.CellValue,
    { text: '', hyperlink: 'javascript:alert(1)' },
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    0,
    31.5,
    2 ** 53 + 1,
    NaN,
    Infinity,
    null,
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.double(),
  fc.integer({ min: -2000, max: 2000 }),
);

/** A normal value for each column, so a row is often valid but for the odd cells. */
const normalRow = (i: number): ExcelJS.CellValue[] => [`软件${i}`, 30, '杜宇飞'];

describe('workbooks with odd cells', () => {
  it(
    'odd values in the class, headcount and counselor cells (and the header)',
    async () => {
      const { outcomes, note } = tally();
      const rowArb = fc.array(sometimes(oddValueArb, 1 / 4), { minLength: 3, maxLength: 4 });
      await fc.assert(
        fc.asyncProperty(
          fc.array(rowArb, { minLength: 1, maxLength: 5 }),
          sometimes(oddValueArb, 1 / 6),
          async (rows, oddHeader) => {
            const workbook = new ExcelJS.Workbook();
            const sheet = workbook.addWorksheet('名单');
            sheet.addRow(['班级名称', oddHeader === undefined ? '人数' : oddHeader, '辅导员']);
            rows.forEach((odd, i) => {
              sheet.addRow(normalRow(i).map((normal, c) => (odd[c] === undefined ? normal : odd[c])));
            });
            let bytes: Buffer;
            try {
              bytes = Buffer.from(await workbook.xlsx.writeBuffer());
            } catch {
              return; // exceljs cannot write this value at all; nothing to read
            }
            note(await pipeline(bytes, '.xlsx'));
          },
        ),
        { numRuns: XLSX_RUNS },
      );
      expect(outcomes.get('notice')).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});

// ---- hand-made workbook XML ---------------------------------------------------------------------------------------

/** Column letters for a 1-based number (1 → A, 16384 → XFD). */
function letters(column: number): string {
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** Mostly small numbers, sometimes Excel's last one or beyond. */
const sizeArb = (last: number): fc.Arbitrary<number> =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 40 }), weight: 6 },
    { arbitrary: fc.integer({ min: 1, max: last }), weight: 2 },
    { arbitrary: fc.constantFrom(last, last + 1, 2 ** 31), weight: 1 },
  );
const cellRefArb = fc.tuple(sizeArb(16_384), sizeArb(1_048_576)).map(([c, r]) => `${letters(Math.min(c, 18_278))}${r}`);
const rangeArb = fc.oneof(
  cellRefArb,
  fc.tuple(cellRefArb, cellRefArb).map(([a, b]) => `${a}:${b}`),
  fc.constantFrom('A:A', '1:1', '', ':', 'A1:', 'foo'),
);

describe('hand-made workbook XML', () => {
  it(
    'merges, validations, defined names, column ranges and row numbers of any size',
    async () => {
      const { outcomes, note } = tally();
      const structure = fc.record({
        merges: fc.array(rangeArb, { maxLength: 4 }),
        validations: fc.array(rangeArb, { maxLength: 3 }),
        names: fc.array(rangeArb, { maxLength: 2 }),
        cols: fc.array(fc.tuple(sizeArb(16_384), sizeArb(16_384)), { maxLength: 2 }),
        extraRow: fc.option(sizeArb(1_048_576), { nil: undefined }),
      });
      await fc.assert(
        fc.asyncProperty(structure, async ({ merges, validations, names, cols, extraRow }) => {
          const bytes = workbookXlsx({
            sheetData: TINY_SHEET_DATA + (extraRow !== undefined && extraRow > 2 ? rowXml(extraRow, ['x']) : ''),
            beforeSheetData: cols.length
              ? `<cols>${cols.map(([a, b]) => `<col min="${a}" max="${b}" width="9"/>`).join('')}</cols>`
              : '',
            afterSheetData:
              (merges.length
                ? `<mergeCells count="${merges.length}">${merges.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`
                : '') +
              (validations.length
                ? `<dataValidations count="${validations.length}">${validations.map((r) => `<dataValidation type="list" sqref="${r}"><formula1>"a"</formula1></dataValidation>`).join('')}</dataValidations>`
                : ''),
            definedNames: names
              .map(
                (r, i) =>
                  `<definedName name="n${i}">'名单'!${r
                    .split(':')
                    .map((p) => p.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
                    .join(':')}</definedName>`,
              )
              .join(''),
          });
          note(await pipeline(bytes, '.xlsx'));
        }),
        { numRuns: XLSX_RUNS },
      );
      expect(outcomes.size).toBeGreaterThan(1);
    },
    TIMEOUT,
  );

  it(
    'cells of every type with odd content and addresses',
    async () => {
      const { outcomes, note } = tally();
      const cell = fc.record({
        ref: fc.oneof(cellRefArb, fc.constantFrom('', 'A0', 'a1', '$A$1', 'XFE1', 'A-1', '1A')),
        type: fc.constantFrom(undefined, 's', 'str', 'inlineStr', 'b', 'e', 'n', 'd', 'x'),
        value: fc.oneof(
          fc.constantFrom(
            '0',
            '1',
            '-1',
            '1e308',
            '1e309',
            'NaN',
            '',
            '2024-04-22T00:00:00Z',
            'not a date',
            '#DIV/0!',
            '99999',
            '-0',
          ),
          fc.string({ maxLength: 8 }),
        ),
        formula: fc.option(fc.constantFrom('1/0', 'A1', 'SUM(A:A)', ''), { nil: undefined }),
      });
      const escapeXml = (text: string): string =>
        text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(cell, { maxLength: 4 })), { maxLength: 4 }),
          async (rows) => {
            const extra = rows
              .map(
                ([r, cells]) =>
                  `<row r="${r + 2}">${cells
                    .map((c) => {
                      const inner =
                        c.type === 'inlineStr'
                          ? `<is><t>${escapeXml(c.value)}</t></is>`
                          : `<v>${escapeXml(c.value)}</v>`;
                      return `<c r="${escapeXml(c.ref)}"${c.type ? ` t="${c.type}"` : ''}>${c.formula !== undefined ? `<f>${escapeXml(c.formula)}</f>` : ''}${inner}</c>`;
                    })
                    .join('')}</row>`,
              )
              .join('');
            note(await pipeline(workbookXlsx({ sheetData: TINY_SHEET_DATA + extra }), '.xlsx'));
          },
        ),
        { numRuns: XLSX_RUNS },
      );
      expect(outcomes.size).toBeGreaterThan(1);
    },
    TIMEOUT,
  );
});
