/**
 * Sets the DOS date and time of every entry of a zip (local headers and central directory) to `stamp`'s UTC date at
 * midnight. JSZip, under exceljs, stamps each entry with the current local time; pinning them makes the same workbook
 * the same bytes on every run and in every time zone. Changes the buffer in place and returns it.
 */
export function pinZipTimes(zip: Buffer, stamp: Date): Buffer {
  const date = dosDate(stamp);
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('zip without an end-of-central-directory record');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad zip central directory entry');
    zip.writeUInt32LE((date << 16) >>> 0, at + 12);
    zip.writeUInt32LE((date << 16) >>> 0, zip.readUInt32LE(at + 42) + 10);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

/** `stamp`'s UTC day as a DOS date. DOS dates hold 1980–2107: a stamp outside (SOURCE_DATE_EPOCH=0, say) is clamped to 1 January of the nearest end. */
export function dosDate(stamp: Date): number {
  const year = Math.min(2107, Math.max(1980, stamp.getUTCFullYear()));
  const inRange = year === stamp.getUTCFullYear();
  return ((year - 1980) << 9) | ((inRange ? stamp.getUTCMonth() + 1 : 1) << 5) | (inRange ? stamp.getUTCDate() : 1);
}
