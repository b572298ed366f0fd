import { realpathSync, statSync } from 'node:fs';
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
  for (const file of files) {
    const id = identity(file.path);
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
