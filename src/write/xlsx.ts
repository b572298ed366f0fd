import ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import type { NoticeCell, NoticeTable, TableModel } from '../core/notice-table.js';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'SimSun';

/** The timetable workbook: the notice's table with merged cells, then every class's exact times. */
export async function renderXlsx(notice: NoticeTable, stamp: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'capture-plan';
  workbook.created = stamp;
  workbook.modified = stamp;
  addSheet(workbook, notice.sheetNames.timetable, notice, notice.table, notice.totals);
  addSheet(workbook, notice.sheetNames.times, notice, notice.detail);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, notice: NoticeTable, model: TableModel, totals?: NoticeCell[]): void {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  const width = model.columns.length;
  const title = sheet.addRow([notice.headline]);
  sheet.mergeCells(1, 1, 1, width);
  title.font = { name: FONT, bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 28;

  const header = sheet.addRow(model.columns.map((c) => c.label));
  header.eachCell((cell) => {
    cell.font = { name: FONT, bold: true };
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  sheet.pageSetup.printTitlesRow = '2:2';

  const first = header.number + 1;
  for (const row of model.rows) styleRow(sheet.addRow(row.cells.map((c, col) => cellValue(c, model.columns[col]!.key))), width, row.overflow);
  model.rows.forEach((row, i) => {
    row.cells.forEach((c, col) => {
      if (c.rowSpan > 1) sheet.mergeCells(first + i, col + 1, first + i + c.rowSpan - 1, col + 1);
    });
  });
  if (totals) {
    const totalRow = sheet.addRow(totals.map((c, col) => cellValue(c, model.columns[col]!.key)));
    styleRow(totalRow, width, false);
    totalRow.font = { name: FONT, bold: true };
  }
  if (notice.warning && totals) {
    const warning = sheet.addRow([notice.warning]);
    sheet.mergeCells(warning.number, 1, warning.number, width);
    warning.font = { name: FONT, bold: true, color: { argb: 'FFC00000' } };
    warning.alignment = { wrapText: true, vertical: 'top' };
    warning.height = 48;
  }
  sheet.headerFooter.oddFooter = '&C&P / &N';
  model.columns.forEach((column, col) => {
    const texts = [column.label, ...model.rows.map((r) => r.cells[col]!.text), ...(totals ? [totals[col]!.text] : [])];
    sheet.getColumn(col + 1).width = Math.min(40, Math.max(6, ...texts.map((t) => stringWidth(t))) + 3);
  });
}

function styleRow(row: ExcelJS.Row, width: number, overflow: boolean): void {
  for (let col = 1; col <= width; col++) {
    const cell = row.getCell(col);
    cell.border = BORDER;
    cell.font = { name: FONT, ...(overflow ? { color: { argb: 'FFC00000' } } : {}) };
    cell.alignment = { horizontal: col === 2 ? 'left' : 'center', vertical: 'middle', wrapText: true };
  }
}

/** Numbers stay numbers (people can sum them); everything else is a plain string cell, never a formula. */
function cellValue(cell: NoticeCell, key: string): ExcelJS.CellValue {
  if (cell.rowSpan === 0 || cell.text === '') return null;
  if ((key === 'seq' || key === 'headcount') && /^\d+$/.test(cell.text)) return Number(cell.text);
  return cell.text;
}
