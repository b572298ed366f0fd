import { fail, type Where } from '../core/errors.js';
import type { RawWorkbook } from '../core/roster/raw-table.js';
import { guardedParts, type ZipPart } from '../zip/guard.js';
import { sheetInspector } from './sheet-guard.js';
import { checkBudget } from './xlsx-budget.js';
import { liftMerges } from './xlsx-merges.js';

/** Reads an XLSX roster: the guards first, then the merged ranges lifted out, then exceljs (loaded only now). */
export async function readXlsxRoster(bytes: Buffer, shownAs: string): Promise<RawWorkbook> {
  const lifted = liftMerges(bytes, guardZip(bytes, { file: shownAs }));
  const { readXlsx } = await import('./xlsx.js');
  return readXlsx(lifted.bytes, shownAs, lifted.merges);
}

/**
 * Refuses an archive the zip-bomb guard, the guard on what exceljs would build from its XML, or the budget on its
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
