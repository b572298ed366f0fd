/**
 * What a terminal would act on instead of showing: the C0 controls (ESC starts the sequences that clear the screen,
 * retitle the window or paint fake red text), DEL, the C1 controls (U+009B is a CSI of its own) and the bidi controls
 * that reorder a line.
 */
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text, from a roster, a file name or an option, made fit for one terminal line: each control character shown as an
 * escape (`\x1b`, `\n`, `\u202e`), a tab as a space. Only what is printed is escaped; the files keep the text as it is.
 */
export function terminalText(text: string): string {
  ACTIVE.lastIndex = 0;
  if (!ACTIVE.test(text)) return text;
  return text.replace(ACTIVE, (ch) => {
    if (ch === '\t') return ' ';
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
