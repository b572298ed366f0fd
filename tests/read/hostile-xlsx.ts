// Reading workbooks built to make exceljs work too hard, and the sheet XML they are built from.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CapturePlanError } from '../../src/core/errors.js';
import { readRoster } from '../../src/read/read-roster.js';
import { cpuMs } from '../cpu-time.js';
import { tempDir } from '../helpers.js';

/** readRoster on `bytes` saved as an .xlsx: what it returned or threw, how long it took, how much the peak RSS grew. */
export async function read(bytes: Uint8Array): Promise<{
  result?: Awaited<ReturnType<typeof readRoster>>;
  error?: CapturePlanError;
  ms: number;
  peakGrowthMb: number;
}> {
  const path = join(tempDir('capture-plan-sheet-guard-'), 'hostile.xlsx');
  writeFileSync(path, bytes);
  const peakBefore = process.resourceUsage().maxRSS;
  const start = cpuMs();
  try {
    const result = await readRoster(path, 'hostile.xlsx');
    return {
      result,
      ms: cpuMs() - start,
      peakGrowthMb: (process.resourceUsage().maxRSS - peakBefore) / 1024,
    };
  } catch (error) {
    if (!(error instanceof CapturePlanError)) throw error;
    return { error, ms: cpuMs() - start, peakGrowthMb: (process.resourceUsage().maxRSS - peakBefore) / 1024 };
  }
}

/** A sheet's <mergeCells> element merging each range. */
export const mergeCells = (...refs: string[]): string =>
  `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`;
/** A sheet's <dataValidations> element: one drop-down list over `sqref`. */
export const validation = (sqref: string): string =>
  `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"甲,乙"</formula1></dataValidation></dataValidations>`;
