// Small workbooks that made exceljs build hundreds of MB (issue 15): each is generated here, none is committed.
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { ZipPart } from '../../src/zip/guard.js';
import { buildZip, storedEntry, type ZipEntrySpec } from './zip-builder.js';

const MiB = 1024 * 1024;
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** A header and one class, as inline strings. */
const HEAD =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>班级名称</t></is></c><c r="B1" t="inlineStr"><is><t>人数</t></is></c><c r="C1" t="inlineStr"><is><t>辅导员</t></is></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>软件1</t></is></c><c r="B2"><v>30</v></c><c r="C2" t="inlineStr"><is><t>杜宇飞</t></is></c></row>';

/** A deflated entry of `text`, its headers true. */
function deflated(name: string, text: string): ZipEntrySpec {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 8, data: deflateRawSync(data, { level: 9 }), declaredSize: data.length, crc: crc32(data) };
}

/** A worksheet part around `sheetData`. */
export const sheetXml = (sheetData: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${HEAD}${sheetData}</sheetData></worksheet>`;

/** A workbook of the given worksheet parts (sheets 名单1, 名单2, …) and other entries. */
export function bombBook(sheets: ZipEntrySpec[], others: ZipEntrySpec[] = []): Buffer {
  const text = (name: string, body: string) => deflated(name, `<?xml version="1.0" encoding="UTF-8"?>${body}`);
  return buildZip([
    text(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    text(
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    text(
      'xl/workbook.xml',
      `<workbook ${NS}><sheets>${sheets.map((_, i) => `<sheet name="名单${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    text(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
    ...sheets.map((sheet, i) => ({ ...sheet, name: `xl/worksheets/sheet${i + 1}.xml` })),
    ...others,
  ]);
}

/** `unit` repeated to just under `bytes`. */
const repeated = (unit: string, bytes: number): string => unit.repeat(Math.floor(bytes / unit.length));

/** A sheet of just under 10 MiB of empty `<c/>` cells, in rows of 1 000 (10 KB deflated). */
export function emptyCellsSheet(): ZipEntrySpec {
  const row = (r: number) => `<row r="${r}">${'<c/>'.repeat(1000)}</row>`;
  const rows: string[] = [];
  for (let r = 3, bytes = 0; bytes < 10 * MiB - 8000; r++) {
    rows.push(row(r));
    bytes += row(r).length;
  }
  return deflated('', sheetXml(rows.join('')));
}

/**
 * A roster sheet just under the element budget: the header and one class, then 499 rows of 1 000 empty `<c/>` cells
 * (499 002 cells in all, ~14 KB on disk). It passes every limit and must be read, fast: exceljs took 7.6 s over it.
 */
export function nearLimitBook(): Buffer {
  const rows = Array.from({ length: 499 }, (_, i) => `<row r="${i + 3}">${'<c/>'.repeat(1000)}</row>`);
  return bombBook([deflated('', sheetXml(rows.join('')))]);
}

/** A roster sheet just under the row budget: the header and one class, then 249 997 styled empty rows (~0.5 MB). */
export function nearRowLimitBook(): Buffer {
  const rows = Array.from({ length: 249_997 }, (_, i) => `<row r="${i + 3}" s="1" customFormat="1"/>`);
  return bombBook([deflated('', sheetXml(rows.join('')))]);
}

/** The attacks of issue 15, point 1, by name: each a few KB to a few MB on disk. */
export const XLSX_BOMBS: Record<string, () => Buffer> = {
  /** 24 sheets, each just under 10 MiB of empty cells (~310 KB on disk). */
  '24 sheets of empty cells': () => {
    const sheet = emptyCellsSheet();
    return bombBook(Array.from({ length: 24 }, () => sheet));
  },
  /** One such sheet (~14 KB). */
  'one sheet of empty cells': () => bombBook([emptyCellsSheet()]),
  /** Just under 10 MiB of empty rows (~14 KB). */
  'empty rows': () =>
    bombBook([deflated('', sheetXml(Array.from({ length: 600_000 }, (_, i) => `<row r="${i + 3}"/>`).join('')))]),
  /** Just under 10 MiB of cell formats in the styles (~14 KB). */
  'styles of empty formats': () =>
    bombBook(
      [deflated('', sheetXml(''))],
      [
        deflated(
          'xl/styles.xml',
          `<styleSheet ${NS}><cellXfs>${repeated('<xf/>', 10 * MiB - 1000)}</cellXfs></styleSheet>`,
        ),
      ],
    ),
  /** 20 MB of distinct shared strings, each a rich-text run (~5 MB on disk). */
  '20 MB of shared strings': () => {
    const strings: string[] = [];
    for (let i = 0, bytes = 0; bytes < 20_000_000; i++) {
      const si = `<si><r><t>${((i * 2_654_435_761) % 4_294_967_296).toString(36)}</t></r></si>`;
      strings.push(si);
      bytes += si.length;
    }
    return bombBook(
      [deflated('', sheetXml(''))],
      [deflated('xl/sharedStrings.xml', `<sst ${NS} count="${strings.length}">${strings.join('')}</sst>`)],
    );
  },
  /** A million styled empty rows (~2.3 MB). */
  'a million styled empty rows': () =>
    bombBook([
      deflated(
        '',
        sheetXml(Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 3}" s="1" customFormat="1"/>`).join('')),
      ),
    ]),
  /** 46 entries of 10 MiB of zeros each (~465 KB). */
  '46 entries of 10 MiB of zeros': () => {
    const chunk = deflateRawSync(Buffer.alloc(MiB), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
    const zeros = Buffer.concat([...Array.from({ length: 10 }, () => chunk), deflateRawSync(Buffer.alloc(0))]);
    return bombBook(
      [deflated('', sheetXml(''))],
      Array.from({ length: 46 }, (_, i) => ({
        name: `xl/media/image${i + 1}.png`,
        method: 8,
        data: zeros,
        declaredSize: 10 * MiB,
      })),
    );
  },
};

/** A workbook's parts as the zip guard hands them on: sheets 表1, 表2, … (each around `sheetXml`) and other parts. */
export function budgetParts(sheets: string[], others: [string, string][] = []): ZipPart[] {
  return [
    storedEntry(
      'xl/workbook.xml',
      `<workbook><sheets>${sheets.map((_, i) => `<sheet name="表${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    storedEntry(
      'xl/_rels/workbook.xml.rels',
      `<Relationships>${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
    ...sheets.map((s, i) => storedEntry(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s))),
    ...others.map(([name, text]) => storedEntry(name, text)),
  ].map((e) => ({ name: e.name, content: e.data }));
}
