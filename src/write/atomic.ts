import { copyFileSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CapturePlanError, fail, type Problem, problem } from '../core/errors.js';

/** One file to write: where, how the user named it, and its complete contents. */
export interface OutputFile {
  path: string;
  shownAs: string;
  contents: Uint8Array | string;
}

/** Temporary files of the write in progress, removed when the process is interrupted. */
const inFlight = new Set<string>();

/**
 * Writes every output or none: checks each target can be replaced, writes each to a temporary file beside it, then
 * (in one synchronous step, so no signal handler runs in between) renames them all over their targets. Should a
 * rename fail, the targets already replaced are restored from backups. Interrupted before the renames (see
 * {@link abandonWrites}), every target stays as it was and no temporary file is left.
 */
export async function writeOutputsAtomically(files: readonly OutputFile[]): Promise<void> {
  for (const file of files) await checkWritable(file);
  const temps = files.map((file) => sibling(file.path, 'tmp'));
  try {
    for (const [i, file] of files.entries()) {
      inFlight.add(temps[i]!);
      await writeInChunks(temps[i]!, file.contents).catch((error: unknown) => {
        throw new CapturePlanError(writeProblem(error, file.shownAs));
      });
    }
    replaceAll(files, temps);
  } finally {
    for (const temp of temps) {
      rmSync(temp, { force: true });
      inFlight.delete(temp);
    }
  }
}

/** Removes the temporary files of an interrupted write; called by the CLI on SIGINT or SIGTERM. */
export function abandonWrites(): void {
  for (const file of inFlight) rmSync(file, { force: true });
  inFlight.clear();
}

/** Renames every temporary file over its target; on a failure, puts back the targets already replaced. */
export function replaceAll(files: readonly OutputFile[], temps: readonly string[]): void {
  const backups: (string | undefined)[] = [];
  let done = 0;
  try {
    for (const file of files) {
      try {
        backups.push(isFile(file.path) ? backup(file.path) : undefined);
      } catch (error) {
        throw new CapturePlanError(writeProblem(error, file.shownAs));
      }
    }
    for (; done < files.length; done++) {
      try {
        renameSync(temps[done]!, files[done]!.path);
      } catch (error) {
        throw new CapturePlanError(writeProblem(error, files[done]!.shownAs));
      }
    }
  } catch (error) {
    for (let i = 0; i < done; i++) if (!restore(files[i]!.path, backups[i])) backups[i] = undefined;
    throw error;
  } finally {
    for (const saved of backups) if (saved) rmSync(saved, { force: true });
  }
}

/**
 * Puts a replaced target back from its backup (or removes it if it did not exist). False when that failed: then the
 * backup stays beside the target for the user, and the error reported is the one that stopped the write.
 */
function restore(path: string, saved: string | undefined): boolean {
  try {
    if (saved) renameSync(saved, path);
    else rmSync(path, { force: true });
    return true;
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A hard link to the target (a copy where links are not supported), to restore it from. */
function backup(path: string): string {
  const saved = sibling(path, 'bak');
  try {
    linkSync(path, saved);
  } catch {
    copyFileSync(path, saved);
  }
  return saved;
}

function sibling(path: string, kind: 'tmp' | 'bak'): string {
  return join(dirname(path), `.${basename(path)}.${randomHex(6)}.${kind}`);
}

const CHUNK = 1 << 20;

/** Writes in 1 MiB chunks, so an interrupt during a large write is handled between them. */
async function writeInChunks(path: string, contents: Uint8Array | string): Promise<void> {
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  const handle = await open(path, 'wx');
  try {
    for (let at = 0; at < bytes.length || at === 0; at += CHUNK) {
      await handle.write(bytes.subarray(at, at + CHUNK));
      if (bytes.length === 0) break;
    }
  } finally {
    await handle.close();
  }
}

async function checkWritable(file: OutputFile): Promise<void> {
  const folder = await stat(dirname(file.path)).catch(() => undefined);
  if (!folder?.isDirectory()) fail('outputDirMissing', { file: file.shownAs });
  const existing = await stat(file.path).catch(() => undefined);
  if (!existing) return;
  if (existing.isDirectory()) fail('outputIsFolder', { file: file.shownAs });
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

/** `bytes` random bytes in hex, from the Web Crypto global: node:crypto is loaded only when a file is written. */
function randomHex(bytes: number): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}
