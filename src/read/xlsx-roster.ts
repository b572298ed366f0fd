import { fail, type Where } from '../core/errors.js';
import type { RawWorkbook } from '../core/roster/raw-table.js';
import { guardedParts, type ZipPart } from '../zip/guard.js';
import { sheetInspector } from './sheet-guard.js';
import { readXlsx } from './xlsx.js';
import { checkBudget } from './xlsx-budget.js';

/** Reads an XLSX roster: the guards first, then each sheet in one streaming pass (xlsx.ts). */
export function readXlsxRoster(bytes: Buffer, shownAs: string): RawWorkbook {
  return readXlsx(guardZip(bytes, { file: shownAs }), shownAs);
}

/**
 * Refuses an archive the zip-bomb guard, the guard on the ranges its XML spans (sheet-guard.ts), or the budget on its
 * elements (xlsx-budget.ts) does not pass; otherwise returns its entries, unpacked.
 */
function guardZip(bytes: Uint8Array, where: Where): ZipPart[] {
  const guarded = guardedParts(bytes, sheetInspector());
  const verdict = guarded.verdict ?? checkBudget(guarded.parts);
  if (verdict?.kind === 'damaged') fail('corruptXlsx', { reason: verdict.reason }, where);
  if (verdict?.kind === 'tooLarge')
    fail(
      'xlsxTooLarge',
      { rule: verdict.rule, value: verdict.value, limit: verdict.limit, entry: verdict.entry },
      where,
    );
  return guarded.parts;
}
