import { constants, crc32, deflateRawSync } from 'node:zlib';
import { dosDate } from './dos-date.js';
import { ZIP_SIGNATURE } from './signatures.js';

/** One file of an archive: its path inside the zip and its bytes, whole or as chunks in order. */
export interface ZipEntry {
  name: string;
  data: Buffer | readonly Buffer[];
}

const DEFLATE = 8;
const UTF8_NAMES = 0x0800;

/**
 * A zip archive of the entries, deflated at `level` (1 is fastest), every entry dated `stamp`'s UTC day so the same
 * entries give the same bytes. Node's zlib does the deflating and the checksums; this writes only the headers.
 * An entry given as chunks is deflated chunk by chunk, never joined: each chunk but the last ends in a full flush,
 * which leaves the stream open and its history empty, so the pieces concatenate into one valid deflate stream.
 */
export function zip(entries: readonly ZipEntry[], stamp: Date, level = 1): Buffer {
  const date = dosDate(stamp);
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const { pieces, packedSize, crc, size } = deflated(Buffer.isBuffer(entry.data) ? [entry.data] : entry.data, level);
    if (offset + packedSize > 0xffffffff || size > 0xffffffff) throw new RangeError('zip entry beyond 4 GB');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(ZIP_SIGNATURE.local, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt32LE((date << 16) >>> 0, 10); // time 00:00:00, then the date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packedSize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(ZIP_SIGNATURE.central, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, version 2.0
    local.copy(central, 6, 4, 30); // version needed … extra length: the same fields in the same order
    central.writeUInt32LE(offset, 42);
    parts.push(local, name);
    for (const piece of pieces) parts.push(piece);
    directory.push(central, name);
    offset += local.length + name.length + packedSize;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(ZIP_SIGNATURE.end, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

/**
 * Chunks deflated into the pieces of one raw deflate stream, with its length, and the CRC-32 and length of the bytes.
 */
function deflated(
  chunks: readonly Buffer[],
  level: number,
): { pieces: Buffer[]; packedSize: number; crc: number; size: number } {
  const last = Math.max(0, chunks.length - 1);
  let crc = 0;
  let size = 0;
  const pieces = (chunks.length > 0 ? chunks : [Buffer.alloc(0)]).map((chunk, i) => {
    crc = crc32(chunk, crc);
    size += chunk.length;
    return deflateRawSync(chunk, { level, finishFlush: i === last ? constants.Z_FINISH : constants.Z_FULL_FLUSH });
  });
  return { pieces, packedSize: pieces.reduce((sum, piece) => sum + piece.length, 0), crc, size };
}
