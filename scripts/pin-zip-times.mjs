// For the fixture script only: exceljs (through JSZip) stamps each zip entry with the current local time, so a
// workbook it writes differs from run to run. Pinning every entry's DOS date and time makes a fixture the same bytes
// on every run and in every time zone.
import { dosDate } from '../dist/zip/dos-date.js';
import { ZIP_SIGNATURE } from '../dist/zip/signatures.js';

/** Sets every entry's date (local headers and central directory) to `stamp`'s UTC day at midnight, in place. */
export function pinZipTimes(zip, stamp) {
  const date = dosDate(stamp);
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== ZIP_SIGNATURE.end) eocd--;
  if (eocd < 0) throw new Error('zip without an end-of-central-directory record');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== ZIP_SIGNATURE.central) throw new Error('bad zip central directory entry');
    zip.writeUInt32LE((date << 16) >>> 0, at + 12);
    zip.writeUInt32LE((date << 16) >>> 0, zip.readUInt32LE(at + 42) + 10);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
