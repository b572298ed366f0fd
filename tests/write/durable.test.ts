import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeOutputsAtomically } from '../../src/write/atomic.js';
import { FLUSH_WHOLE_FROM, writeDurably } from '../../src/write/durable.js';
import { tempDir } from '../helpers.js';

/** Each `sync -f` the writer runs, and what it saw then: the calendars written in full, and the folder published yet. */
const flushes = vi.hoisted(() => [] as { args: string[]; seen: () => void }[]);
const fail = vi.hoisted(() => ({ sync: false }));

vi.mock('node:child_process', async (original) => {
  const real = await original<typeof import('node:child_process')>();
  return {
    ...real,
    execFile: (command: string, args: string[], options: object, done: (error: Error | null) => void) => {
      const flush = flushes.at(-1);
      flushes.push({ args, seen: () => undefined });
      flush?.seen();
      if (fail.sync) return done(new Error('sync: unknown option -- f'));
      return real.execFile(command, args, options, (error) => done(error));
    },
  };
});

const calendars = (dir: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    path: join(dir, 'cal', `c${i}.ics`),
    shownAs: `cal/c${i}.ics`,
    contents: `calendar ${i}`,
  }));

beforeEach(() => {
  flushes.length = 0;
  fail.sync = false;
});

describe.runIf(process.platform === 'linux')('writeDurably, many files on Linux', () => {
  it('writes every file whole, then flushes their file system once', async () => {
    const dir = tempDir();
    const files = Array.from({ length: 200 }, (_, i) => ({ path: join(dir, `f${i}`), contents: `file ${i}` }));
    await writeDurably(files, (error) => error);
    expect(flushes.map((f) => f.args)).toEqual([['-f', dir]]);
    expect(readFileSync(join(dir, 'f199'), 'utf8')).toBe('file 199');
  });

  it('few files: each flushed as it is written, no whole flush', async () => {
    const dir = tempDir();
    const files = Array.from({ length: FLUSH_WHOLE_FROM - 1 }, (_, i) => ({ path: join(dir, `f${i}`), contents: 'x' }));
    await writeDurably(files, (error) => error);
    expect(flushes).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(FLUSH_WHOLE_FROM - 1);
  });

  it('when the whole flush fails, flushes each file instead and still succeeds', async () => {
    fail.sync = true;
    const dir = tempDir();
    const files = Array.from({ length: 100 }, (_, i) => ({ path: join(dir, `f${i}`), contents: `file ${i}` }));
    await writeDurably(files, (error) => error);
    expect(flushes).toHaveLength(1);
    expect(readFileSync(join(dir, 'f0'), 'utf8')).toBe('file 0');
  });

  it('a new calendar folder: every calendar is whole on disk before the rename that publishes the folder', async () => {
    const dir = tempDir();
    let atFlush: { published: boolean; whole: number } | undefined;
    const write = writeOutputsAtomically(calendars(dir, 500), [{ path: join(dir, 'cal'), shownAs: 'cal' }]);
    // the flush is the last thing before the rename: what is on disk when it starts is what it makes durable
    const staging = () => readdirSync(dir).find((name) => name.endsWith('.tmp'));
    flushes.push({
      args: [],
      seen: () => {
        const folder = join(dir, staging() ?? 'missing');
        const whole = readdirSync(folder).filter(
          (name) => readFileSync(join(folder, name), 'utf8') === `calendar ${name.slice(1, -4)}`,
        ).length;
        atFlush = { published: existsSync(join(dir, 'cal')), whole };
      },
    });
    await write;
    expect(atFlush).toEqual({ published: false, whole: 500 });
    expect(readdirSync(join(dir, 'cal'))).toHaveLength(500);
  });
});
