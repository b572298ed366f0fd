import { describe, expect, it } from 'vitest';
import { cell, type TableModel } from '../../src/core/notice/table-model.js';
import { widthOf } from '../../src/write/display-width.js';
import { type LabelSpan, measureIn, splitAtPages, tableRows } from '../../src/write/sheet-layout.js';
import { columnCapacity, fitScale, pageHeight, rowHeight, widthFor } from '../../src/write/spreadsheet/page.js';

const LONG = '计算机科学与技术（人工智能方向）2020级卓越工程师实验班';

describe('page geometry', () => {
  it.each([
    [8, {}, 6],
    [11, {}, 9],
    [23, {}, 20],
    [40, {}, 36],
    [40, { bold: true }, 34],
    [100, { size: 14, bold: true }, 68],
  ])('a column %i wide holds %j text %i display columns a line', (width, font, capacity) => {
    expect(columnCapacity(width, { size: 11, ...font })).toBe(capacity);
  });

  it.each([
    [6, 7],
    [20, 22],
    [35, 39],
    [36, 40],
  ])('%i display columns fit a column %i wide, and no narrower', (columns, width) => {
    expect(widthFor(columns)).toBe(width);
    expect(columnCapacity(width)).toBeGreaterThanOrEqual(columns);
    expect(columnCapacity(width - 1)).toBeLessThan(columns);
  });

  it.each([
    [1, 15, {}, 15],
    [2, 15, {}, 33],
    [3, 15, {}, 49.5],
    [1, 24, {}, 24],
    [2, 24, {}, 33],
    [4, 48, {}, 65.25],
    [2, 30, { size: 14, bold: true }, 45],
  ])('%i lines, at least %i pt, %j → %f pt', (lines, minimum, font, height) => {
    expect(rowHeight(lines, minimum, { size: 11, ...font })).toBe(height);
  });

  it.each([
    [[10, 10], 1],
    [[11, 24, 11, 11, 17, 14, 11], 1],
    [[11, 30, 11, 11, 17, 14, 11], 523.28 / 551.25],
    [[100, 100], 523.28 / 1050],
  ])('columns %j print at scale %f at most', (widths, scale) => {
    expect(fitScale(widths)).toBeCloseTo(scale, 6);
  });

  it('an A4 page less its margins and 2 % for the apps’ rounding, grown as the scale shrinks', () => {
    expect(pageHeight(1)).toBeCloseTo(755.49 * 0.98, 2);
    expect(pageHeight(0.5)).toBeCloseTo(2 * 755.49 * 0.98, 2);
  });
});

/** A table of class | counselor with the counselor merged over runs, from [class, counselor] pairs. */
function table(rows: [string, string][]): TableModel {
  const model: TableModel = {
    columns: [
      { key: 'class', label: '班级名称' },
      { key: 'counselor', label: '辅导员' },
    ],
    rows: rows.map(([name, counselor]) => ({ cells: [cell(name), cell(counselor, 0)], overflow: false })),
  };
  rows.forEach(([, counselor], i) => {
    if (i === 0 || rows[i - 1]![1] !== counselor) {
      let span = 1;
      while (rows[i + span]?.[1] === counselor) span++;
      model.rows[i]!.cells[1]!.rowSpan = span;
    }
  });
  return model;
}

describe('tableRows', async () => {
  const width = await widthOf([LONG]);
  // class column 40 wide (36 display columns a line), counselor column 8 (6)
  const measure = measureIn([36, 6], width);

  it.each<[string, [string, string][], number[]]>([
    [
      'short names: one line each',
      [
        ['软件20211', '杜宇飞'],
        ['软件20212', '杜宇飞'],
      ],
      [15, 15],
    ],
    [
      'a long class name wraps to two lines',
      [
        [LONG, '李明'],
        ['网络20211', '李明'],
      ],
      [33, 15],
    ],
    // 欧阳娜娜（兼任辅导员） takes 22 columns: 4 lines of 6 need 65.25, shared by the two rows it spans
    [
      'a merged label taller than its rows: they share the rest',
      [
        ['软件20211', '欧阳娜娜（兼任辅导员）'],
        ['软件20212', '欧阳娜娜（兼任辅导员）'],
        ['软件20213', '李明'],
      ],
      [33, 33, 15],
    ],
    [
      'a merged label over a tall row needs no more',
      [
        [LONG, '欧阳娜娜'],
        ['软件20212', '欧阳娜娜'],
      ],
      [33, 15],
    ],
  ])('%s', (_, rows, heights) => {
    expect(tableRows(table(rows), measure, 15, '(续)').heights).toEqual(heights);
  });

  it('lists each column’s merged ranges with what their label needs, repeated with (续) too', () => {
    const rows = tableRows(
      table([
        ['a', '杜宇飞'],
        ['b', '杜宇飞'],
        ['c', '李明'],
      ]),
      measure,
      15,
      '(续)',
    );
    expect(rows.spans).toEqual([
      [],
      // 杜宇飞(续) takes 10 columns: two lines of 6
      [{ first: 0, last: 1, text: '杜宇飞', need: 15, continuedNeed: 33 }],
    ]);
  });
});

describe('splitAtPages', () => {
  const span = (first: number, last: number, text: string): LabelSpan => ({
    first,
    last,
    text,
    need: 15,
    continuedNeed: 15,
  });
  it.each<[string, number[], { first: number; last: number; text: string; continued: boolean }[]]>([
    ['no page starts inside', [5, 10], [{ first: 0, last: 4, text: '杜宇飞', continued: false }]],
    [
      'cut once: the label repeated with (续)',
      [3],
      [
        { first: 0, last: 2, text: '杜宇飞', continued: false },
        { first: 3, last: 4, text: '杜宇飞(续)', continued: true },
      ],
    ],
    [
      'cut twice, the last part one row',
      [1, 4, 9],
      [
        { first: 0, last: 0, text: '杜宇飞', continued: false },
        { first: 1, last: 3, text: '杜宇飞(续)', continued: true },
        { first: 4, last: 4, text: '杜宇飞(续)', continued: true },
      ],
    ],
  ])('%s', (_, starts, parts) => {
    expect(splitAtPages([[span(0, 4, '杜宇飞')]], starts, '(续)')).toEqual([parts]);
  });
});
