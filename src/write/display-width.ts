/** ASCII (one column) and CJK ideographs, CJK punctuation and full-width forms (two): the common case, counted fast. */
const SIMPLE = /^[\u0020-\u007e\u3000-\u303f\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]*$/;

/** Measures the columns a text takes on a terminal or in a spreadsheet. */
export type WidthOf = (text: string) => number;

/** The common case's width: ASCII counts one column, the CJK ranges of {@link SIMPLE} two. */
function simpleWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) < 0x80 ? 1 : 2;
  return width;
}

/**
 * A width measure for these texts: counted directly when every text is ASCII or CJK; otherwise string-width, loaded
 * only then (it costs tens of milliseconds to load, a noticeable part of a cold start).
 */
export async function widthOf(texts: Iterable<string>): Promise<WidthOf> {
  for (const text of texts) {
    if (!SIMPLE.test(text)) {
      const { default: stringWidth } = await import('string-width');
      return (t) => (SIMPLE.test(t) ? simpleWidth(t) : stringWidth(t));
    }
  }
  return simpleWidth;
}
