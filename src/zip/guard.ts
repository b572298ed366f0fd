/**
 * A zip-bomb guard for XLSX input, run on the raw bytes BEFORE anything is read; the entries it unpacks are what the
 * XLSX reader reads (guardedParts).
 *
 * Every entry of the archive is unpacked into memory whole (as exceljs did too), so a small file whose entries
 * inflate to gigabytes would exhaust memory. This module reads the zip's own bookkeeping (the central directory) and
 * refuses archives whose declared sizes are too big, without inflating anything. Then, because declared sizes can
 * lie, it inflates each deflated entry with an output cap equal to its declared size, so a liar is caught after at
 * most its declared size (which has just been checked) instead of after the whole bomb.
 *
 * It reads the archive the way JSZip 3 does (the last end record in the file; central directory entries read for as
 * long as their signature follows; data found through each local header), the archive reader exceljs used, so a
 * file reads as it did then. Anything it cannot follow exactly is refused as damaged rather than passed on.
 *
 * Pure: bytes in, a verdict out; no I/O, no exceptions other than bugs.
 */
import { constants, inflateRawSync } from 'node:zlib';
import { megabytes } from './megabytes.js';
import { ZIP_SIGNATURE } from './signatures.js';

const MB = 1024 * 1024;

/** The limits, in one place. Excel's own files are far below all of them (a 30-class roster is about 10 KB). */
export const ZIP_LIMITS = {
  /** Entries in the archive; an XLSX has a dozen or so, a few hundred with many sheets and images. */
  maxEntries: 10_000,
  /**
   * Declared uncompressed size of any one entry, small or large (a sheet, the shared strings, an image): exceljs holds
   * each whole, as a string; a 5 000-class roster's sheet is about 1 MB.
   */
  maxEntryBytes: 32 * MB,
  /** Declared uncompressed size of all entries together: exceljs holds them all at once (images too). */
  maxTotalBytes: 100 * MB,
  /** Uncompressed ÷ compressed size above which a big entry is taken for a bomb (deflate tops out near 1032:1). */
  maxRatio: 200,
  /** The ratio rule applies only to entries bigger than this: small XML compresses very well, harmlessly. */
  ratioAppliesAboveBytes: 10 * MB,
} as const;

/** The limits a guard runs with; tests pass smaller ones. */
export type ZipLimits = { readonly [K in keyof typeof ZIP_LIMITS]: number };

/**
 * The rules an archive can break: the zip's own (here) and those of its XML parts (sheet-guard.ts, xlsx-budget.ts,
 * xlsx.ts).
 */
export type TooLargeRule =
  | 'entries'
  | 'entrySize'
  | 'totalSize'
  | 'ratio'
  | 'zip64'
  | 'merges'
  | 'mergedCells'
  | 'validationCells'
  | 'namedCells'
  | 'columns'
  | 'rows'
  | 'cells'
  | 'sheetsSize'
  | 'cellCount'
  | 'rowCount'
  | 'styleCount'
  | 'stringCount';

/** Why an archive is refused as too large; `value` and `limit` are ready to show. */
export interface ZipTooLarge {
  kind: 'tooLarge';
  rule: TooLargeRule;
  value: string;
  limit: string;
  /** The entry concerned ('' for whole-archive rules). */
  entry: string;
}

/** Looks at one entry's unpacked content (called in archive order, once the sizes are known to be safe). */
export type PartInspector = (name: string, content: Uint8Array) => ZipTooLarge | undefined;

/** Why an archive cannot be followed at all (the existing corruptXlsx problem). */
export interface ZipDamaged {
  kind: 'damaged';
  reason: string;
}

/** The guard's answer: undefined when the archive may be handed to exceljs. */
export type ZipVerdict = ZipTooLarge | ZipDamaged | undefined;

/** One central directory record, as far as the guard needs it. */
interface Entry {
  /** The name as stored. */
  rawName: string;
  /** The name fit for a message. */
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The end record's fixed part; a comment of up to 65 535 bytes may follow it. */
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
/** A 32-bit field set to this (or a 16-bit one to 0xFFFF) means "see the ZIP64 record", which is not followed here. */
const ZIP64_32 = 0xffffffff;
const ZIP64_16 = 0xffff;
/** The Info-ZIP Unicode Path extra field: a second name for an entry. */
const UNICODE_PATH = 0x7075;
const STORED = 0;
const DEFLATED = 8;

/**
 * Checks an XLSX archive's declared and actual sizes against the limits; see the module comment. `inspect`, when
 * given, then sees each entry's unpacked content (sheet-guard.ts looks for what would make exceljs build too much).
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS, inspect?: PartInspector): ZipVerdict {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const damaged = (reason: string): ZipDamaged => ({ kind: 'damaged', reason });
  const tooLarge = (rule: ZipTooLarge['rule'], value: string, limit: string, entry = ''): ZipTooLarge => ({
    kind: 'tooLarge',
    rule,
    value,
    limit,
    entry,
  });

  // 1. The end of central directory record: the LAST signature in the file, as JSZip takes it. It must sit within
  //    the last 22 + 65 535 bytes (a maximal comment) and leave room for its 22 fixed bytes.
  const end = lastSignature(bytes, ZIP_SIGNATURE.end, Math.max(0, bytes.length - END_SIZE - MAX_COMMENT));
  if (end < 0) return damaged('no end of central directory record');
  if (end + END_SIZE > bytes.length) return damaged('end of central directory record cut off');
  const disk = u16(end + 4);
  const cdDisk = u16(end + 6);
  const entriesOnDisk = u16(end + 8);
  const declaredEntries = u16(end + 10);
  const cdSize = u32(end + 12);
  const cdOffset = u32(end + 16);
  if (
    [disk, cdDisk, entriesOnDisk, declaredEntries].includes(ZIP64_16) ||
    cdSize === ZIP64_32 ||
    cdOffset === ZIP64_32
  ) {
    return tooLarge('zip64', '', '');
  }
  if (declaredEntries > limits.maxEntries)
    return tooLarge('entries', String(declaredEntries), String(limits.maxEntries));
  // JSZip would shift every offset when the directory does not end right at the end record (data prepended to the
  // archive); Excel never writes that, so it is refused rather than followed.
  if (cdOffset + cdSize !== end) return damaged('the central directory is not where the end record says');

  // 2. The central directory: JSZip reads records for as long as the signature follows, whatever the count says.
  const entries: Entry[] = [];
  const names = new Set<string>();
  let at = cdOffset;
  while (at + 4 <= bytes.length && u32(at) === ZIP_SIGNATURE.central) {
    if (entries.length === limits.maxEntries)
      return tooLarge('entries', `> ${limits.maxEntries}`, String(limits.maxEntries));
    if (at + CENTRAL_SIZE > bytes.length) return damaged('central directory record cut off');
    const nameLength = u16(at + 28);
    const next = at + CENTRAL_SIZE + nameLength + u16(at + 30) + u16(at + 32);
    if (next > bytes.length) return damaged('central directory record cut off');
    const rawName = new TextDecoder('utf-8').decode(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));
    const entry: Entry = {
      rawName,
      name: shownName(rawName),
      flags: u16(at + 8),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      uncompressedSize: u32(at + 24),
      localHeaderOffset: u32(at + 42),
    };
    if (
      entry.compressedSize === ZIP64_32 ||
      entry.uncompressedSize === ZIP64_32 ||
      entry.localHeaderOffset === ZIP64_32 ||
      u16(at + 34) === ZIP64_16
    ) {
      return tooLarge('zip64', '', '', entry.name);
    }
    // JSZip names an entry by its Info-ZIP Unicode Path field when there is one: the name checked here would not be
    // the name exceljs acts on. Excel never writes the field.
    if (hasExtraField(bytes, at + CENTRAL_SIZE + nameLength, u16(at + 30), UNICODE_PATH))
      return damaged(`"${entry.name}" carries a second, Unicode name`);
    // two entries of one name (a leading "/" aside, as exceljs drops it): the guard would check one, exceljs use the
    // other
    const key = rawName.replace(/^\//, '');
    if (names.has(key)) return damaged(`two entries are named "${entry.name}"`);
    names.add(key);
    entries.push(entry);
    at = next;
  }
  if (entries.length === 0 && declaredEntries !== 0)
    return damaged(`expected ${declaredEntries} central directory records, found none`);

  // 3. Declared sizes, before anything is inflated.
  let total = 0;
  for (const entry of entries) {
    const size = entry.uncompressedSize;
    if (size > limits.maxEntryBytes)
      return tooLarge('entrySize', megabytes(size), megabytes(limits.maxEntryBytes), entry.name);
    if (size > limits.ratioAppliesAboveBytes && size > entry.compressedSize * limits.maxRatio) {
      const ratio = entry.compressedSize === 0 ? '∞' : `${Math.round(size / entry.compressedSize)}:1`;
      return tooLarge('ratio', ratio, `${limits.maxRatio}:1`, entry.name);
    }
    total += size;
  }
  if (total > limits.maxTotalBytes) return tooLarge('totalSize', megabytes(total), megabytes(limits.maxTotalBytes));

  // 4. Actual sizes: each entry's data, found as JSZip finds it, must not unpack to more than it declared. The
  //    unpacked content is then shown to `inspect`, one entry at a time.
  for (const entry of entries) {
    const local = entry.localHeaderOffset;
    if (local + LOCAL_SIZE > bytes.length || u32(local) !== ZIP_SIGNATURE.local)
      return damaged(`no local header for "${entry.name}"`);
    const dataStart = local + LOCAL_SIZE + u16(local + 26) + u16(local + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > bytes.length) return damaged(`the data of "${entry.name}" is cut off`);
    if (entry.flags & 1) return damaged(`"${entry.name}" is encrypted`);
    if (entry.method !== STORED && entry.method !== DEFLATED)
      return damaged(`"${entry.name}" uses unsupported compression method ${entry.method}`);
    const stored = bytes.subarray(dataStart, dataEnd);
    // Stored data is its own size, already bounded by the file; deflated data is unpacked with a cap.
    const content = entry.method === STORED ? stored : inflateWithin(stored, entry.uncompressedSize);
    if (!content)
      return damaged(
        `"${entry.name}" unpacks to more than its declared ${entry.uncompressedSize} bytes, or not at all`,
      );
    const verdict = inspect?.(entry.rawName, content);
    if (verdict) return { ...verdict, entry: verdict.entry === '' ? '' : entry.name };
  }
  return undefined;
}

/** One unpacked entry of an archive. */
export interface ZipPart {
  name: string;
  content: Uint8Array;
}

/**
 * checkZip at the default limits, keeping every entry it unpacked for `inspect`: what the XLSX readers go on from
 * (xlsx-merges.ts), without unpacking the archive twice.
 */
export function guardedParts(bytes: Uint8Array, inspect: PartInspector): { verdict: ZipVerdict; parts: ZipPart[] } {
  const parts: ZipPart[] = [];
  const verdict = checkZip(bytes, ZIP_LIMITS, (name, content) => {
    parts.push({ name, content });
    return inspect(name, content);
  });
  return { verdict, parts };
}

/** Whether the extra-field block at `from` (`length` bytes) holds a field with this id. */
function hasExtraField(bytes: Uint8Array, from: number, length: number, id: number): boolean {
  for (let at = from; at + 4 <= from + length; at += 4 + (bytes[at + 2]! | (bytes[at + 3]! << 8))) {
    if ((bytes[at]! | (bytes[at + 1]! << 8)) === id) return true;
  }
  return false;
}

/** The index of the last `signature` (little-endian) at or after `from`; -1 when there is none. */
function lastSignature(bytes: Uint8Array, signature: number, from: number): number {
  const [b0, b1, b2, b3] = [signature & 0xff, (signature >>> 8) & 0xff, (signature >>> 16) & 0xff, signature >>> 24];
  for (let i = bytes.length - 4; i >= from; i--) {
    if (bytes[i] === b0 && bytes[i + 1] === b1 && bytes[i + 2] === b2 && bytes[i + 3] === b3) return i;
  }
  return -1;
}

/**
 * Raw deflate data unpacked, or undefined when it unpacks to more than `declared` bytes (or is not deflate data).
 * zlib stops as soon as the output passes the cap, so a lying entry costs at most its declared size in time and
 * memory. A truncated stream is not an error here (JSZip refuses the size mismatch itself).
 */
function inflateWithin(data: Uint8Array, declared: number): Uint8Array | undefined {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, declared), finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return undefined;
  }
}

/**
 * A name from the file (zip entry, sheet) fit for a terminal: control and bidi-override characters replaced, at most 80
 * characters.
 */
export function shownName(raw: string): string {
  const name = raw.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}
