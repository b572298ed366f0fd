import { fail } from '../core/errors.js';
import { END_MARKER, START_MARKER } from './markers.js';

/** The encodings a side file is read in (see read/decode.ts), and GBK: a GB18030 file that stays within GBK. */
export type TextEncoding = 'utf-8' | 'gbk' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * Text in an encoding; undefined when the encoding cannot hold every character (GBK has no 𠀀; a lone surrogate fits
 * none). Never writes a replacement character instead. iconv-lite is loaded only for GBK and GB18030.
 */
export async function encodeText(text: string, encoding: TextEncoding): Promise<Uint8Array | undefined> {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) return undefined;
    if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
    const bytes = Buffer.from(text, 'utf16le');
    return encoding === 'utf-16be' ? bytes.swap16() : bytes;
  }
  const { default: iconv } = await import('iconv-lite');
  const bytes = iconv.encode(text, encoding);
  return iconv.decode(bytes, encoding) === text ? bytes : undefined;
}

/** GBK when a GB18030 file's bytes are all GBK (what Notepad on Chinese Windows writes), else GB18030 itself. */
export async function narrowestEncoding(text: string, bytes: Uint8Array, decodedAs: string): Promise<TextEncoding> {
  if (decodedAs !== 'gb18030') return decodedAs as TextEncoding;
  const gbk = await encodeText(text, 'gbk');
  return gbk && Buffer.compare(gbk, bytes) === 0 ? 'gbk' : 'gb18030';
}

/** Where a marker is in a file's bytes, in the file's encoding; every marker is ASCII. */
function markerBytes(marker: string, encoding: TextEncoding): Buffer {
  const bytes = Buffer.from(marker, encoding === 'utf-16le' || encoding === 'utf-16be' ? 'utf16le' : 'latin1');
  return encoding === 'utf-16be' ? bytes.swap16() : bytes;
}

/**
 * The file's bytes with `middle` between its markers, in the file's own encoding: every byte up to the end of the start
 * marker and from the end marker on is the file's own. Refused with a clear line when the encoding cannot hold the
 * new text. In GBK and GB18030 an ASCII marker can only be the marker: no multi-byte sequence holds a `<` or `!`.
 */
export async function spliceBetweenMarkers(
  bytes: Uint8Array,
  middle: string,
  encoding: TextEncoding,
  file: string,
): Promise<Uint8Array> {
  const encoded = await encodeText(middle, encoding);
  if (!encoded) {
    let bad = '';
    for (const ch of middle) if (!(await encodeText(ch, encoding))) bad ||= ch;
    const code = `U+${(bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return fail('noticeEncodingCannotHold', { encoding: encoding.toUpperCase(), char: bad, code }, { file });
  }
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wide = encoding === 'utf-16le' || encoding === 'utf-16be';
  const find = (needle: Buffer) => {
    for (let at = all.indexOf(needle); at >= 0; at = all.indexOf(needle, at + 1)) if (!wide || at % 2 === 0) return at;
    return -1;
  };
  const start = markerBytes(START_MARKER, encoding);
  const from = find(start) + start.length;
  const to = find(markerBytes(END_MARKER, encoding));
  return Buffer.concat([all.subarray(0, from), encoded, all.subarray(to)]);
}
