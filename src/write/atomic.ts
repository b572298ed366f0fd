import { closeSync, copyFileSync, fsyncSync, linkSync, openSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CapturePlanError, fail, type Problem, problem } from '../core/errors.js';
import { type Folder, isFile, removeLeftovers, siblingOf } from './leftovers.js';

/** One file to write: where, how the user named it, and its complete contents. */
export interface OutputFile {
  path: string;
  shownAs: string;
  contents: Uint8Array | string;
}

/** What a write did besides the outputs: the leftovers of killed runs it removed, as the user would name them. */
export interface WriteResult {
  removedLeftovers: string[];
}

/** Temporary files of the write in progress, and the folders it made, removed when the process is interrupted. */
const inFlight = new Set<string>();
const madeFolders: string[] = [];

/** Files written (then flushed to disk) at a time: as many as Node's thread pool runs at once. */
const PARALLEL = 4;

/**
 * Writes every output or none. Makes the `folders` that are missing (a calendar folder), checks each target can be
 * replaced, removes what killed runs left there (see removeLeftovers), writes each output to a temporary file beside
 * it and flushes them all to disk (fsync), then (in one synchronous step, so no signal handler runs in between)
 * renames them over their targets, and flushes the folders so the renames are on disk too. Should a rename fail, the
 * targets already replaced are restored from backups. Failed or interrupted before the renames (see
 * {@link abandonWrites}), every target stays as it was, and no temporary file or folder this run made is left.
 */
export async function writeOutputsAtomically(
  files: readonly OutputFile[],
  folders: readonly Folder[] = [],
): Promise<WriteResult> {
  const temps = files.map((file) => siblingOf(file.path, 'tmp'));
  let renamed = false;
  try {
    for (const folder of folders) await makeFolder(folder);
    const checked = new Set<string>();
    for (const file of files) await checkWritable(file, checked);
    const removedLeftovers = removeLeftovers(foldersOf(files));
    await eachAtOnce(files, async (file, i) => {
      inFlight.add(temps[i]!);
      await writeTemp(temps[i]!, file.contents).catch((error: unknown) => {
        throw new CapturePlanError(writeProblem(error, file.shownAs));
      });
    });
    await eachAtOnce(files, (file, i) => flush(temps[i]!, file.shownAs));
    replaceAll(files, temps);
    renamed = true;
    for (const folder of checked) flushFolder(folder);
    return { removedLeftovers };
  } finally {
    for (const temp of temps) {
      removeQuietly(temp);
      inFlight.delete(temp);
    }
    if (!renamed) removeMadeFolders();
    madeFolders.length = 0;
  }
}

/** Removes the temporary files and new folders of an interrupted write; called by the CLI on SIGINT or SIGTERM. */
export function abandonWrites(): void {
  for (const file of inFlight) removeQuietly(file);
  inFlight.clear();
  removeMadeFolders();
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
    for (const saved of backups) if (saved) removeQuietly(saved);
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

/** A hard link to the target (a copy where links are not supported), to restore it from. */
function backup(path: string): string {
  const saved = siblingOf(path, 'bak');
  try {
    linkSync(path, saved);
  } catch {
    copyFileSync(path, saved);
  }
  return saved;
}

/** Never throws: a clean-up that fails (a name too long, a file held open) must not hide the real outcome. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing more to do: the name is one of ours, a later run removes it (see removeLeftovers)
  }
}

/** Makes a missing folder, remembering each level it made, so a failed run can take them away again. */
async function makeFolder(folder: Folder): Promise<void> {
  let first: string | undefined;
  try {
    first = await mkdir(folder.path, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') fail('notAFolder', { file: folder.shownAs });
    throw new CapturePlanError(writeProblem(error, folder.shownAs));
  }
  if (first === undefined) return;
  for (let level = folder.path; ; level = dirname(level)) {
    madeFolders.push(level);
    if (level === first || dirname(level) === level) break;
  }
}

/** Takes away the folders this run made, deepest first, if they are empty (nothing of anyone else's is removed). */
function removeMadeFolders(): void {
  for (const folder of madeFolders) {
    try {
      rmdirSync(folder);
    } catch {
      // not empty or not ours any more: left as it is
    }
  }
  madeFolders.length = 0;
}

/** The folders of the outputs, each once. */
function foldersOf(files: readonly OutputFile[]): Folder[] {
  const folders = new Map<string, Folder>();
  for (const file of files) {
    const path = dirname(file.path);
    if (!folders.has(path)) folders.set(path, { path, shownAs: dirname(file.shownAs) });
  }
  return [...folders.values()];
}

/** Runs `task` on every item, {@link PARALLEL} at a time; the first failure is thrown once every started task ends. */
async function eachAtOnce<T>(items: readonly T[], task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const i = next++;
      await task(items[i]!, i).catch((error: unknown) => {
        failure ??= { error };
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  if (failure) throw failure.error;
}

const CHUNK = 1 << 20;

/** Writes in 1 MiB chunks, so an interrupt during a large write is handled between them. */
async function writeTemp(path: string, contents: Uint8Array | string): Promise<void> {
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  const handle = await open(path, 'wx');
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) await handle.write(bytes.subarray(at, at + CHUNK));
  } finally {
    await handle.close();
  }
}

/**
 * Flushes a written temporary file to disk, so that after a crash its target is the old file or the whole new one.
 * Done once every file is written: the first flush then carries most of them, far faster than one flush per write.
 */
async function flush(path: string, shownAs: string): Promise<void> {
  try {
    const handle = await open(path, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new CapturePlanError(writeProblem(error, shownAs));
  }
}

/** Flushes a folder's entries (the renames) to disk, where the system allows it (not on Windows). */
function flushFolder(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // the folder cannot be opened or flushed here: the renames are as durable as the system makes them
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function checkWritable(file: OutputFile, checkedFolders: Set<string>): Promise<void> {
  const folder = dirname(file.path);
  if (!checkedFolders.has(folder)) {
    const found = await stat(folder).catch(() => undefined);
    if (!found?.isDirectory()) fail('outputDirMissing', { file: file.shownAs });
    checkedFolders.add(folder);
  }
  const existing = await stat(file.path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new CapturePlanError(writeProblem(error, file.shownAs));
  });
  if (!existing) return;
  if (existing.isDirectory()) fail('outputIsFolder', { file: file.shownAs });
  if (!existing.isFile()) fail('outputFailed', { file: file.shownAs, reason: 'not a regular file' });
  try {
    await (await open(file.path, 'r+')).close();
  } catch (error) {
    throw new CapturePlanError(writeProblem(error, file.shownAs));
  }
}

/**
 * The user's problem for a failed write, by its errno: a file open in Excel, a read-only file or folder, a missing
 * folder, a name too long, a full disk; any other, with its code.
 */
export function writeProblem(error: unknown, shownAs: string): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EBUSY':
      return problem('outputBusy', { file: shownAs });
    case 'EPERM':
    case 'EACCES':
    case 'EROFS':
      return problem('outputDenied', { file: shownAs });
    case 'ENOENT':
    case 'ENOTDIR':
      return problem('outputDirMissing', { file: shownAs });
    case 'EISDIR':
      return problem('outputIsFolder', { file: shownAs });
    case 'ENAMETOOLONG':
      return problem('outputNameTooLong', { file: shownAs });
    case 'ENOSPC':
    case 'EDQUOT':
      return problem('outputNoSpace', { file: shownAs });
    default:
      return problem('outputFailed', { file: shownAs, reason: code ?? String(error) });
  }
}
