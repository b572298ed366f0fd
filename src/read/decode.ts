import { fail } from '../core/errors.js';

/** A decoded text file and the encoding it was in. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

/**
 * Decodes roster text: a BOM decides; otherwise strict UTF-8, then strict GB18030 (a superset of GBK, what Excel
 * on Chinese Windows saves). Never replaces bad bytes with U+FFFD: undefined when neither fits.
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes.subarray(2), 'utf-16be');
  return strict(bytes, 'utf-8') ?? strict(bytes, 'gb18030');
}

/** A side file (template, config, notice) decoded as a roster is, or refused with a line naming it: never a U+FFFD. */
export function decodeSideFile(bytes: Uint8Array, file: string): DecodedText {
  return decodeText(bytes) ?? fail('textUndecodable', {}, { file });
}

function strict(bytes: Uint8Array, encoding: DecodedText['encoding']): DecodedText | undefined {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return undefined;
  }
}
