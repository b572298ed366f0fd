// How to make many small files durable fastest (issue 15): `node scripts/bench-durable.mjs [files] [rounds]`.
//
// Writes `files` files of ~470 bytes (the size of one counselor's calendar) into a new folder under .bench/, each way
// below in its own process (UV_THREADPOOL_SIZE must be set before Node starts its thread pool), `rounds` times,
// interleaved, after `sync -f` so no run pays for the one before. Every way ends with the folder fsynced and renamed,
// as the CLI's calendar folder is. Prints a Markdown table of the medians. Linux only (the `syncfs` way uses `sync -f`).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDurably } from './bench/durable-floor.mjs';

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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const samples = WAYS.map(() => []);
for (let round = 0; round < ROUNDS; round++)
  WAYS.forEach((way, i) => {
    samples[i].push(writeDurably(join(DIR, `${way.mode}-${way.pool}-${way.window}-${round}`), FILES, way));
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
