/** An output whose file on disk is not what this run would write. */
export interface StaleOutput {
  shownAs: string;
  missing: boolean;
  /** A short diff: at most {@link DIFF_LINES} lines. */
  diff: string[];
}

const DIFF_LINES = 12;

/** The changed stretch of lines, old (-) and new (+) paired row by row, so a table's changed rows read side by side. */
export function textDiff(before: string, after: string): string[] {
  if (before === after) return [];
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const old = a.slice(head, a.length - tail);
  const now = b.slice(head, b.length - tail);
  const lines: string[] = [];
  for (let i = 0; i < Math.max(old.length, now.length); i++) {
    if (old[i] !== undefined) lines.push(`- ${old[i]}`);
    if (now[i] !== undefined) lines.push(`+ ${now[i]}`);
  }
  return lines.length > 0 ? lines : ['(line endings differ)'];
}

/** At most {@link DIFF_LINES} lines of a diff, then how many more. */
export function capDiff(lines: string[]): string[] {
  return lines.length <= DIFF_LINES ? lines : [...lines.slice(0, DIFF_LINES), `… (+${lines.length - DIFF_LINES})`];
}
