import type { Lang } from '../core/i18n/labels.js';
import { labelsFor } from '../core/i18n/labels-for.js';
import type { StaleOutput } from '../core/stale.js';
import type { Paint } from './paint.js';

/** What `--check` prints: up to date, or each stale file with a short diff and the command that regenerates it. */
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
      paint.red(`✗ ${output.missing ? labels.checkMissing(output.shownAs) : labels.checkStale(output.shownAs)}`),
    );
    for (const line of output.diff)
      lines.push(`    ${line.startsWith('-') ? paint.red(line) : line.startsWith('+') ? paint.green(line) : line}`);
  }
  const fix = request.commandLine
    .split(' ')
    .filter((a) => a !== '--check')
    .join(' ');
  lines.push('', labels.checkFix, `  ${paint.bold(fix)}`);
  return `${lines.join('\n')}\n`;
}
