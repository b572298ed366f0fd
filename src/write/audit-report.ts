import { maxOf, pushAll } from '../core/arrays.js';
import type { AuditTable } from '../core/audit/audit-table.js';
import { widthOf } from './display-width.js';
import type { Paint } from './paint.js';
import { terminalText } from './terminal-text.js';

const GAP = 2;

/** What the terminal shows beside the audit when the classes were re-timed: per counselor, old and new windows. */
export interface RetimedReport {
  heading: string;
  header: string[];
  rows: string[][];
  /** The re-timed plan's summary, and its warning when it does not fit either. */
  summary: string;
  warning?: string;
  written: string;
}

/** Columns padded by display width (CJK counted double), the last one not padded; roster text shown escaped. */
async function columns(header: string[], shownRows: string[][]): Promise<(cells: string[]) => string> {
  const rows = shownRows.map((r) => r.map(terminalText));
  const width = await widthOf([...header, ...rows.flat()]);
  const widths = header.map((h, col) =>
    maxOf(
      rows.map((r) => width(r[col] ?? '')),
      width(h),
    ),
  );
  return (cells) =>
    cells
      .map(terminalText)
      .map((c, col) => c + ' '.repeat(Math.max(0, widths[col]! - width(c))))
      .join(' '.repeat(GAP))
      .trimEnd();
}

/** The audit as terminal text: the heading, the windows (short ones in red), the verdict, the other problems. */
export async function renderAudit(
  table: AuditTable,
  retimed: RetimedReport | undefined,
  paint: Paint,
): Promise<string> {
  const line = await columns(
    table.header,
    table.rows.map((r) => r.cells),
  );
  const out = [paint.bold(terminalText(table.heading)), '', paint.bold(line(table.header))];
  for (const row of table.rows) out.push(row.short ? paint.red(line(row.cells)) : line(row.cells));
  out.push('', table.fits ? paint.green(`✓ ${table.verdict}`) : paint.bold(paint.red(`✗ ${table.verdict}`)));
  if (table.problems.length > 0) {
    out.push('', table.problemsHeading);
    pushAll(
      out,
      table.problems.map((p) => `  - ${terminalText(p)}`),
    );
  }
  if (retimed) {
    const side = await columns(retimed.header, retimed.rows);
    out.push('', paint.bold(retimed.heading), paint.bold(side(retimed.header)));
    pushAll(out, retimed.rows.map(side)).push('');
    out.push(terminalText(retimed.summary));
    if (retimed.warning) out.push(paint.red(`✗ ${terminalText(retimed.warning)}`));
    out.push(paint.dim(retimed.written));
  }
  return `${out.join('\n')}\n`;
}
