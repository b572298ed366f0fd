/** What a roster file is, judged by its bytes first and its extension only as a hint. */
export type FileKind = 'xlsx' | 'xls' | 'broken-xlsx' | 'other-zip' | 'binary' | 'text';

/** Zip-based spreadsheet formats that are not XLSX (LibreOffice, Numbers, WPS): they need saving as .xlsx. */
const OTHER_ZIPPED = new Set(['.ods', '.numbers', '.et', '.xlsb']);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Tells XLSX (a zip), legacy XLS (an OLE file), other binary data and text apart. */
export function fileKind(bytes: Uint8Array, extension: string): FileKind {
  if (startsWith(bytes, ZIP)) return OTHER_ZIPPED.has(extension.toLowerCase()) ? 'other-zip' : 'xlsx';
  if (startsWith(bytes, OLE)) return 'xls';
  const ext = extension.toLowerCase();
  if (ext === '.xls') return 'xls'; // some systems save an HTML table as .xls: the advice is the same
  if (ext === '.xlsx' || ext === '.xlsm') return 'broken-xlsx';
  return looksBinary(bytes) ? 'binary' : 'text';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Many control bytes (NUL included) in the first 8 KiB mean this is not text (UTF-16 with a BOM is text). A few are a
 * text file with a damaged cell: the roster then refuses that cell by its row and column.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  return control > Math.max(8, head.length / 100);
}
