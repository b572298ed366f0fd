import { close, closeSync, fsync, fsyncSync, open, openSync, write } from 'node:fs';
import { promisify } from 'node:util';

const openFile = promisify(open);
const writeFile = promisify(write);
const syncFile = promisify(fsync);
const closeFile = promisify(close);

/**
 * Files written at a time, on libuv's four threads. More threads (up to 128) or more in flight did not make an ext4
 * disk take less than about a millisecond per fsync (scripts/bench-durable.mjs), so the default pool is kept.
 */
export const PARALLEL = 32;

/** Written in pieces of 1 MiB, so an interrupt during a large write is handled between them. */
const CHUNK = 1 << 20;

/**
 * Writes a new file (it must not exist yet) and flushes it to disk (fsync) before it is closed, so that once it is
 * renamed over its target, a crash leaves the old file or the whole new one. One open file per write, no stat.
 */
export async function writeDurably(path: string, contents: Uint8Array | string): Promise<void> {
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  const fd = await openFile(path, 'wx');
  try {
    for (let at = 0; at < bytes.length; ) {
      const { bytesWritten } = await writeFile(fd, bytes, at, Math.min(CHUNK, bytes.length - at));
      at += bytesWritten;
    }
    await syncFile(fd);
  } finally {
    await closeFile(fd);
  }
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
