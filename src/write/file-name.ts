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
