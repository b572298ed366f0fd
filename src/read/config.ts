import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CapturePlanError, fail } from '../core/errors.js';
import type { Lang } from '../core/i18n/labels.js';
import type { ConfigValues } from '../core/options/config-values.js';
import { decodeSideFile } from './decode.js';

/** The file name looked for in the current folder. */
const CONFIG_FILE = 'capture-plan.config.json';

/** A config file's validated values and the folder its relative paths start from. */
export interface LoadedConfig {
  file: string;
  dir: string;
  values: ConfigValues;
}

/** Reads `--config <file>`, or capture-plan.config.json in `cwd` when there is one; undefined when neither. */
export async function loadConfig(
  cwd: string,
  explicit: string | undefined,
  lang: Lang,
): Promise<LoadedConfig | undefined> {
  const shownAs = explicit ?? CONFIG_FILE;
  const path = resolve(cwd, shownAs);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && explicit === undefined) return undefined;
    if (code === 'ENOENT') fail('fileMissing', {}, { file: shownAs });
    return fail('fileUnreadable', { reason: code ?? String(error) }, { file: shownAs });
  }
  const { text } = decodeSideFile(bytes, shownAs);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    return fail(
      'configNotJson',
      { reason: (error as Error).message },
      line === undefined ? { file: shownAs } : { file: shownAs, row: line },
    );
  }
  const { validateConfig } = await import('../core/config.js');
  const result = validateConfig(json, shownAs, lang);
  if ('problems' in result) throw new CapturePlanError(result.problems);
  return { file: shownAs, dir: dirname(path), values: result.values };
}
