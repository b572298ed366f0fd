import { maxOf } from '../core/arrays.js';
import { fail } from '../core/errors.js';
import { columnLetter, type RawTable, type RawWorkbook } from '../core/roster/raw-table.js';
import { shownName, type ZipPart } from '../zip/guard.js';
import { SHEET_LIMITS } from './sheet-guard.js';
import { readBook } from './xlsx-book.js';
import type { MergedRange } from './xlsx-merges.js';
import { XlsxDamage } from './xlsx-sax.js';
import { readSheetCells, type SheetCells } from './xlsx-sheet.js';

/**
 * Reads every worksheet of an XLSX file (its parts, unpacked and guarded) in one streaming pass each
 * (xlsx-sheet.ts); cells of a merged range take its top-left cell's value. Rows run from 1 to the last row holding a
 * value or a merged cell (blank rows between are kept, so row numbers and blank-row notes stay as Excel shows them);
 * each row is as wide as its last value or merged cell. Only cells holding a value are kept, so a lone value at
 * XFD1048576 costs one cell, not a billion; what would be built is counted first and refused past `maxReadCells`
 * (rows plus their widths, all sheets). A sheet hidden from Excel's tabs is marked `hidden`. XML that does not parse
 * is a damaged file.
 */
export function readXlsx(
  parts: readonly ZipPart[],
  file: string,
  maxReadCells: number = SHEET_LIMITS.maxReadCells,
): RawWorkbook {
  const where = { file };
  let budget = maxReadCells;
  const sheets: RawTable[] = [];
  for (const { sheet, name, hidden } of readWorkbookCells(parts, where)) {
    // a merged range widens every row it covers: counted with the rest before any row is made, so a huge one is refused
    let last = maxOf(sheet.rows.keys(), 0);
    let widest = 0;
    let cost = 0;
    for (const cells of sheet.rows.values()) {
      widest = Math.max(widest, cells.length);
      cost += cells.length;
    }
    for (const range of sheet.merges) {
      last = Math.max(last, range.bottom);
      widest = Math.max(widest, range.right);
      cost += (range.bottom - range.top + 1) * range.right;
    }
    cost += last;
    budget -= cost;
    if (budget < 0)
      fail(
        'xlsxTooLarge',
        { rule: 'cells', value: `${last} × ${widest}`, limit: String(maxReadCells), entry: shownName(name) },
        where,
      );
    const rows: RawTable['rows'] = Array.from({ length: last }, (_, i) => ({ row: i + 1, cells: [] }));
    for (const [number, cells] of sheet.rows) {
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = '';
      rows[number - 1] = { row: number, cells };
    }
    const covered = new Coverage();
    for (const range of sheet.merges) {
      const overlap = covered.add(range);
      if (overlap)
        fail(
          'corruptXlsx',
          { reason: `merged ranges overlap at ${shownName(name)}!${columnLetter(overlap.column - 1)}${overlap.row}` },
          where,
        );
      fillRange(rows, range);
    }
    sheets.push(hidden ? { file, sheet: name, hidden, rows } : { file, sheet: name, rows });
  }
  return { file, sheets };
}

/** Each worksheet's values and merges, in tab order, by name; XML that does not parse is refused as damaged. */
export function readWorkbookCells(
  parts: readonly ZipPart[],
  where: { file: string },
): { name: string; hidden: boolean; sheet: SheetCells }[] {
  try {
    const book = readBook(parts);
    return book.sheets.map(({ name, hidden, part }) => ({
      name,
      hidden,
      sheet: readSheetCells(part.name, part.content, book),
    }));
  } catch (error) {
    if (error instanceof XlsxDamage) fail('corruptXlsx', { reason: error.message }, where);
    throw error;
  }
}

/** The cells merged ranges cover so far, a bit per cell and row (no more than the cells the reader may fill). */
class Coverage {
  private readonly rows: (Uint8Array | undefined)[] = [];

  /**
   * Marks a range's cells; the first one already covered, if any (Excel refuses overlapping merges, as exceljs did).
   */
  add(range: MergedRange): { row: number; column: number } | undefined {
    for (let r = range.top; r <= range.bottom; r++) {
      let marks = this.rows[r];
      if (!marks || marks.length < range.right + 1) {
        const wider = new Uint8Array(range.right + 1);
        if (marks) wider.set(marks);
        this.rows[r] = marks = wider;
      }
      for (let c = range.left; c <= range.right; c++) {
        if (marks[c]) return { row: r, column: c };
        marks[c] = 1;
      }
    }
    return undefined;
  }
}

/**
 * Every other cell of a merged range takes the value of its top-left cell (blank when that is), widening its row as
 * needed: the rows exceljs itself made of a merged range.
 */
function fillRange(rows: RawTable['rows'], range: MergedRange): void {
  const value = rows[range.top - 1]!.cells[range.left - 1] ?? '';
  for (let r = range.top; r <= range.bottom; r++) {
    const { cells } = rows[r - 1]!;
    for (let c = r === range.top ? range.left + 1 : range.left; c <= range.right; c++) {
      while (cells.length < c - 1) cells.push('');
      cells[c - 1] = value;
    }
  }
}
