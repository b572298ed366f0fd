import { type Problem, problem } from '../errors.js';
import { normalizeForMatch } from './columns.js';
import type { Header } from './header.js';
import type { Roster } from './model.js';
import { columnLetter } from './raw-table.js';

/** One worksheet's classes as read, with its name and the header that locates its class column. */
export interface SheetRead {
  sheet: string;
  header: Header;
  roster: Roster;
}

/** How many keys two sets of class names share. */
function sharedCount(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  for (const key of a.keys()) if (b.has(key)) shared++;
  return shared;
}

/**
 * Classes that are on two sheets, names compared as {@link normalizeForMatch} folds them. Two sheets where every
 * class of the smaller one is also on the other are one roster copied: one problem names both. Otherwise each class
 * already on an earlier sheet is one problem at its cell, naming the earlier sheet and row.
 */
export function classesOnTwoSheets(sheets: readonly SheetRead[], file: string): Problem[] {
  const rowsByName = sheets.map(
    (s) => new Map(s.roster.classes.map((c) => [normalizeForMatch(c.name), c.source.row] as const)),
  );
  const firstSeen = new Map<string, { sheet: number; row: number }>();
  const problems: Problem[] = [];
  sheets.forEach((s, j) => {
    const copies = new Set<number>();
    const mine = rowsByName[j]!;
    for (let i = 0; i < j; i++) {
      const theirs = rowsByName[i]!;
      const count = sharedCount(mine, theirs);
      if (count === 0 || count < Math.min(mine.size, theirs.size)) continue;
      copies.add(i);
      problems.push(problem('sheetRepeats', { sheet: s.sheet, otherSheet: sheets[i]!.sheet, count }, { file }));
    }
    const column = s.header.columns.get('class')!;
    for (const c of s.roster.classes) {
      const key = normalizeForMatch(c.name);
      const earlier = firstSeen.get(key);
      if (earlier === undefined) firstSeen.set(key, { sheet: j, row: c.source.row });
      else if (!copies.has(earlier.sheet))
        problems.push(
          problem(
            'classInTwoSheets',
            { name: c.name, otherSheet: sheets[earlier.sheet]!.sheet, otherRow: earlier.row },
            { file, sheet: s.sheet, row: c.source.row, column: columnLetter(column), header: s.header.labels[column]! },
          ),
        );
    }
  });
  return problems;
}
