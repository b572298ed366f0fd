import stringWidth from 'string-width';

/** ASCII (one column) and CJK ideographs, CJK punctuation and full-width forms (two): the common case, counted fast. */
const SIMPLE = /^[\u0020-\u007e\u3000-\u303f\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]*$/;

/** Columns a text takes on a terminal or in a spreadsheet; anything beyond the simple ranges goes to string-width. */
export function displayWidth(text: string): number {
  if (!SIMPLE.test(text)) return stringWidth(text);
  let width = 0;
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) < 0x80 ? 1 : 2;
  return width;
}
