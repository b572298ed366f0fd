/** Lines of a text output that differ: from line `line` of the file on disk, the lines it has and those it should have. */
export interface LineChange {
  kind: 'lines';
  line: number;
  was: string[];
  now: string[];
}

/** A workbook cell whose text differs ('' for an empty cell). */
export interface CellChange {
  kind: 'cell';
  sheet: string;
  cell: string;
  was: string;
  now: string;
}

/** A merged range (or, without one, a whole sheet) that only one of the two workbooks has. */
export interface PartChange {
  kind: 'merge' | 'sheet';
  sheet: string;
  range?: string;
  /** True when this run would add it, false when the file on disk has it and this run would not. */
  added: boolean;
}

/** One difference between a file on disk and what this run would write; `unreadable` when the file is no workbook. */
export type Difference = LineChange | CellChange | PartChange | { kind: 'unreadable' };

/** An output whose file on disk is not what this run would write. */
export interface StaleOutput {
  shownAs: string;
  missing: boolean;
  /** The first differences: at most {@link SHOWN_CHANGES} changed lines or cells. */
  differences: Difference[];
  /** How many lines or cells differ in all (a changed line counts once, not as one removed and one added). */
  changes: number;
}

/** How many changed lines or cells `--check` shows of one output. */
export const SHOWN_CHANGES = 10;

/** A stale output's differences cut to the first {@link SHOWN_CHANGES} changes (a long run of lines cut inside it). */
export function staleOutput(shownAs: string, all: readonly Difference[]): StaleOutput {
  const changes = all.reduce((sum, d) => sum + weight(d), 0);
  const differences: Difference[] = [];
  let room = SHOWN_CHANGES;
  for (const difference of all) {
    if (room <= 0) break;
    if (difference.kind === 'lines' && weight(difference) > room)
      differences.push({ ...difference, was: difference.was.slice(0, room), now: difference.now.slice(0, room) });
    else differences.push(difference);
    room -= weight(difference);
  }
  return { shownAs, missing: false, differences, changes };
}

/** How many of the changes a difference is: the lines of a run that changed, or one. */
function weight(difference: Difference): number {
  return difference.kind === 'lines' ? Math.max(difference.was.length, difference.now.length) : 1;
}

/** The changes of a shown output that are not shown. */
export function unshownChanges(output: StaleOutput): number {
  return output.changes - output.differences.reduce((sum, d) => sum + weight(d), 0);
}
