import { sha256Hex } from '../core/sha256.js';

/**
 * Text as a safe file name (without extension) on every system: characters Windows forbids and control characters
 * become `_`, surrounding blanks and trailing dots go, reserved device names (CON, NUL, COM1…) get a `_` in front.
 */
export function safeFileName(text: string): string {
  let base = text
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    .trim()
    .replace(/[. ]+$/, '');
  if (base === '') base = '_';
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i.test(base)) base = `_${base}`;
  return base;
}

/**
 * Bytes a file name this tool makes may take, extension included: file systems allow 255, and the temporary file
 * written beside it (see leftovers.ts) needs room for its suffix.
 */
const MAX_NAME_BYTES = 200;

/**
 * `stem` + `extension`, or, when that passes {@link MAX_NAME_BYTES} in UTF-8, the stem cut at a character and
 * followed by `-` and 8 hex digits of its SHA-256: short enough, the same on every run, different for different stems.
 */
export function fittedFileName(stem: string, extension: string): string {
  const name = `${stem}${extension}`;
  if (Buffer.byteLength(name, 'utf8') <= MAX_NAME_BYTES) return name;
  const suffix = `-${sha256Hex(stem).slice(0, 8)}${extension}`;
  const cut = cutToBytes(stem, MAX_NAME_BYTES - Buffer.byteLength(suffix, 'utf8'));
  return `${cut.replace(/[. ]+$/, '')}${suffix}`;
}

/** The longest start of `text` that takes at most `bytes` in UTF-8, cut between characters. */
export function cutToBytes(text: string, bytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= bytes) return text;
  let room = bytes;
  let end = 0;
  for (const char of text) {
    room -= Buffer.byteLength(char, 'utf8');
    if (room < 0) break;
    end += char.length;
  }
  return text.slice(0, end);
}
