import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowXml, TINY_SHEET_DATA, workbookXlsx } from '../read/zip-builder.js';
import { pipeline, TIMEOUT, tally, XLSX_RUNS } from './pipeline.js';

/** Column letters for a 1-based number (1 → A, 16384 → XFD). */
function letters(column: number): string {
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** Mostly small numbers, sometimes Excel's last one or beyond. */
const sizeArb = (last: number): fc.Arbitrary<number> =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 40 }), weight: 6 },
    { arbitrary: fc.integer({ min: 1, max: last }), weight: 2 },
    { arbitrary: fc.constantFrom(last, last + 1, 2 ** 31), weight: 1 },
  );
const cellRefArb = fc.tuple(sizeArb(16_384), sizeArb(1_048_576)).map(([c, r]) => `${letters(Math.min(c, 18_278))}${r}`);
const rangeArb = fc.oneof(
  cellRefArb,
  fc.tuple(cellRefArb, cellRefArb).map(([a, b]) => `${a}:${b}`),
  fc.constantFrom('A:A', '1:1', '', ':', 'A1:', 'foo'),
);

describe('hand-made workbook XML', () => {
  it(
    'merges, validations, defined names, column ranges and row numbers of any size',
    async () => {
      const { outcomes, note } = tally();
      const structure = fc.record({
        merges: fc.array(rangeArb, { maxLength: 4 }),
        validations: fc.array(rangeArb, { maxLength: 3 }),
        names: fc.array(rangeArb, { maxLength: 2 }),
        cols: fc.array(fc.tuple(sizeArb(16_384), sizeArb(16_384)), { maxLength: 2 }),
        extraRow: fc.option(sizeArb(1_048_576), { nil: undefined }),
      });
      await fc.assert(
        fc.asyncProperty(structure, async ({ merges, validations, names, cols, extraRow }) => {
          const bytes = workbookXlsx({
            sheetData: TINY_SHEET_DATA + (extraRow !== undefined && extraRow > 2 ? rowXml(extraRow, ['x']) : ''),
            beforeSheetData: cols.length
              ? `<cols>${cols.map(([a, b]) => `<col min="${a}" max="${b}" width="9"/>`).join('')}</cols>`
              : '',
            afterSheetData:
              (merges.length
                ? `<mergeCells count="${merges.length}">${merges.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`
                : '') +
              (validations.length
                ? `<dataValidations count="${validations.length}">${validations.map((r) => `<dataValidation type="list" sqref="${r}"><formula1>"a"</formula1></dataValidation>`).join('')}</dataValidations>`
                : ''),
            definedNames: names
              .map(
                (r, i) =>
                  `<definedName name="n${i}">'名单'!${r
                    .split(':')
                    .map((p) => p.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
                    .join(':')}</definedName>`,
              )
              .join(''),
          });
          note(await pipeline(bytes, '.xlsx'));
        }),
        { numRuns: XLSX_RUNS },
      );
      expect(outcomes.size).toBeGreaterThan(1);
    },
    TIMEOUT,
  );

  it(
    'cells of every type with odd content and addresses',
    async () => {
      const { outcomes, note } = tally();
      const cell = fc.record({
        ref: fc.oneof(cellRefArb, fc.constantFrom('', 'A0', 'a1', '$A$1', 'XFE1', 'A-1', '1A')),
        type: fc.constantFrom(undefined, 's', 'str', 'inlineStr', 'b', 'e', 'n', 'd', 'x'),
        value: fc.oneof(
          fc.constantFrom(
            '0',
            '1',
            '-1',
            '1e308',
            '1e309',
            'NaN',
            '',
            '2024-04-22T00:00:00Z',
            'not a date',
            '#DIV/0!',
            '99999',
            '-0',
          ),
          fc.string({ maxLength: 8 }),
        ),
        formula: fc.option(fc.constantFrom('1/0', 'A1', 'SUM(A:A)', ''), { nil: undefined }),
      });
      const escapeXml = (text: string): string =>
        text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(cell, { maxLength: 4 })), { maxLength: 4 }),
          async (rows) => {
            const extra = rows
              .map(
                ([r, cells]) =>
                  `<row r="${r + 2}">${cells
                    .map((c) => {
                      const inner =
                        c.type === 'inlineStr'
                          ? `<is><t>${escapeXml(c.value)}</t></is>`
                          : `<v>${escapeXml(c.value)}</v>`;
                      return `<c r="${escapeXml(c.ref)}"${c.type ? ` t="${c.type}"` : ''}>${c.formula !== undefined ? `<f>${escapeXml(c.formula)}</f>` : ''}${inner}</c>`;
                    })
                    .join('')}</row>`,
              )
              .join('');
            note(await pipeline(workbookXlsx({ sheetData: TINY_SHEET_DATA + extra }), '.xlsx'));
          },
        ),
        { numRuns: XLSX_RUNS },
      );
      expect(outcomes.size).toBeGreaterThan(1);
    },
    TIMEOUT,
  );
});
