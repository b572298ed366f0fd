import type { WhatifTable } from '../core/whatif-table.js';
import { displayWidth } from './display-width.js';
import type { Paint } from './terminal.js';

/** The what-if comparison as a terminal table (columns padded by display width), then each layout's smallest rate. */
export function renderWhatif(table: WhatifTable, paint: Paint): string {
  const widths = table.header.map((h, col) => Math.max(displayWidth(h), ...table.rows.map((r) => displayWidth(r.cells[col]!))));
  const line = (cells: string[]) => cells.map((c, col) => c + ' '.repeat(widths[col]! - displayWidth(c))).join('  ').trimEnd();
  const out = [paint.bold(line(table.header)), ...table.rows.map((r) => (r.fits ? line(r.cells) : paint.red(line(r.cells))))];
  out.push('', table.layoutsHeading, ...table.layouts.map((l) => `  ${l}`));
  return `${out.join('\n')}\n`;
}
