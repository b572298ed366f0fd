import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fail } from '../core/errors.js';
import { formatOf, type OutputFormat } from '../core/options/outputs.js';
import { looseName } from '../write/atomic.js';

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

/**
 * Whether a path may name an existing entry, each folder listed once (names compared loosely, as case-insensitive
 * disks do): false means surely not, so thousands of calendars in a new or sparse folder need no stat and no realpath.
 */
export function existingNames(): (path: string) => boolean {
  const folders = new Map<string, Set<string> | undefined>();
  return (path) => {
    const folder = dirname(path);
    if (!folders.has(folder)) folders.set(folder, listing(folder));
    const names = folders.get(folder);
    return names === undefined || names.has(looseName(basename(path)));
  };
}

/** The loose names in a folder; empty when it is missing, undefined when it cannot be listed (then ask each file). */
function listing(folder: string): Set<string> | undefined {
  try {
    return new Set(readdirSync(folder).map(looseName));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? new Set() : undefined;
  }
}

/**
 * The real path of an output for comparing outputs: that of the file when it exists, else its folder's real path
 * (found once per folder, in `folders`) and its name.
 */
export function outputKey(path: string, mayExist: (path: string) => boolean, folders: Map<string, string>): string {
  if (mayExist(path)) return canonical(path);
  const folder = dirname(path);
  let real = folders.get(folder);
  if (real === undefined) {
    real = canonical(folder);
    folders.set(folder, real);
  }
  return join(real, basename(path));
}

/** A file the run reads, which no output may be. */
export interface InputFile {
  path: string;
  kind: 'roster' | 'template' | 'config';
}

/**
 * Refuses, before anything is written, an output that is a file the run reads: the same real path once links are
 * followed, or the same file on disk (device and inode: a hard link, or a name in another case on a
 * case-insensitive disk). An existing notice whose markers are replaced is read as an output, not an input.
 */
export function refuseInputs(files: readonly { path: string; shownAs: string }[], inputs: readonly InputFile[]): void {
  const known = inputs.flatMap((input) => {
    const id = identity(input.path);
    return id ? [{ kind: input.kind, ...id }] : [];
  });
  if (known.length === 0) return;
  const mayExist = existingNames();
  for (const file of files) {
    const id = mayExist(file.path) ? identity(file.path) : undefined;
    if (!id) continue;
    const input = known.find((k) => k.real === id.real || (k.ino !== 0n && k.dev === id.dev && k.ino === id.ino));
    if (input?.kind === 'roster') fail('outputIsInput', { file: file.shownAs });
    if (input) fail('outputIsRead', { file: file.shownAs, kind: input.kind });
  }
}

/** Where an existing file really is, and which file it is on its disk; undefined when there is none. */
function identity(path: string): { real: string; dev: bigint; ino: bigint } | undefined {
  try {
    const found = statSync(path, { bigint: true, throwIfNoEntry: false });
    return found && { real: realpathSync.native(path), dev: found.dev, ino: found.ino };
  } catch {
    return undefined;
  }
}
