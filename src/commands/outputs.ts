import { realpathSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fail } from '../core/errors.js';

/** The formats `build` writes, by file extension. */
export type OutputFormat = 'xlsx' | 'md' | 'html' | 'ics' | 'json';

/** An output the run will write. */
export interface PlannedOutput {
  path: string;
  shownAs: string;
  format: OutputFormat;
}

const FORMATS: Record<string, OutputFormat> = {
  '.xlsx': 'xlsx',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.ics': 'ics',
  '.json': 'json',
};
const DEFAULT_OUTPUTS = ['timetable.xlsx', 'notice.md'];

/** Resolves the outputs: format from the extension, never the input, never the same file twice. */
export function planOutputs(request: { roster: string; out?: string[]; json: boolean }, cwd: string): PlannedOutput[] {
  const names = request.out ?? (request.json ? [] : DEFAULT_OUTPUTS);
  const input = canonical(resolve(cwd, request.roster));
  const seen = new Set<string>();
  return names.map((shownAs) => {
    const path = resolve(cwd, shownAs);
    const key = canonical(path);
    if (key === input) fail('outputIsInput', { file: shownAs });
    const format = FORMATS[extname(path).toLowerCase()];
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
