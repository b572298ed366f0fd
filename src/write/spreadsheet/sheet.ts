import { columnLetter } from '../../core/roster/raw-table.js';
import { ByteChunks } from './byte-chunks.js';
import { MARGINS } from './page.js';
import type { SharedStrings } from './shared-strings.js';
import { MAIN_NS, REL_NS, XML_HEAD } from './xml.js';

/** A cell's content: text (stored as a shared string, never a formula), a number, or nothing. */
export type CellValue = string | number | null;

/** The print-ready frame of a sheet: widths, the rows frozen at the top, the row repeated on every printed page. */
export interface SheetFrame {
  /** Width of each column, in Excel's character units. */
  widths: readonly number[];
  /** Rows 1…frozenRows stay in view while scrolling. */
  frozenRows: number;
  /** This row prints at the top of every page. */
  repeatedRow: number;
}

/**
 * One worksheet, written as XML while its rows are added, so a sheet of 100 000 rows costs its bytes and no object per
 * row or cell. Printed on A4 portrait, scaled to one page wide, centred, with "page / pages" in the footer, breaking
 * pages where told.
 */
export class SheetXml {
  /** Row and merge XML is ASCII: texts live in the shared strings. */
  private readonly rows = new ByteChunks(true);
  private readonly merges = new ByteChunks(true);
  private readonly breaks: number[] = [];
  private rowCount = 0;
  private mergeCount = 0;
  private readonly letters: string[];
  private lastColumn = 1;

  constructor(
    /** The sheet's tab name. */
    readonly name: string,
    /** Its frame. */
    readonly frame: SheetFrame,
    private readonly strings: SharedStrings,
  ) {
    this.letters = [''];
    for (let c = 1; c <= Math.max(frame.widths.length, 1); c++) this.letters.push(columnLetter(c - 1));
  }

  /** The number the next row will get (rows are numbered from 1, without gaps). */
  get nextRow(): number {
    return this.rowCount + 1;
  }

  /**
   * Adds the next row: `values[i]` goes in column i + 1 with style number `styles[i]` (or `styles` for every cell).
   * A cell with no value and style 0 is left out. Returns the row's number.
   */
  addRow(values: readonly CellValue[], styles: readonly number[] | number = 0, height?: number): number {
    const r = ++this.rowCount;
    const count = Math.max(values.length, typeof styles === 'number' ? 0 : styles.length);
    let cells = '';
    for (let i = 0; i < count; i++) {
      const value = values[i] ?? null;
      const style = typeof styles === 'number' ? styles : (styles[i] ?? 0);
      if (value === null && style === 0) continue;
      const ref = `${this.letter(i + 1)}${r}`;
      const s = style ? ` s="${style}"` : '';
      if (value === null) cells += `<c r="${ref}"${s}/>`;
      else if (typeof value === 'number' && Number.isFinite(value)) cells += `<c r="${ref}"${s}><v>${value}</v></c>`;
      else cells += `<c r="${ref}"${s} t="s"><v>${this.strings.index(String(value))}</v></c>`;
      if (i + 1 > this.lastColumn) this.lastColumn = i + 1;
    }
    const ht = height ? ` ht="${height}" customHeight="1"` : '';
    this.rows.add(`<row r="${r}"${ht}>${cells}</row>`);
    return r;
  }

  /** Merges a range; the caller keeps ranges disjoint (Excel refuses a file with overlapping merges). */
  merge(top: number, left: number, bottom: number, right: number): void {
    this.mergeCount++;
    this.merges.add(`<mergeCell ref="${this.letter(left)}${top}:${this.letter(right)}${bottom}"/>`);
  }

  /** A manual page break below row `row`. */
  breakAfter(row: number): void {
    this.breaks.push(row);
  }

  /** xl/worksheets/sheetN.xml, as chunks in order. */
  xml(): Buffer[] {
    const { widths, frozenRows } = this.frame;
    const last = `${this.letter(Math.max(this.lastColumn, widths.length))}${Math.max(this.rowCount, 1)}`;
    const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
    const below = `A${frozenRows + 1}`;
    const pane =
      frozenRows > 0
        ? `<pane ySplit="${frozenRows}" topLeftCell="${below}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${below}" sqref="${below}"/>`
        : '';
    const head =
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
      `<dimension ref="A1:${last}"/>` +
      `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      (cols ? `<cols>${cols}</cols>` : '') +
      '<sheetData>';
    const sheetData = this.rows.bytes(head, '</sheetData>');
    const merges = this.mergeCount ? this.merges.bytes(`<mergeCells count="${this.mergeCount}">`, '</mergeCells>') : [];
    const tail =
      '<printOptions horizontalCentered="1"/>' +
      `<pageMargins${Object.entries(MARGINS)
        .map(([side, inches]) => ` ${side}="${inches}"`)
        .join('')}/>` +
      '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>' +
      '<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>' +
      (this.breaks.length
        ? `<rowBreaks count="${this.breaks.length}" manualBreakCount="${this.breaks.length}">${this.breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`
        : '') +
      '</worksheet>';
    return [...sheetData, ...merges, Buffer.from(tail, 'utf8')];
  }

  private letter(column: number): string {
    return this.letters[column] ?? columnLetter(column - 1);
  }
}
