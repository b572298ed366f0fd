// Writing many small files durably with no tool around it: the disk's floor for the calendar case (issue 15). Used by
// scripts/bench-durable.mjs (each way side by side) and by `npm run bench` (the calendars' floor beside the CLI).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';

const CHILD = `
const fs = require('node:fs');
const { promisify } = require('node:util');
const [dir, files, mode, window] = [process.argv[1], +process.argv[2], process.argv[3], +process.argv[4]];
const open = promisify(fs.open), write = promisify(fs.write), close = promisify(fs.close);
const fsync = promisify(fs.fsync), fdatasync = promisify(fs.fdatasync);
const body = Buffer.from('BEGIN:VCALENDAR\\r\\n'.repeat(26));
const staging = dir + '.tmp';
fs.mkdirSync(staging);
async function each(task) {
  let next = 0;
  await Promise.all(Array.from({ length: window }, async () => {
    while (next < files) await task(next++);
  }));
}
const name = (i) => staging + '/辅导员' + i + '.ics';
(async () => {
  const start = process.hrtime.bigint();
  await each(async (i) => {
    const fd = await open(name(i), 'wx');
    await write(fd, body, 0, body.length);
    if (mode === 'each') await fsync(fd);
    if (mode === 'datasync') await fdatasync(fd);
    await close(fd);
  });
  if (mode === 'twopass') await each(async (i) => {
    const fd = await open(name(i), 'r');
    await fsync(fd);
    await close(fd);
  });
  if (mode === 'syncfs') require('node:child_process').spawnSync('sync', ['-f', staging]);
  const fd = fs.openSync(staging, 'r'); fs.fsyncSync(fd); fs.closeSync(fd);
  fs.renameSync(staging, dir);
  const parent = fs.openSync(require('node:path').dirname(dir), 'r'); fs.fsyncSync(parent); fs.closeSync(parent);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ ms, rssKb: process.resourceUsage().maxRSS }));
})();
`;

/** The CLI's own way (src/write/durable.ts): an fsync each, on libuv's four threads, 32 files in flight. */
export const DURABLE_WAY = { mode: 'each', pool: 4, window: 32 };

/**
 * One run of a way (`mode` none, each, datasync, twopass or syncfs; libuv's `pool` threads; `window` files in flight)
 * in a fresh process writing `files` files of 468 bytes into `target`, a folder that does not exist yet, staged and
 * renamed as the CLI's calendar folder is; its wall time (ms) and peak RSS (KB). `sync -f` first, so no run pays for
 * the writes of the one before.
 */
export function writeDurably(target, files, way) {
  rmSync(target, { recursive: true, force: true });
  spawnSync('sync', ['-f', dirname(target)]);
  const child = spawnSync(process.execPath, ['-e', CHILD, target, String(files), way.mode, String(way.window)], {
    env: { ...process.env, UV_THREADPOOL_SIZE: String(way.pool) },
    encoding: 'utf8',
  });
  rmSync(target, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}
