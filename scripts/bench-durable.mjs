// How to make many small files durable fastest (issue 15): `node scripts/bench-durable.mjs [files] [rounds]`.
//
// Writes `files` files of ~470 bytes (the size of one counselor's calendar) into a new folder under .bench/, each way
// below in its own process (UV_THREADPOOL_SIZE must be set before Node starts its thread pool), `rounds` times,
// interleaved, after `sync -f` so no run pays for the one before. Every way ends with the folder fsynced and renamed,
// as the CLI's calendar folder is. Prints a Markdown table of the medians. Linux only (the `syncfs` way uses `sync -f`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = process.env.BENCH_DIR ?? join(ROOT, '.bench', 'durable');
const FILES = Number(process.argv[2] ?? 20_000);
const ROUNDS = Number(process.argv[3] ?? 3);

/** Each way: its name, what it does per file, the thread pool and how many files are in flight. */
const WAYS = [
  { name: 'none (no fsync at all: the floor)', mode: 'none', pool: 4, window: 32 },
  { name: 'fsync each, 4 threads, 32 in flight (before)', mode: 'each', pool: 4, window: 32 },
  { name: 'fsync each, 16 threads, 64 in flight', mode: 'each', pool: 16, window: 64 },
  { name: 'fsync each, 64 threads, 128 in flight', mode: 'each', pool: 64, window: 128 },
  { name: 'fsync each, 128 threads, 256 in flight', mode: 'each', pool: 128, window: 256 },
  { name: 'fdatasync each, 64 threads, 128 in flight', mode: 'datasync', pool: 64, window: 128 },
  { name: 'write all, then fsync each, 64 threads, 128 in flight', mode: 'twopass', pool: 64, window: 128 },
  { name: 'write all, then one syncfs (sync -f)', mode: 'syncfs', pool: 4, window: 32 },
];

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

/** One run of a way in a fresh process, into a folder that does not exist yet; its wall time and peak RSS. */
function runWay(way, round) {
  const target = join(DIR, `${way.mode}-${way.pool}-${way.window}-${round}`);
  rmSync(target, { recursive: true, force: true });
  spawnSync('sync', ['-f', DIR]);
  const child = spawnSync(process.execPath, ['-e', CHILD, target, String(FILES), way.mode, String(way.window)], {
    env: { ...process.env, UV_THREADPOOL_SIZE: String(way.pool) },
    encoding: 'utf8',
  });
  rmSync(target, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const samples = WAYS.map(() => []);
for (let round = 0; round < ROUNDS; round++)
  WAYS.forEach((way, i) => {
    samples[i].push(runWay(way, round));
  });
rmSync(DIR, { recursive: true, force: true });
const floor = median(samples[0].map((s) => s.ms));
console.log(`${FILES.toLocaleString('en-US')} files of 468 bytes, medians of ${ROUNDS} interleaved runs, in ${DIR}\n`);
console.log('| way | ms | ÷ no fsync | min–max ms | peak RSS MB |\n|---|---:|---:|---:|---:|');
WAYS.forEach((way, i) => {
  const ms = samples[i].map((s) => s.ms);
  const rss = median(samples[i].map((s) => s.rssKb));
  const range = `${Math.round(Math.min(...ms))}–${Math.round(Math.max(...ms))}`;
  console.log(
    `| ${way.name} | ${Math.round(median(ms))} | ${(median(ms) / floor).toFixed(1)}× | ${range} | ${Math.round(rss / 1024)} |`,
  );
});
