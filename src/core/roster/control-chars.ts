import { type Problem, problem } from '../errors.js';
import type { Header } from './header.js';
import type { RawTable } from './raw-table.js';
import type { TableReader } from './table-reader.js';

/**
 * What roster text may not hold: the C0 controls but tab, line feed and carriage return (a line break typed with
 * Alt+Enter is kept, as today), DEL, the C1 controls, and a lone surrogate (no character at all: written out it would
 * become U+FFFD). None is ever typed into a cell; each one means a damaged or a crafted file.
 */
const REFUSED =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first refused character of a text as U+XXXX, if it has one. */
export function refusedCharacter(text: string): string | undefined {
  const found = REFUSED.exec(text)?.[0];
  return found === undefined ? undefined : `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A problem for every cell from the header down that holds a refused character, naming the cell and the character,
 * and one for a sheet name that does (it names the classes' college when a workbook has several roster sheets).
 */
export function controlProblems(table: RawTable, header: Header, reader: TableReader): Problem[] {
  const problems: Problem[] = [];
  const inName = table.sheet === undefined ? undefined : refusedCharacter(table.sheet);
  if (inName) problems.push(problem('controlInSheetName', { code: inName }, { file: table.file, sheet: table.sheet! }));
  for (let i = header.rowIndex; i < table.rows.length; i++) {
    const r = table.rows[i]!;
    r.cells.forEach((cell, col) => {
      const code = typeof cell === 'string' ? refusedCharacter(cell) : undefined;
      if (code) problems.push(problem('controlCharacter', { code }, reader.where(r.row, undefined, col)));
    });
  }
  return problems;
}
