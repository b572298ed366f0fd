import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CapturePlanError, fail, problem, type Problem } from '../errors.js';

/** One file to write: where, how the user named it, and its complete contents. */
export interface OutputFile {
  path: string;
  shownAs: string;
  contents: Uint8Array | string;
}

/**
 * Writes every output or none: checks each target can be replaced, writes each to a temporary file beside it,
 * then renames them over the targets. A failure before the renames leaves every target as it was.
 */
export async function writeOutputsAtomically(files: readonly OutputFile[]): Promise<void> {
  for (const file of files) await checkWritable(file);
  const temps: string[] = [];
  try {
    for (const file of files) {
      const temp = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(6).toString('hex')}.tmp`);
      temps.push(temp);
      await writeFile(temp, file.contents, { flag: 'wx' }).catch((error: unknown) => {
        throw new CapturePlanError(writeProblem(error, file.shownAs));
      });
    }
    for (const [i, file] of files.entries()) {
      await rename(temps[i]!, file.path).catch((error: unknown) => {
        throw new CapturePlanError(writeProblem(error, file.shownAs));
      });
    }
  } finally {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
  }
}

async function checkWritable(file: OutputFile): Promise<void> {
  const folder = await stat(dirname(file.path)).catch(() => undefined);
  if (!folder?.isDirectory()) fail('outputDirMissing', { file: file.shownAs });
  const existing = await stat(file.path).catch(() => undefined);
  if (!existing) return;
  if (!existing.isFile()) fail('outputFailed', { file: file.shownAs, reason: 'not a regular file' });
  try {
    await (await open(file.path, 'r+')).close();
  } catch (error) {
    throw new CapturePlanError(writeProblem(error, file.shownAs));
  }
}

/** The user's problem for a failed write: a file open in Excel, a read-only file or folder, a missing folder. */
export function writeProblem(error: unknown, shownAs: string): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EBUSY') return problem('outputBusy', { file: shownAs });
  if (code === 'EPERM' || code === 'EACCES' || code === 'EROFS') return problem('outputDenied', { file: shownAs });
  if (code === 'ENOENT' || code === 'ENOTDIR') return problem('outputDirMissing', { file: shownAs });
  return problem('outputFailed', { file: shownAs, reason: code ?? String(error) });
}
