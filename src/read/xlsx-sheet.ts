import { pushAll } from '../core/arrays.js';
import type { RawCell } from '../core/roster/raw-table.js';
import type { Book } from './xlsx-book.js';
import { unescapeXstring } from './xlsx-book.js';
import { serialDate } from './xlsx-dates.js';
import { type MergedRange, mergedRangesOf } from './xlsx-merges.js';
import { streamXml, XlsxDamage } from './xlsx-sax.js';

/** A worksheet's values: by row number, each row's cells by column (index 0 is A; holes are empty), and its merges. */
export interface SheetCells {
  rows: Map<number, RawCell[]>;
  merges: MergedRange[];
}

/** The `<c>` element being read. */
interface OpenCell {
  ref: string | undefined;
  type: string | undefined;
  style: number;
  /** Text of `<v>`, or of `<t>` outside a rich text run; undefined when the cell has none. */
  value: string | undefined;
  runs: string[] | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  sharedIndex: string | undefined;
  sharedRef: string | undefined;
}

const LAST_COLUMN = 16_384;

/**
 * Reads one worksheet in a single streaming pass, keeping only the cells that hold a value, each as a reader sees
 * it (what exceljs 4.4 made of it, through cellValue): a number, or text: a shared or inline string (rich text runs
 * joined), TRUE or FALSE, an error's code (#N/A), a date in ISO form when the cell's number format is a date's, and a
 * formula's cached result, or `=` and the formula when Excel never calculated it. Styled empty cells are empty. A row
 * or cell without its `r` follows the one before it (exceljs refused such a sheet); a later row or cell of the same
 * number replaces the earlier, as in exceljs. Every `<mergeCell>` counts, wherever it stands.
 */
export function readSheetCells(name: string, content: Uint8Array, book: Book): SheetCells {
  const rows = new Map<number, RawCell[]>();
  const merges: MergedRange[] = [];
  /** Each shared formula's master cell, by its `si`. */
  const masters = new Map<string, string | undefined>();
  let inData = false;
  let row: RawCell[] | undefined;
  let rowNumber = 0;
  let column = 0;
  let cell: OpenCell | undefined;
  let target: 'value' | 'formula' | 'run' | undefined;
  let run: string | undefined;
  let inRun = false;
  let inPhonetic = false;

  const finishCell = (c: OpenCell) => {
    column = c.ref === undefined ? column + 1 : columnOf(c.ref, column);
    if (column > LAST_COLUMN) throw new XlsxDamage(`${name}: cell ${c.ref} is past Excel's last column`);
    const value = cellValue(c);
    if (value !== undefined) row![column - 1] = value;
    else if (c.style) delete row![column - 1]; // a styled empty cell replaces one of the same column before it
  };

  const cellValue = (c: OpenCell): RawCell | undefined => {
    const text = c.runs ? c.runs.join('') : c.value;
    const isDate = c.style > 0 && book.dateStyles[c.style] === true;
    if (c.formula || c.shareType) {
      let sharedFormula: string | undefined;
      if (c.shareType === 'shared') {
        if (c.sharedRef) masters.set(c.sharedIndex ?? '', c.ref);
        else sharedFormula = masters.get(c.sharedIndex ?? '');
      }
      // a formula's result under a date format is a date whatever its type (TRUE is day 1), as in exceljs
      if (text !== undefined) return shown(typed(c.type, text), isDate, book.date1904);
      const formula = c.formula || sharedFormula;
      return formula ? `=${formula}` : '';
    }
    if (text === undefined) return undefined;
    switch (c.type) {
      case 's': {
        const index = parseInt(text, 10);
        const shared = book.strings[index];
        if (shared === undefined)
          throw new XlsxDamage(`${name}: cell ${c.ref ?? ''} refers to shared string ${text}, which is not there`);
        return shared;
      }
      case 'str':
      case 'inlineStr':
        return text;
      default: {
        if (c.runs) return text;
        const value = typed(c.type, text);
        return shown(value, isDate && typeof value === 'number', book.date1904);
      }
    }
  };

  streamXml(name, content, {
    open: ({ name: tag, attributes }) => {
      if (tag === 'mergeCell') pushAll(merges, mergedRangesOf(String(attributes.ref ?? '')));
      else if (tag === 'sheetData') inData = true;
      else if (tag === 'row' && inData) {
        const r = parseInt(String(attributes.r), 10);
        rowNumber = r >= 1 ? r : attributes.r === undefined ? rowNumber + 1 : -1;
        row = [];
        column = 0;
      } else if (!row) return;
      else if (tag === 'c') {
        cell = {
          ref: attributes.r === undefined ? undefined : String(attributes.r),
          type: attributes.t === undefined ? undefined : String(attributes.t),
          style: parseInt(String(attributes.s), 10) || 0,
          value: undefined,
          runs: undefined,
          formula: undefined,
          shareType: undefined,
          sharedIndex: undefined,
          sharedRef: undefined,
        };
      } else if (!cell) return;
      else if (tag === 'v') target = 'value';
      else if (tag === 'f') {
        target = 'formula';
        cell.shareType = attributes.t === undefined ? undefined : String(attributes.t);
        cell.sharedIndex = attributes.si === undefined ? undefined : String(attributes.si);
        cell.sharedRef = attributes.ref === undefined ? undefined : String(attributes.ref);
      } else if (tag === 'r') {
        inRun = true;
        run = '';
      } else if (tag === 'rPh') inPhonetic = true;
      else if (tag === 't' && !inPhonetic) {
        target = inRun ? 'run' : 'value';
        if (inRun) run = '';
      }
    },
    text: (text) => {
      if (!cell || target === undefined) return;
      if (target === 'formula') cell.formula = (cell.formula ?? '') + text;
      else if (target === 'run') run = (run ?? '') + text;
      else if (!cell.runs) cell.value = (cell.value ?? '') + text;
    },
    close: (tag) => {
      if (tag === 'v' || tag === 'f' || tag === 't') target = undefined;
      else if (tag === 'r' && cell && inRun) {
        if (!cell.runs) cell.runs = [];
        cell.runs.push(unescapeXstring(run ?? ''));
        inRun = false;
      } else if (tag === 'rPh') inPhonetic = false;
      else if (tag === 'c' && cell) {
        finishCell(cell);
        cell = undefined;
      } else if (tag === 'row' && row) {
        while (row.length > 0 && row[row.length - 1] === undefined) row.length--;
        // a row with no value is no row (a later one of its number still replaces an earlier)
        if (rowNumber >= 1 && row.length > 0) rows.set(rowNumber, row);
        else rows.delete(rowNumber);
        row = undefined;
      } else if (tag === 'sheetData') inData = false;
    },
  });
  return { rows, merges };
}

/** A cell value by its type: a boolean, an error's code, text, or a number as parseFloat reads it (NaN for junk). */
function typed(type: string | undefined, text: string): string | number | boolean {
  switch (type) {
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
    case 'str':
      return text;
    default:
      return parseFloat(text);
  }
}

/** A value as the reader shows it: a finite number, TRUE/FALSE, a date's ISO text under a date format, or text. */
function shown(value: string | number | boolean, isDate: boolean, date1904: boolean): RawCell {
  if (isDate) return serialDate(Number(value), date1904);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return value;
}

/**
 * The column of a cell reference ("B3", "$B$3": 2); a reference without letters follows the cell before it. Letters
 * of either case count.
 */
function columnOf(ref: string, previous: number): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) column = Math.min(column * 26 + code - 0x60, LAST_COLUMN + 1);
    else if (ref.charCodeAt(i) !== 0x24) break;
  }
  return column === 0 ? previous + 1 : column;
}
