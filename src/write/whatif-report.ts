import { maxOf, pushAll } from '../core/arrays.js';
import { cellText, type WhatifCell, type WhatifTable } from '../core/whatif/whatif-table.js';
import { type WidthOf, widthOf } from './display-width.js';
import type { Paint } from './paint.js';
import { terminalText } from './terminal-text.js';

/** The widest the table may be, in terminal columns (CJK counted double). */
export const WHATIF_WIDTH = 120;
const GAP = 2;

/**
 * The what-if comparison as a terminal table (columns padded by display width, lists shortened until the table is at
 * most {@link WHATIF_WIDTH} columns wide), then each layout's smallest rate.
 */
export async function renderWhatif(given: WhatifTable, paint: Paint): Promise<string> {
  const table = escaped(given);
  const width = await widthOf(measured(table));
  const rows = fitted(table, width);
  const widths = table.header.map((h, col) =>
    maxOf(
      rows.map((r) => width(r[col]!)),
      width(h),
    ),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, col) => c + ' '.repeat(widths[col]! - width(c)))
      .join(' '.repeat(GAP))
      .trimEnd();
  const out = [
    paint.bold(line(table.header)),
    ...rows.map((cells, i) => (table.rows[i]!.fits ? line(cells) : paint.red(line(cells)))),
  ];
  out.push('', table.layoutsHeading);
  pushAll(
    out,
    table.layouts.map((l) => `  ${l}`),
  );
  return `${out.join('\n')}\n`;
}

/**
 * Every row's texts, lists shortened one item at a time: always a list that is the widest cell of the widest
 * column that can still shrink, until the table fits or no list can drop another item.
 */
function fitted(table: WhatifTable, width: WidthOf): string[][] {
  const shown = table.rows.map((r) => r.cells.map((c) => (typeof c === 'string' ? 0 : c.items.length)));
  const texts = table.rows.map((r, i) => r.cells.map((c, col) => cellText(c, shown[i]![col])));
  for (;;) {
    const widths = table.header.map((h, col) =>
      maxOf(
        texts.map((r) => width(r[col]!)),
        width(h),
      ),
    );
    if (widths.reduce((sum, w) => sum + w, GAP * (widths.length - 1)) <= WHATIF_WIDTH) return texts;
    let pick: { row: number; col: number } | undefined;
    table.rows.forEach((r, row) => {
      r.cells.forEach((c, col) => {
        const canShrink = typeof c !== 'string' && shown[row]![col]! > 0;
        if (!canShrink || width(texts[row]![col]!) < widths[col]!) return;
        if (!pick || widths[col]! > widths[pick.col]!) pick = { row, col };
      });
    });
    if (!pick) return texts;
    const { row, col } = pick;
    shown[row]![col]!--;
    texts[row]![col] = cellText(table.rows[row]!.cells[col]!, shown[row]![col]);
  }
}

/** Every text the table may show, so the width measure knows which characters to expect. */
function measured(table: WhatifTable): string[] {
  const lists = table.rows
    .flatMap((r) => r.cells)
    .filter((c): c is Exclude<WhatifCell, string> => typeof c !== 'string');
  return [
    ...table.header,
    ...table.rows.flatMap((r) => r.cells.map((c) => cellText(c))),
    ...lists.map((c) => cellText(c, 0)),
  ];
}

/** The table with every text escaped for the terminal (room names and dates come from the user). */
function escaped(table: WhatifTable): WhatifTable {
  const cell = (c: WhatifCell): WhatifCell =>
    typeof c === 'string' ? terminalText(c) : { ...c, items: c.items.map(terminalText) };
  return {
    header: table.header.map(terminalText),
    rows: table.rows.map((r) => ({ ...r, cells: r.cells.map(cell) })),
    layoutsHeading: terminalText(table.layoutsHeading),
    layouts: table.layouts.map(terminalText),
  };
}
