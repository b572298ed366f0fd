import { copyFileSync, linkSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { mkdir, open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CapturePlanError, fail, type Problem, problem } from '../core/errors.js';
import { eachAtOnce, flushFolder, writeDurably } from './durable.js';
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

/** Temporary files and folders of the write in progress, and the folders it made, removed when interrupted. */
const inFlight = new Set<string>();
/** Set by {@link abandonWrites}: the write in progress stops before its renames (its files may still be landing). */
let abandoned = false;
const madeFolders: string[] = [];

/**
 * Writes every output or none. Checks each target can be replaced, removes what killed runs left there (see
 * removeLeftovers), writes each output to a temporary file beside it, flushed to disk (fsync), then (in one
 * synchronous step, so no signal handler runs in between) renames them over their targets, and flushes the folders so
 * the renames are on disk too. Should a rename fail, the targets already replaced are restored from backups. A missing
 * folder of `folders` (a calendar folder) is written whole as a temporary folder beside it and renamed into place in
 * one step: its files cannot exist yet, so they need no check and no backup. Failed or interrupted before the renames
 * (see {@link abandonWrites}), every target stays as it was, and no temporary file or folder this run made is left.
 */
export async function writeOutputsAtomically(
  files: readonly OutputFile[],
  folders: readonly Folder[] = [],
): Promise<WriteResult> {
  const staged = new Map<string, string>();
  const temps: string[] = [];
  const existing: boolean[] = [];
  const listed = new Map<string, Set<string>>();
  let renamed = false;
  abandoned = false;
  try {
    for (const folder of folders) {
      const staging = await stageFolder(folder);
      if (staging) staged.set(folder.path, staging);
    }
    for (const file of files) {
      const staging = staged.get(dirname(file.path));
      temps.push(staging ? join(staging, basename(file.path)) : siblingOf(file.path, 'tmp'));
      existing.push(staging ? false : await checkWritable(file, listed));
    }
    const scanned = [...foldersOf(files).filter((f) => !staged.has(f.path)), ...parentsOf(folders, staged)];
    const removedLeftovers = removeLeftovers(scanned);
    await eachAtOnce(files, async (file, i) => {
      if (!staged.has(dirname(file.path))) inFlight.add(temps[i]!);
      await writeDurably(temps[i]!, file.contents).catch((error: unknown) => {
        throw new CapturePlanError(writeProblem(error, file.shownAs));
      });
    });
    // interrupted while the files were landing: the removal may have raced new files, so rename nothing and clean up
    if (abandoned) throw new Error('the write was abandoned before its renames');
    for (const staging of staged.values()) flushFolder(staging);
    replaceAll(files, temps, { existing, staged });
    renamed = true;
    for (const folder of scanned) flushFolder(folder.path);
    return { removedLeftovers };
  } finally {
    for (const temp of [...temps.filter((_, i) => !staged.has(dirname(files[i]!.path))), ...staged.values()]) {
      removeQuietly(temp);
      inFlight.delete(temp);
    }
    if (!renamed) removeMadeFolders();
    madeFolders.length = 0;
  }
}

/** Removes the temporary files and new folders of an interrupted write; called by the CLI on SIGINT or SIGTERM. */
export function abandonWrites(): void {
  abandoned = true;
  for (const file of inFlight) removeQuietly(file);
  inFlight.clear();
  removeMadeFolders();
}

/** What {@link replaceAll} knows of the targets: which exist (else it looks), which folders are written whole. */
export interface Replacement {
  existing?: readonly boolean[];
  /** Each new folder, by path, and the temporary folder that holds its files. */
  staged?: ReadonlyMap<string, string>;
}

/**
 * Renames every temporary folder and file over its target; on a failure, puts back what was already replaced (a new
 * folder goes back to being temporary, a file comes back from its backup).
 */
export function replaceAll(files: readonly OutputFile[], temps: readonly string[], known: Replacement = {}): void {
  const staged = known.staged ?? new Map<string, string>();
  const own = files.flatMap((file, i) => (staged.has(dirname(file.path)) ? [] : [i]));
  const backups = new Map<number, string | undefined>();
  const moved: [string, string][] = [];
  let done = 0;
  try {
    for (const i of own) {
      const file = files[i]!;
      try {
        backups.set(i, (known.existing?.[i] ?? isFile(file.path)) ? backup(file.path) : undefined);
      } catch (error) {
        throw new CapturePlanError(writeProblem(error, file.shownAs));
      }
    }
    for (const [folder, staging] of staged) {
      try {
        renameSync(staging, folder);
      } catch (error) {
        const shownAs = files.find((f) => dirname(f.path) === folder)?.shownAs ?? folder;
        throw new CapturePlanError(writeProblem(error, dirname(shownAs)));
      }
      moved.push([folder, staging]);
    }
    for (; done < own.length; done++) {
      const i = own[done]!;
      try {
        renameSync(temps[i]!, files[i]!.path);
      } catch (error) {
        throw new CapturePlanError(writeProblem(error, files[i]!.shownAs));
      }
    }
  } catch (error) {
    for (const [folder, staging] of moved) if (!restore(staging, folder)) removeQuietly(folder);
    for (const i of own.slice(0, done)) if (!restore(files[i]!.path, backups.get(i))) backups.set(i, undefined);
    throw error;
  } finally {
    for (const saved of backups.values()) if (saved) removeQuietly(saved);
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
    rmSync(path, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // nothing more to do: the name is one of ours, a later run removes it (see removeLeftovers)
  }
}

/**
 * A missing folder made as a temporary folder beside where it goes (its own missing parents made as they are, each
 * remembered, so a failed run can take them away again); undefined when the folder is there already.
 */
async function stageFolder(folder: Folder): Promise<string | undefined> {
  const found = await stat(folder.path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    if (error.code === 'ENOTDIR') fail('notAFolder', { file: folder.shownAs });
    throw new CapturePlanError(writeProblem(error, folder.shownAs));
  });
  if (found) {
    if (!found.isDirectory()) fail('notAFolder', { file: folder.shownAs });
    return undefined;
  }
  const staging = siblingOf(folder.path, 'tmp');
  let first: string | undefined;
  try {
    first = await mkdir(dirname(folder.path), { recursive: true });
    inFlight.add(staging);
    await mkdir(staging);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') fail('notAFolder', { file: folder.shownAs });
    throw new CapturePlanError(writeProblem(error, folder.shownAs));
  } finally {
    for (let level = dirname(folder.path); first !== undefined; level = dirname(level)) {
      madeFolders.push(level);
      if (level === first || dirname(level) === level) break;
    }
  }
  return staging;
}

/** The folders that hold the temporary folders of new folders, each once, where leftovers of killed runs may be. */
function parentsOf(folders: readonly Folder[], staged: ReadonlyMap<string, string>): Folder[] {
  const parents = new Map<string, Folder>();
  for (const folder of folders)
    if (staged.has(folder.path))
      parents.set(dirname(folder.path), { path: dirname(folder.path), shownAs: dirname(folder.shownAs) });
  return [...parents.values()];
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

/**
 * Refuses a target that cannot be replaced (a folder, a device, a file that cannot be opened for writing); true when
 * it exists. Each folder is listed once: a name not in it (compared loosely, as case-insensitive disks do) is new.
 */
async function checkWritable(file: OutputFile, listed: Map<string, Set<string>>): Promise<boolean> {
  const folder = dirname(file.path);
  let names = listed.get(folder);
  if (!names) {
    const found = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') fail('outputDirMissing', { file: file.shownAs });
      throw new CapturePlanError(writeProblem(error, file.shownAs));
    });
    names = new Set(found.map(looseName));
    listed.set(folder, names);
  }
  if (!names.has(looseName(basename(file.path)))) return false;
  const existing = await stat(file.path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new CapturePlanError(writeProblem(error, file.shownAs));
  });
  if (!existing) return false;
  if (existing.isDirectory()) fail('outputIsFolder', { file: file.shownAs });
  if (!existing.isFile()) fail('outputFailed', { file: file.shownAs, reason: 'not a regular file' });
  try {
    await (await open(file.path, 'r+')).close();
  } catch (error) {
    throw new CapturePlanError(writeProblem(error, file.shownAs));
  }
  return true;
}

/** A file name as case-insensitive, normalizing disks compare it (Windows, macOS): "Ab.ics" and "ab.ics" are one. */
export function looseName(name: string): string {
  return name.normalize('NFC').toLowerCase();
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
