import type { AuditTable } from '../core/audit/audit-table.js';
import { widthOf } from './display-width.js';
import type { Paint } from './paint.js';

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

/** Columns padded by display width (CJK counted double), the last one not padded. */
async function columns(header: string[], rows: string[][]): Promise<(cells: string[]) => string> {
  const width = await widthOf([...header, ...rows.flat()]);
  const widths = header.map((h, col) => Math.max(width(h), ...rows.map((r) => width(r[col] ?? ''))));
  return (cells) =>
    cells
      .map((c, col) => c + ' '.repeat(widths[col]! - width(c)))
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
  const out = [paint.bold(table.heading), '', paint.bold(line(table.header))];
  for (const row of table.rows) out.push(row.short ? paint.red(line(row.cells)) : line(row.cells));
  out.push('', table.fits ? paint.green(`✓ ${table.verdict}`) : paint.bold(paint.red(`✗ ${table.verdict}`)));
  if (table.problems.length > 0) out.push('', table.problemsHeading, ...table.problems.map((p) => `  - ${p}`));
  if (retimed) {
    const side = await columns(retimed.header, retimed.rows);
    out.push('', paint.bold(retimed.heading), paint.bold(side(retimed.header)), ...retimed.rows.map(side), '');
    out.push(retimed.summary);
    if (retimed.warning) out.push(paint.red(`✗ ${retimed.warning}`));
    out.push(paint.dim(retimed.written));
  }
  return `${out.join('\n')}\n`;
}
