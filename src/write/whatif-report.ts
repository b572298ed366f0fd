import type { WhatifTable } from '../core/whatif/whatif-table.js';
import { widthOf } from './display-width.js';
import type { Paint } from './paint.js';

/** The what-if comparison as a terminal table (columns padded by display width), then each layout's smallest rate. */
export async function renderWhatif(table: WhatifTable, paint: Paint): Promise<string> {
  const width = await widthOf([...table.header, ...table.rows.flatMap((r) => r.cells)]);
  const widths = table.header.map((h, col) => Math.max(width(h), ...table.rows.map((r) => width(r.cells[col]!))));
  const line = (cells: string[]) =>
    cells
      .map((c, col) => c + ' '.repeat(widths[col]! - width(c)))
      .join('  ')
      .trimEnd();
  const out = [
    paint.bold(line(table.header)),
    ...table.rows.map((r) => (r.fits ? line(r.cells) : paint.red(line(r.cells)))),
  ];
  out.push('', table.layoutsHeading, ...table.layouts.map((l) => `  ${l}`));
  return `${out.join('\n')}\n`;
}
