import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBudget, XLSX_BUDGET } from '../../src/read/xlsx-budget.js';
import { bombBook, budgetParts, sheetXml } from '../read/xlsx-bombs.js';
import { storedEntry } from '../read/zip-builder.js';
import { pipeline, TIMEOUT, tally, XLSX_RUNS } from './pipeline.js';

/** Pieces of sheet XML and what each adds to the counts exceljs would build. */
const PIECES: [string, { cells?: number; rows?: number; strings?: number }][] = [
  ['<c/>', { cells: 1 }],
  ['<c r="A9" t="inlineStr"><is><r><t>a</t></r></is></c>', { cells: 1, strings: 1 }],
  ['<row r="9"/>', { rows: 1 }],
  ['<!-- <c/><row/> -->', {}],
  ['<x:c/>', {}],
  ['<cc/>', {}],
  ['<![CDATA[<c/>]]>', {}],
  ['<v>1</v>', {}],
];

describe('the element budget on random sheets', () => {
  it('refuses exactly when a count goes over its limit: comments, CDATA and other names do not count', () => {
    const limits = { ...XLSX_BUDGET, maxCells: 20, maxRows: 10, maxStrings: 3 };
    const sheet = fc.array(fc.integer({ min: 0, max: PIECES.length - 1 }), { maxLength: 14 });
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), (sheets) => {
        // each sheet starts with a header and a class: two rows of three cells
        const total = { cells: 6 * sheets.length, rows: 2 * sheets.length, strings: 0 };
        for (const piece of sheets.flat())
          for (const [key, n] of Object.entries(PIECES[piece]![1])) total[key as keyof typeof total] += n;
        const over = total.cells > 20 || total.rows > 10 || total.strings > 3;
        const verdict = checkBudget(
          budgetParts(sheets.map((pieces) => pieces.map((p) => PIECES[p]![0]).join(''))),
          limits,
        );
        expect(verdict !== undefined).toBe(over);
        if (verdict) expect(['cellCount', 'rowCount', 'stringCount']).toContain(verdict.rule);
      }),
      { numRuns: 2000 },
    );
  });

  it(
    'workbooks of empty cells, rows, styles and strings around the real limits: a plan or exit 2, in seconds',
    async () => {
      const { outcomes, note } = tally();
      // mostly within the limits, sometimes over (each count alone: 500 000 cells or strings, 250 000 rows, 100 000 styles)
      const count = fc.oneof(
        { arbitrary: fc.constantFrom(0, 10, 20_000), weight: 4 },
        { arbitrary: fc.constantFrom(500_001, 1_200_000), weight: 1 },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            cells: count,
            rows: count,
            styles: count,
            strings: count,
            sheets: fc.integer({ min: 1, max: 3 }),
          }),
          async ({ cells, rows, styles, strings, sheets }) => {
            const perSheet = (n: number) => Math.ceil(n / sheets);
            const sheetData = (s: number) =>
              `${Array.from({ length: Math.ceil(perSheet(cells) / 1000) }, (_, i) => `<row r="${i + 10}">${'<c/>'.repeat(Math.min(1000, perSheet(cells)))}</row>`).join('')}${Array.from({ length: Math.min(perSheet(rows), 300_000) }, (_, i) => `<row r="${i + 2000 + s}"/>`).join('')}`;
            const others = [
              storedEntry('xl/styles.xml', `<styleSheet><cellXfs>${'<xf/>'.repeat(styles)}</cellXfs></styleSheet>`),
              storedEntry('xl/sharedStrings.xml', `<sst>${'<si><t>a</t></si>'.repeat(strings)}</sst>`),
            ];
            const entries = Array.from({ length: sheets }, (_, s) => storedEntry('', sheetXml(sheetData(s))));
            note(await pipeline(bombBook(entries, others), '.xlsx'));
          },
        ),
        { numRuns: Math.min(XLSX_RUNS, 12) },
      );
      expect(outcomes.size).toBeGreaterThan(1);
    },
    TIMEOUT * 2,
  );
});
