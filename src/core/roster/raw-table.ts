/** A cell as the user sees it: text or a number; empty cells are ''. */
export type RawCell = string | number;

/** One row of a sheet with its 1-based row number in the file. */
export interface RawRow {
  row: number;
  cells: RawCell[];
}

/** A sheet as the user sees it, merged cells already filled. */
export interface RawTable {
  file: string;
  /** Worksheet name (XLSX only). */
  sheet?: string;
  /** True when Excel hides the sheet from its tabs (XLSX only). */
  hidden?: boolean;
  rows: RawRow[];
}

/** Every sheet of a roster file, in file order (a CSV has one). */
export interface RawWorkbook {
  file: string;
  sheets: RawTable[];
}

/** The column letter Excel shows for a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** True when a cell holds nothing but white space. */
export function isBlank(cell: RawCell | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as display text, trimmed. */
export function cellText(cell: RawCell | undefined): string {
  return cell === undefined ? '' : String(cell).trim();
}
