import { columnLetter, type RawCell } from '../core/roster/raw-table.js';
import type { Difference } from '../core/stale.js';
import { guardedParts } from '../zip/guard.js';
import { sheetInspector } from './sheet-guard.js';
import { readWorkbookCells } from './xlsx.js';
import { checkBudget } from './xlsx-budget.js';
import { rangeText } from './xlsx-merges.js';

/** What a workbook says, without how it is stored: sheet names, the text of each non-empty cell by address, merges. */
export interface WorkbookContent {
  sheets: { name: string; cells: Map<string, string>; merges: string[] }[];
}

/**
 * Reads a workbook's content for comparison; undefined when the bytes are not a workbook, fail the guards the
 * roster reader uses (the element budget too) or do not parse. Cells are read as for rosters (xlsx-sheet.ts), but a
 * merged range's other cells are not filled: the merge is compared as itself.
 */
export function xlsxContent(bytes: Uint8Array): WorkbookContent | undefined {
  const { verdict, parts } = guardedParts(bytes, sheetInspector());
  if (verdict || checkBudget(parts)) return undefined;
  let sheets: ReturnType<typeof readWorkbookCells>;
  try {
    sheets = readWorkbookCells(parts, { file: '' });
  } catch {
    return undefined;
  }
  return {
    sheets: sheets.map(({ name, sheet }) => {
      const cells = new Map<string, string>();
      for (const [row, values] of sheet.rows)
        values.forEach((value, i) => {
          const text = shownText(value);
          if (text !== '') cells.set(`${columnLetter(i)}${row}`, text);
        });
      return { name, cells, merges: sheet.merges.map(rangeText).sort() };
    }),
  };
}

/**
 * A cell's text as a reader sees it, however it is stored: rich text runs joined, shared or inline strings alike, a
 * formula as its cached result, a number as its shortest text (to 15 digits, as Excel keeps them), so the number 28
 * and the text "28" are the same; line breaks as LF.
 */
export function shownText(value: RawCell): string {
  return typeof value === 'number' ? String(Number(value.toPrecision(15))) : value.replace(/\r\n?/g, '\n');
}

/** The differences between two workbooks, sheet by sheet: cells in row order, then merges; old is on disk. */
export function diffWorkbooks(before: WorkbookContent, after: WorkbookContent): Difference[] {
  const differences: Difference[] = [];
  const names = [...new Set([...before.sheets, ...after.sheets].map((s) => s.name))];
  for (const sheet of names) {
    const a = before.sheets.find((s) => s.name === sheet);
    const b = after.sheets.find((s) => s.name === sheet);
    if (!a || !b) {
      differences.push({ kind: 'sheet', sheet, added: !a });
      continue;
    }
    const changed = [...a.cells.keys()].filter((cell) => a.cells.get(cell) !== b.cells.get(cell));
    for (const cell of b.cells.keys()) if (!a.cells.has(cell)) changed.push(cell);
    for (const cell of inRowOrder(changed))
      differences.push({ kind: 'cell', sheet, cell, was: a.cells.get(cell) ?? '', now: b.cells.get(cell) ?? '' });
    const [aMerges, bMerges] = [new Set(a.merges), new Set(b.merges)];
    for (const range of a.merges) if (!bMerges.has(range)) differences.push(merge(sheet, range, false));
    for (const range of b.merges) if (!aMerges.has(range)) differences.push(merge(sheet, range, true));
  }
  return differences;
}

function merge(sheet: string, range: string, added: boolean): Difference {
  return { kind: 'merge', sheet, range, added };
}

/** Cell addresses by row, then column (A1, B1, …, AA1, A2): the order a reader scans a sheet. */
function inRowOrder(addresses: string[]): string[] {
  const keyed = addresses.map((address) => {
    const [, letters = '', digits = '0'] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
    let column = 0;
    for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
    return { address, key: Number(digits) * 20_000 + column };
  });
  return keyed.sort((x, y) => x.key - y.key).map((k) => k.address);
}
