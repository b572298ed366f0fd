import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cutToBytes } from './file-name.js';

/**
 * The names of this tool's temporary files and backups, and their clean-up after a run that was killed.
 *
 * Beside each target `notice.md` a write makes `.notice.md.capture-plan-<process id>-<8 hex>.tmp` (the new
 * contents) and, while it renames, the same name ending in `.bak` (a hard link to the old file). A new calendar folder
 * `cal` is written as the folder `.cal.capture-plan-<process id>-<8 hex>.tmp` beside it. Nothing else is ever taken for
 * one of them.
 */
const LEFTOVER = /^\.(.*)\.capture-plan-(\d+)-[0-9a-f]{8}\.(tmp|bak)$/su;

/** Longest file name in bytes that file systems take (ext4, APFS; NTFS counts UTF-16 units, never more). */
const NAME_MAX = 255;

/** Random for each run, so the names of a run are new beside any leftover; a run names each target once. */
let runToken: string | undefined;

/** A temporary file or backup beside `target`, its name within NAME_MAX however long the target's. */
export function siblingOf(target: string, kind: 'tmp' | 'bak'): string {
  runToken ??= randomHex(4);
  const suffix = `.capture-plan-${process.pid}-${runToken}.${kind}`;
  const name = cutToBytes(basename(target), NAME_MAX - 1 - suffix.length);
  return join(dirname(target), `.${name}${suffix}`);
}

/** One folder the run writes into: where it is, and how the user named it. */
export interface Folder {
  path: string;
  shownAs: string;
}

/**
 * Removes what killed runs of this tool left in the folders (a SIGKILL or a power cut gives it no chance to clean
 * up): every temporary file or folder, and every backup whose target is there (the backup is then an older copy of it). Left
 * alone: files of a process still running (another run writing there now), and a backup whose target is gone, which
 * may be the only copy. Returns the names removed, as the user would name them.
 */
export function removeLeftovers(folders: readonly Folder[]): string[] {
  const removed: string[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder.path);
    } catch {
      continue;
    }
    for (const name of names) {
      const match = LEFTOVER.exec(name);
      if (!match || isRunning(Number(match[2]))) continue;
      if (match[3] === 'bak' && !isFile(join(folder.path, match[1]!))) continue;
      try {
        rmSync(join(folder.path, name), { recursive: match[3] === 'tmp' });
        removed.push(join(folder.shownAs, name));
      } catch {
        // left for a later run: one that cannot remove it can still write its own outputs
      }
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `path` is a regular file (following links). */
export function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** `bytes` random bytes in hex, from the Web Crypto global: node:crypto is loaded only when a file is written. */
function randomHex(bytes: number): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}
