import { pushAll } from '../core/arrays.js';
import type { Labels, Lang } from '../core/i18n/labels.js';
import { labelsFor } from '../core/i18n/labels-for.js';
import { type Difference, type StaleOutput, unshownChanges } from '../core/stale.js';
import type { Paint } from './paint.js';
import { terminalText } from './terminal-text.js';

/** What `--check` prints: up to date, or each stale file with its first differences and the command that updates it. */
export function renderCheck(
  stale: readonly StaleOutput[],
  request: { lang: Lang; commandLine: string },
  paint: Paint,
): string {
  const labels = labelsFor(request.lang);
  if (stale.length === 0) return `${paint.green(`✓ ${labels.checkUpToDate}`)}\n`;
  const lines: string[] = [];
  for (const output of stale) {
    lines.push(
      paint.red(
        `✗ ${output.missing ? labels.checkMissing(safe(output.shownAs)) : labels.checkStale(safe(output.shownAs), output.changes)}`,
      ),
    );
    for (const difference of output.differences)
      pushAll(
        lines,
        shown(difference, labels, paint).map((l) => `    ${l}`),
      );
    const more = unshownChanges(output);
    if (more > 0) lines.push(`    ${labels.checkDiff.more(more)}`);
  }
  const fix = request.commandLine
    .split(' ')
    .filter((a) => a !== '--check')
    .join(' ');
  lines.push('', labels.checkFix, `  ${paint.bold(safe(fix))}`);
  return `${lines.join('\n')}\n`;
}

/** A difference as lines: a run of lines as its place, then its old (-) and new (+) lines; a cell as sheet, address, was → now. */
function shown(difference: Difference, labels: Labels, paint: Paint): string[] {
  const words = labels.checkDiff;
  switch (difference.kind) {
    case 'lines':
      return [words.line(difference.line), ...paired(difference.was, difference.now, paint)];
    case 'cell': {
      const text = (value: string) => (value === '' ? words.empty : safe(value));
      const place = `${safe(difference.sheet)} ${difference.cell}`;
      return [words.cell(place, paint.red(text(difference.was)), paint.green(text(difference.now)))];
    }
    case 'merge': {
      const [was, now] = difference.added ? [words.notMerged, words.merged] : [words.merged, words.notMerged];
      return [words.cell(`${safe(difference.sheet)} ${difference.range}`, was, now)];
    }
    case 'sheet':
      return [words.sheet(safe(difference.sheet), difference.added)];
    case 'unreadable':
      return [words.unreadable];
  }
}

/**
 * Old and new lines paired row by row, so a table's changed rows read one above the other; a pair that is the same
 * (inside a long run shown whole) is left out.
 */
function paired(was: readonly string[], now: readonly string[], paint: Paint): string[] {
  const lines: string[] = [];
  for (let i = 0; i < Math.max(was.length, now.length); i++) {
    if (was[i] === now[i]) continue;
    if (i < was.length) lines.push(paint.red(`- ${safe(was[i]!)}`));
    if (i < now.length) lines.push(paint.green(`+ ${safe(now[i]!)}`));
  }
  return lines;
}

/** Text from a file fit for one terminal line: a line break as ↵, other control characters escaped (`\x1b`). */
function safe(text: string): string {
  return terminalText(text.replace(/\n/g, '↵'));
}
