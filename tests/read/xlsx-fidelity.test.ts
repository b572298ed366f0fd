// The streaming reader against exceljs, cell by cell: every committed workbook, workbooks exceljs writes with any
// values, formats, merges and sheet states, and hand-made XML the way Excel and WPS write it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawWorkbook } from '../../src/core/roster/raw-table.js';
import { sheetInspector } from '../../src/read/sheet-guard.js';
import { readXlsx } from '../../src/read/xlsx.js';
import { checkBudget } from '../../src/read/xlsx-budget.js';
import { guardedParts } from '../../src/zip/guard.js';
import { oddValueArb } from '../fuzz/odd-values.js';
import { exceljsView } from './exceljs-view.js';
import { buildZip, storedEntry } from './zip-builder.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** The streaming reader's workbook, or undefined when a guard refuses the file or it is damaged. */
function ours(bytes: Uint8Array, file: string): RawWorkbook | undefined {
  const { verdict, parts } = guardedParts(bytes, sheetInspector());
  if (verdict || checkBudget(parts)) return undefined;
  try {
    return readXlsx(parts, file);
  } catch {
    return undefined;
  }
}

/** Both readers on one file: the same sheets, names, states, rows and cells (exceljs must be able to read it). */
async function expectSame(bytes: Uint8Array, file = 'f.xlsx'): Promise<void> {
  const expected = await exceljsView(bytes, file);
  expect(expected, 'exceljs reads it').toBeDefined();
  expect(ours(bytes, file)).toEqual(expected);
}

describe('the streaming reader reads what exceljs read', () => {
  const committed = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xlsx'));

  it.each(committed)('fixtures/%s', async (name) => {
    const bytes = readFileSync(join(FIXTURES, name));
    const expected = await exceljsView(bytes, name);
    const actual = ours(bytes, name);
    // a file exceljs cannot read is refused by ours too (the damaged fixtures)
    if (expected === undefined) expect(actual).toBeUndefined();
    else expect(actual).toEqual(expected);
  });

  it('has committed workbooks to compare', () => {
    expect(committed.length).toBeGreaterThan(6);
  });

  it('workbooks exceljs writes: any values, number formats, merges, hidden sheets, either date system', async () => {
    const valueArb: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(' 软件 1 ', '第一行\n第二行', 'a&b<c>"d\'', '&amp;', '_x000D_', '合计', '31', '1e3', ''),
      fc.integer({ min: -100_000, max: 100_000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      fc.boolean(),
      fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.constantFrom<ExcelJS.CellValue>(
        { error: '#N/A' },
        { formula: 'A1+1', result: 31 },
        { formula: 'A1&"x"', result: '软件1x' },
        { formula: '1/0', result: { error: '#DIV/0!' } },
        { formula: 'TODAY()' },
        { richText: [{ text: '软件' }, { text: '2021', font: { bold: true } }, { text: '1' }] },
        { text: '名单', hyperlink: 'https://example.com/' },
      ),
    );
    const formatArb = fc.constantFrom(
      undefined,
      '0.00',
      '@',
      'yyyy-mm-dd',
      'yyyy"年"m"月"d"日"',
      'h:mm',
      '[$-F800]dddd, mmmm dd, yyyy',
      '#,##0"人"',
      '[h]:mm:ss',
    );
    const sheetArb = fc.record({
      rows: fc.array(fc.array(fc.option(fc.tuple(valueArb, formatArb), { nil: null }), { maxLength: 5 }), {
        maxLength: 8,
      }),
      merge: fc.option(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 5 })), { nil: undefined }),
      state: fc.constantFrom<'visible' | 'hidden' | 'veryHidden'>('visible', 'visible', 'hidden', 'veryHidden'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(sheetArb, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, date1904) => {
        const book = new ExcelJS.Workbook();
        book.properties.date1904 = date1904;
        sheets.forEach(({ rows, merge, state }, i) => {
          const ws = book.addWorksheet(`表${i + 1}`, { state });
          rows.forEach((cells, r) => {
            cells.forEach((cell, c) => {
              if (!cell) return;
              const target = ws.getCell(r + 1, c + 1);
              target.value = cell[0];
              if (cell[1]) target.numFmt = cell[1];
            });
          });
          if (merge) ws.mergeCells(merge[0], merge[1], merge[0] + 1, merge[1] + 1);
        });
        await expectSame(Buffer.from(await book.xlsx.writeBuffer()));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("the fuzz run's odd values (long, broken and invisible text, NaN, formulas without results, empty rich text)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(oddValueArb, { maxLength: 4 }), { maxLength: 5 }), async (rows) => {
        const book = new ExcelJS.Workbook();
        const ws = book.addWorksheet('名单');
        for (const row of rows) ws.addRow(row);
        let bytes: Buffer;
        try {
          bytes = Buffer.from(await book.xlsx.writeBuffer());
        } catch {
          return; // exceljs cannot write this value at all
        }
        const expected = await exceljsView(bytes, 'f.xlsx');
        // a file exceljs cannot read back is refused by ours too
        expect(ours(bytes, 'f.xlsx')).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('a workbook exceljs streams out with inline strings', async () => {
    const { PassThrough } = await import('node:stream');
    const chunks: Buffer[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
    const ws = book.addWorksheet('名单');
    ws.addRow(['班级名称', '人数', '辅导员', '日期']).commit();
    for (let i = 0; i < 50; i++)
      ws.addRow([`软件${i}`, 20 + i, '杜宇飞', new Date(Date.UTC(2024, 3, 22 + i))]).commit();
    ws.commit();
    await book.commit();
    await expectSame(Buffer.concat(chunks));
  });
});

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of hand-written parts: the sheets' XML, the shared strings, the styles, and workbook properties. */
function handMade(parts: {
  sheets: { name: string; state?: string; xml: string }[];
  strings?: string;
  styles?: string;
  workbookPr?: string;
}): Buffer {
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook ${NS}>${parts.workbookPr ?? ''}<sheets>${parts.sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join(
          '',
        )}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    ...parts.sheets.map((s, i): [string, string] => [
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS}>${s.xml}</worksheet>`,
    ]),
  ];
  if (parts.strings)
    files.push(['xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${parts.strings}</sst>`]);
  if (parts.styles)
    files.push([
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${parts.styles}</styleSheet>`,
    ]);
  return buildZip(files.map(([name, text]) => storedEntry(name, text)));
}

/** Shared strings as Excel writes them: plain, with kept spaces, rich runs with fonts, a phonetic guide, escapes. */
const STRINGS = [
  '<si><t>班级名称</t></si>',
  '<si><t xml:space="preserve"> 软件 20211 </t></si>',
  '<si><r><rPr><b/><sz val="11"/><rFont val="宋体"/></rPr><t>软件</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve">2021 1</t></r></si>',
  '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>',
  '<si><t>第一行_x000D_\n第二行</t></si>',
  '<si><t>a &amp; b &lt;c&gt;</t></si>',
  '<si><t>杜宇飞</t></si>',
];

/**
 * Styles as Excel and WPS write them: built-in date ids left undefined (14, 22), custom formats from 176 with
 * escapes and quoted text, a text format, and a cellStyleXfs list that must not count as cell formats.
 */
const STYLES =
  '<numFmts count="6"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="177" formatCode="0.00_ "/><numFmt numFmtId="178" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/><numFmt numFmtId="179" formatCode="h:mm:ss;@"/><numFmt numFmtId="180" formatCode="#,##0&quot;人&quot;"/><numFmt numFmtId="181" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
  '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="11"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="179" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="180" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="181" fontId="0" fillId="0" borderId="0" xfId="0"><alignment horizontal="center"/></xf><xf numFmtId="21" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>';

/** One cell's XML at a reference, from Excel's and WPS's repertoire. */
const cellArb = fc.oneof(
  fc.record({ s: fc.integer({ min: 0, max: 10 }), i: fc.integer({ min: 0, max: STRINGS.length - 1 }) }).map(
    ({ s, i }) =>
      (r: string) =>
        `<c r="${r}" s="${s}" t="s"><v>${i}</v></c>`,
  ),
  fc
    .record({
      s: fc.integer({ min: 0, max: 10 }),
      v: fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map(String),
        fc.integer({ min: 1, max: 80_000 }).map(String),
        fc.constantFrom('45404', '45404.395833333336', '1E-3', '-0', '31', '0.1', '2958465'),
      ),
    })
    .map(
      ({ s, v }) =>
        (r: string) =>
          `<c r="${r}" s="${s}"><v>${v}</v></c>`,
    ),
  fc.constantFrom(
    (r: string) => `<c r="${r}" t="b"><v>1</v></c>`,
    (r: string) => `<c r="${r}" t="b"><v>0</v></c>`,
    (r: string) => `<c r="${r}" t="e"><v>#N/A</v></c>`,
    (r: string) => `<c r="${r}" s="4"><f>SUM(B2:B3)</f><v>59</v></c>`,
    (r: string) => `<c r="${r}" s="1"><f>TODAY()</f><v>45404</v></c>`,
    (r: string) => `<c r="${r}" t="str"><f>A2&amp;"班"</f><v>软件1班</v></c>`,
    (r: string) => `<c r="${r}" t="e"><f>1/0</f><v>#DIV/0!</v></c>`,
    (r: string) => `<c r="${r}"><f>NOW()</f></c>`,
    (r: string) => `<c r="${r}" t="inlineStr"><is><t>内联</t></is></c>`,
    (r: string) =>
      `<c r="${r}" t="inlineStr"><is><r><t>内</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 联</t></r></is></c>`,
    (r: string) => `<c r="${r}" s="3"/>`,
    (r: string) => `<c r="${r}"/>`,
    (r: string) => `<c r="${r}" s="2" t="n"><v>45404.5</v></c>`,
  ),
);

/** A row's cells at increasing columns, some skipped; a shared formula down a column now and then. */
const rowArb = fc.array(fc.option(cellArb, { nil: null }), { maxLength: 6 });

describe('hand-made workbook XML, as Excel and WPS write it', () => {
  it('shared and inline strings, rich text, phonetic guides, number formats, formulas, errors, merges', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(rowArb, { maxLength: 7 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.array(fc.constantFrom('A1:B1', 'C2:C4', 'D5:E6', 'B8:B9'), { maxLength: 2 }),
        async (sheets, date1904, merges) => {
          const xml = (rows: ((r: string) => string)[][]) =>
            `<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25"/><sheetData>${rows
              .map(
                (cells, r) =>
                  `<row r="${r + 1}" spans="1:6">${cells
                    .map((cell, c) => (cell ? cell(`${String.fromCharCode(65 + c)}${r + 1}`) : ''))
                    .join('')}</row>`,
              )
              .join('')}</sheetData>${
              [...new Set(merges)].length
                ? `<mergeCells count="1">${[...new Set(merges)].map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
                : ''
            }<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
          await expectSame(
            handMade({
              sheets: sheets.map((rows, i) => ({
                name: i === 1 ? 'WPS &amp; 表' : `Sheet${i + 1}`,
                state: i === 2 ? 'hidden' : undefined,
                xml: xml(rows.map((row) => row.map((c) => c ?? ((r: string) => `<c r="${r}" s="0"/>`)))),
              })),
              strings: STRINGS.join(''),
              styles: STYLES,
              workbookPr: date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr defaultThemeVersion="124226"/>',
            }),
          );
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);

  it('shared formulas: the master and the cells that share it, with and without cached results', async () => {
    const rows = [
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>',
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>',
      '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/></c></row>',
    ];
    await expectSame(handMade({ sheets: [{ name: '名单', xml: `<sheetData>${rows.join('')}</sheetData>` }] }));
  });
});
