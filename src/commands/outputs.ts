import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fail } from '../core/errors.js';
import { formatOf, type OutputFormat } from '../core/options/outputs.js';

/** An output the run will write. */
export interface PlannedOutput {
  path: string;
  shownAs: string;
  format: OutputFormat;
}

/** Resolves the outputs: format from the extension, never the input, never the same file twice. */
export function planOutputs(names: readonly string[], roster: string, cwd: string): PlannedOutput[] {
  const input = canonical(resolve(cwd, roster));
  const seen = new Set<string>();
  return names.map((shownAs) => {
    const path = resolve(cwd, shownAs);
    const key = canonical(path);
    if (key === input) fail('outputIsInput', { file: shownAs });
    const format = formatOf(path);
    if (!format) fail('badOutput', { file: shownAs });
    if (seen.has(key)) fail('duplicateOutput', { file: shownAs });
    seen.add(key);
    return { path, shownAs, format };
  });
}

/** The real path when the file exists (so links and case-insensitive names compare equal), else the resolved one. */
export function canonical(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
