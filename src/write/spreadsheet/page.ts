/**
 * The printed page of every sheet, and how much of it a row takes. A4 portrait; the apps fit the columns to the page
 * width themselves (fitToWidth), each with its own column unit: Excel's is 7 pixels at 96 dpi (the digit of Calibri
 * 11), 5.25 pt, the narrowest any app prints a column (a higher dpi or LibreOffice without Calibri print it wider).
 * So the scale estimated from that unit is the largest any app picks, and a page measured at it holds no more rows
 * than the page the app prints: manual breaks always come before the app's own.
 */

/** Page margins in inches, as written in pageMargins. */
export const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

const A4 = { width: 595.28, height: 841.89 };
const POINTS_PER_INCH = 72;
/** Pixels per unit of column width at Excel's narrowest (96 dpi), and points per pixel there. */
const PIXELS_PER_UNIT = 7;
const POINTS_PER_PIXEL = 0.75;
/** What the apps' rounding of heights and margins may take from a page (LibreOffice loses about 3 pt). */
const SLACK = 0.02;

/** The largest print scale (≤ 1) at which an app fits columns this wide to the page width. */
export function fitScale(widths: readonly number[]): number {
  const table = widths.reduce((sum, w) => sum + Math.floor(w * PIXELS_PER_UNIT) * POINTS_PER_PIXEL, 0);
  const page = A4.width - (MARGINS.left + MARGINS.right) * POINTS_PER_INCH;
  return table > page ? page / table : 1;
}

/** The height, in the sheet's points, that one printed page holds at this scale, repeated rows included. */
export function pageHeight(scale: number): number {
  return ((A4.height - (MARGINS.top + MARGINS.bottom) * POINTS_PER_INCH) * (1 - SLACK)) / scale;
}

/** Pixels of a cell's padding, left and right together. */
const PADDING = 4;

/** How many display columns (CJK counts two) of text fit on a line of a column this wide. */
export function columnCapacity(width: number, font: TextFont = BODY): number {
  return Math.max(1, Math.floor((width * PIXELS_PER_UNIT - PADDING) / pixelsPerColumn(font)));
}

/** The narrowest column width that holds this many display columns of body text on one line. */
export function widthFor(columns: number): number {
  return Math.ceil((columns * pixelsPerColumn(BODY) + PADDING) / PIXELS_PER_UNIT);
}

/** SimSun 11 pt at 96 dpi draws 15 px per CJK character (two display columns), a pixel more in bold. */
function pixelsPerColumn(font: TextFont): number {
  return 7.5 * (font.size / 11) * (font.bold ? 16 / 15 : 1);
}

/** A cell's font, as far as its size on paper goes. */
export interface TextFont {
  size: number;
  bold?: boolean;
}

/** A row of one line of body text, in points (the sheets' default row height). */
export const ROW_HEIGHT = 15;

/** The body text: SimSun 11 pt. */
export const BODY: TextFont = { size: 11 };

/**
 * The height a row needs for `lines` lines of text, never below `minimum`: a line takes 16 pt per 11 pt of type (the
 * CJK fallback fonts' spacing, a little more than Excel's 14.3 pt for SimSun), rounded up to whole pixels (0.75 pt).
 */
export function rowHeight(lines: number, minimum: number, font: TextFont = BODY): number {
  if (lines <= 1) return minimum;
  const needed = (lines * 16 * font.size) / 11 + 1 + (font.size - 11);
  return Math.max(minimum, Math.ceil(needed / POINTS_PER_PIXEL) * POINTS_PER_PIXEL);
}
