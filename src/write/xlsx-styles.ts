import type { CellStyle } from './spreadsheet/styles.js';
import type { WorkbookXml } from './spreadsheet/workbook.js';

const RED = 'FFC00000';
const CENTRE = { horizontal: 'center', vertical: 'center', wrap: true } as const;
const FONTS = { body: {}, overflow: { color: RED }, total: { bold: true } } as const;

/** The style numbers the timetable's sheets use, registered once per workbook. */
export interface Styles {
  title: number;
  header: number;
  note: number;
  bold: number;
  plain: number;
  /**
   * Body cells: bordered, class names left-aligned and the rest centred; red past the last session, bold for totals.
   */
  cells: Record<keyof typeof FONTS, { left: number; centre: number }>;
  /**
   * A centred body cell whose number shows two decimals; registered on first use, so a workbook without such amounts
   * has the styles it always had.
   */
  cents: (kind: keyof typeof FONTS) => number;
}

/** Registers the timetable's styles in a workbook. */
export function registerStyles(workbook: WorkbookXml): Styles {
  const add = (style: CellStyle) => workbook.style(style);
  const cell = (font: CellStyle['font']) => ({
    left: add({ font, border: true, ...CENTRE, horizontal: 'left' }),
    centre: add({ font, border: true, ...CENTRE }),
  });
  return {
    title: add({ font: { bold: true, size: 14 }, ...CENTRE }),
    header: add({ font: { bold: true }, border: true, fill: 'FFE8EEF7', ...CENTRE }),
    note: add({ font: { bold: true, color: RED }, vertical: 'top', wrap: true }),
    bold: add({ font: { bold: true }, vertical: 'top' }),
    plain: add({ vertical: 'top', wrap: true }),
    cells: { body: cell(FONTS.body), overflow: cell(FONTS.overflow), total: cell(FONTS.total) },
    cents: (kind) => add({ font: FONTS[kind], border: true, ...CENTRE, twoDecimals: true }),
  };
}
