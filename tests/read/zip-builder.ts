import { constants, deflateRawSync, crc32 as zlibCrc32 } from 'node:zlib';

/** One entry of a hand-made zip: its stored bytes and what the headers say about them. */
export interface ZipEntrySpec {
  name: string;
  /** The bytes stored in the archive (already deflated when method is 8). */
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method?: number;
  /** The uncompressed size the headers declare (default: data.length, right for stored entries). */
  declaredSize?: number;
  crc?: number;
  /** An extra-field block for the central directory record. */
  extra?: Uint8Array;
}

/** A zip archive built byte by byte, so its headers can say anything, true or not. */
export function buildZip(entries: ZipEntrySpec[], options: { comment?: string } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method ?? 0;
    const size = e.declaredSize ?? e.data.length;
    const crc = e.crc ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(e.extra?.length ?? 0, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength));
    centrals.push(central, name, Buffer.from(e.extra ?? []));
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, cd, end, comment]);
}

/** A stored entry holding `text`, with its true CRC. */
export function storedEntry(name: string, text: string): ZipEntrySpec {
  const data = Buffer.from(text, 'utf8');
  return { name, data, crc: zlibCrc32(data) };
}

/**
 * A raw deflate stream that truly inflates to `megabytes` MB of zeros, built without ever holding them: one MiB of
 * zeros deflated and ended with a full flush (byte-aligned, no back references into the previous chunk) is repeated,
 * then a final empty block closes the stream. About 1 KB per MB inflated.
 */
export function zerosDeflated(megabytes: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0)); // a final, empty block
  return Buffer.concat([...Array.from({ length: megabytes }, () => chunk), last]);
}

/** XML-escapes text for an inline string cell. */
const xmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<row>` XML for a 1-based row of inline-string or number cells, starting at column A. */
export function rowXml(row: number, cells: (string | number)[]): string {
  const cols = cells.map((value, i) => {
    const ref = `${String.fromCharCode(65 + i)}${row}`;
    return typeof value === 'number'
      ? `<c r="${ref}"><v>${value}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`;
  });
  return `<row r="${row}">${cols.join('')}</row>`;
}

/** The seed's first two rows as sheet data: a header and one class. */
export const TINY_SHEET_DATA = rowXml(1, ['班级名称', '人数', '辅导员']) + rowXml(2, ['软件1', 31, '杜宇飞']);

/**
 * A minimal XLSX (stored entries, one sheet named 名单) with XML put where a test wants it: before or after
 * <sheetData>, and inside <definedNames>. exceljs reads it like one Excel wrote.
 */
export function workbookXlsx(
  parts: {
    sheetData?: string;
    beforeSheetData?: string;
    afterSheetData?: string;
    definedNames?: string;
    sheetEntry?: string;
    sheetTarget?: string;
    /** `<workbookPr …/>` and other workbook-level XML before <sheets>. */
    workbookPr?: string;
    /** More entries, by name and text (styles, shared strings). */
    extraParts?: [string, string][];
  } = {},
): Buffer {
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}>${parts.workbookPr ?? ''}<sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets>${parts.definedNames ? `<definedNames>${parts.definedNames}</definedNames>` : ''}</workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="${parts.sheetTarget ?? 'worksheets/sheet1.xml'}"/></Relationships>`,
    ],
    [
      parts.sheetEntry ?? 'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}>${parts.beforeSheetData ?? ''}<sheetData>${parts.sheetData ?? TINY_SHEET_DATA}</sheetData>${parts.afterSheetData ?? ''}</worksheet>`,
    ],
    ...(parts.extraParts ?? []),
  ];
  return buildZip(files.map(([name, text]) => storedEntry(name, text)));
}
