import { execFile } from 'node:child_process';
import { close, closeSync, existsSync, fsync, fsyncSync, open, openSync, write } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

const openFile = promisify(open);
const writeFile = promisify(write);
const syncFile = promisify(fsync);
const closeFile = promisify(close);
const run = promisify(execFile);

/** Files written at a time: enough to keep libuv's four threads busy while the main thread prepares the next. */
export const PARALLEL = 32;

/**
 * From how many files one flush of the whole file system (syncfs, Linux) replaces an fsync of each. A disk takes about
 * a millisecond per fsync however many run at once (each waits for its own journal commit): 20 000 calendars took
 * 20–26 s that way on an ext4 disk, and about 1 s of syncfs after writing them all. Below this, a few files are
 * flushed one by one, and a run never waits for what other programs have left unwritten on that disk.
 */
export const FLUSH_WHOLE_FROM = 64;

/** Written in pieces of 1 MiB, so an interrupt during a large write is handled between them. */
const CHUNK = 1 << 20;

/** One new file to write: where (it must not exist yet), and its complete contents. */
export interface NewFile {
  path: string;
  contents: Uint8Array | string;
}

/** How {@link writeDurably} flushes: `auto` picks by the number of files and the system; the others are for tests. */
export type FlushWay = 'auto' | 'each' | 'whole';

/**
 * Writes new files, the data of each on disk before this resolves, so that once one is
 * renamed over its target, a crash leaves the old file or the whole new one. Few files: each is flushed (fsync) before
 * it is closed. Many files on Linux: all are written, then each file system they are on is flushed once (syncfs, by
 * `sync -f`), which the disk does in a few large writes; should that fail, each file is opened again and flushed.
 * On the first failure, no further file is started; the error thrown is `failed(error, index)`.
 */
export async function writeDurably(
  files: readonly NewFile[],
  failed: (error: unknown, index: number) => unknown,
  way: FlushWay = 'auto',
): Promise<void> {
  const whole = way === 'whole' || (way === 'auto' && files.length >= FLUSH_WHOLE_FROM && syncCommand() !== undefined);
  await eachAtOnce(files, (file, i) =>
    writeNew(file, !whole).catch((error: unknown) => Promise.reject(failed(error, i))),
  );
  if (!whole || (await flushFileSystems(files.map((f) => dirname(f.path))))) return;
  await eachAtOnce(files, (file, i) =>
    flushFile(file.path).catch((error: unknown) => Promise.reject(failed(error, i))),
  );
}

/** Writes one file that must not exist yet, in one open; flushed (fsync) before it is closed when `flush`. */
async function writeNew(file: NewFile, flush: boolean): Promise<void> {
  const bytes = typeof file.contents === 'string' ? Buffer.from(file.contents, 'utf8') : file.contents;
  const fd = await openFile(file.path, 'wx');
  try {
    for (let at = 0; at < bytes.length; ) {
      const { bytesWritten } = await writeFile(fd, bytes, at, Math.min(CHUNK, bytes.length - at));
      at += bytesWritten;
    }
    if (flush) await syncFile(fd);
  } finally {
    await closeFile(fd);
  }
}

/** Flushes a file already written (opened for writing: Windows flushes no file opened to read). */
async function flushFile(path: string): Promise<void> {
  const fd = await openFile(path, 'r+');
  try {
    await syncFile(fd);
  } finally {
    await closeFile(fd);
  }
}

/**
 * Flushes each file system that holds one of the folders, once (syncfs through `sync -f`: data, names and the
 * journal). False when that cannot be done here (not Linux, no such command, an old one without -f, or it failed).
 */
async function flushFileSystems(folders: readonly string[]): Promise<boolean> {
  const command = syncCommand();
  if (!command) return false;
  try {
    const devices = new Map<bigint, string>();
    for (const folder of new Set(folders)) {
      const { dev } = await stat(folder, { bigint: true });
      if (!devices.has(dev)) devices.set(dev, folder);
    }
    for (const folder of devices.values()) await run(command, ['-f', folder], { windowsHide: true });
    return true;
  } catch {
    return false;
  }
}

/** The system's `sync` on Linux, by its full path (never one found on PATH); undefined elsewhere. */
function syncCommand(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  return ['/usr/bin/sync', '/bin/sync'].find((path) => existsSync(path));
}

/** Runs `task` on every item, {@link PARALLEL} at a time; the first failure is thrown once every started task ends. */
export async function eachAtOnce<T>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
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

/** Flushes a folder's entries (new names, renames) to disk, where the system allows it (not on Windows). */
export function flushFolder(path: string): void {
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
