import { crc32, deflateRawSync } from 'node:zlib';
import { dosDate } from './zip-times.js';

/** One file of an archive: its path inside the zip and its bytes. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;

/**
 * A zip archive of the entries, deflated at `level` (1 is fastest), every entry dated `stamp`'s UTC day so the same
 * entries give the same bytes. Node's zlib does the deflating and the checksums; this writes only the headers.
 */
export function zip(entries: readonly ZipEntry[], stamp: Date, level = 1): Buffer {
  const date = dosDate(stamp);
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data, { level });
    const crc = crc32(entry.data);
    if (offset + packed.length > 0xffffffff || entry.data.length > 0xffffffff) throw new RangeError('zip entry beyond 4 GB');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt32LE((date << 16) >>> 0, 10); // time 00:00:00, then the date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, version 2.0
    local.copy(central, 6, 4, 30); // version needed … extra length: the same fields in the same order
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    directory.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
