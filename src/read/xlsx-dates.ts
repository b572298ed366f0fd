/**
 * Which cell formats show a number as a date, and the date a serial number stands for, as exceljs 4.4 decided both
 * (its isDateFmt and excelToDate), so a roster reads as it always has. One addition: the built-in formats 27–36 and
 * 50–58, which Excel and WPS in Chinese, Japanese and Korean use for 年月日 dates and times (yyyy"年"m"月"d"日",
 * m"月"d"日", …) and write without spelling them out; exceljs knew no text for them and read such a cell as its
 * serial number (45404 for 2024-04-22).
 */

/** The built-in format of each id Excel leaves unwritten (the ones exceljs knew, plus the East Asian date ids). */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The East Asian built-in ids: every one a date or a time in each of Excel's CJK locales. */
const EAST_ASIAN_DATES = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a cell format (by its numFmtId and the workbook's own formats) shows a date: its text, without what stands
 * in brackets or quotes, holds y, m, d, h, s, b or M. Id 0 (General) never does.
 */
export function isDateFormat(numFmtId: number, custom: ReadonlyMap<number, string>): boolean {
  if (!numFmtId) return false;
  if (EAST_ASIAN_DATES.has(numFmtId) && !custom.has(numFmtId)) return true;
  const code = custom.get(numFmtId) || BUILT_IN[numFmtId];
  if (!code) return false;
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A format code as written in styles.xml, its backslash escapes undone (`yyyy\-mm` is `yyyy-mm`). */
export function formatCode(written: string): string {
  return written.replace(/[\\](.)/g, '$1');
}

/**
 * The date a serial number stands for, as ISO text: "2024-04-22" at midnight, "2024-04-22T09:30:00" otherwise
 * (milliseconds only when there are some); '' for a number no date has. Serial 25569 is 1970-01-01 in the 1900
 * system; the 1904 system counts 1462 days later.
 */
export function serialDate(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  if (Number.isNaN(date.getTime())) return '';
  return date
    .toISOString()
    .replace(/T00:00:00\.000Z$/, '')
    .replace('.000Z', '');
}
