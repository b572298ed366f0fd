import { inflateRawSync } from 'node:zlib';
import { ZIP_SIGNATURE } from './signatures.js';

/** One unpacked entry of an archive: its name and its bytes. */
export interface UnzippedEntry {
  name: string;
  data: Buffer;
}

const STORED = 0;
const DEFLATE = 8;
/** The largest entry unpacked: an Office document's parts are kilobytes; a bigger one is not a document of ours. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/**
 * Every entry of a plain zip archive (stored or deflated, no zip64, no encryption), in central-directory order, each
 * inflated to at most its declared size; undefined when the bytes are no such archive. For documents this tool
 * writes or has written: a Word file packed by the docx package, one saved again by Word or WPS.
 */
export function unzip(bytes: Buffer): UnzippedEntry[] | undefined {
  const end = bytes.lastIndexOf(endSignature());
  if (end < 0 || end + 22 > bytes.length) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: UnzippedEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== ZIP_SIGNATURE.central) return undefined;
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (size > MAX_ENTRY_BYTES || local + 30 > bytes.length || bytes.readUInt32LE(local) !== ZIP_SIGNATURE.local)
      return undefined;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + packed);
    if (raw.length !== packed) return undefined;
    const data = inflated(raw, method, size);
    if (!data) return undefined;
    entries.push({ name, data });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function inflated(raw: Buffer, method: number, size: number): Buffer | undefined {
  if (method === STORED) return raw.length === size ? raw : undefined;
  if (method !== DEFLATE) return undefined;
  try {
    const data = inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
    return data.length === size ? data : undefined;
  } catch {
    return undefined;
  }
}

function endSignature(): Buffer {
  const signature = Buffer.alloc(4);
  signature.writeUInt32LE(ZIP_SIGNATURE.end);
  return signature;
}
