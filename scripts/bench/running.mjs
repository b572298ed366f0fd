// Running the built CLI for the benchmark (scripts/bench.mjs): one process per run, interleaved with its floor.
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { DIR, ROOT } from './config.mjs';

/** Progress on stderr, so stdout stays the report. */
export function log(text) {
  process.stderr.write(`${text}\n`);
}

/** Runs `node …args` once in .bench/: wall ms measured here, plus the last JSON line the child printed on stderr. */
export function runOnce(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, {
    cwd: DIR,
    env: { ...process.env, CAPTURE_PLAN_TIMINGS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = child.stderr.toString();
  const ok = child.status === 0;
  const error = ok
    ? undefined
    : `\`node ${args.map(short).join(' ')}\` exited ${child.status ?? child.signal}: ${firstMessage(stderr)}`;
  if (error) log(`  ✗ ${error}`);
  return { ms, ok, error, report: lastJsonLine(stderr) };
}

/** The first line of a child's stderr that is not our JSON timing line (its error message). */
export function firstMessage(stderr) {
  return (
    stderr
      .trim()
      .split('\n')
      .find((l) => l.trim() !== '' && !l.startsWith('{"timings"'))
      ?.trim() ?? '(no message)'
  );
}

/** The last line of text that parses as a JSON object, if any. */
export function lastJsonLine(text) {
  const line = text
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  try {
    return line ? JSON.parse(line) : undefined;
  } catch {
    return undefined;
  }
}

/** A path as it reads relative to the repo (for logs and the table). */
export function short(arg) {
  return arg.startsWith(ROOT) ? relative(ROOT, arg) : arg;
}

/** The middle value (upper middle for an even count); undefined for none. */
export function median(values) {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor(sorted.length / 2)];
}

/** Medians of a series of runs: wall ms, peak RSS KB, each phase's ms. */
export function summarise(samples) {
  const phases = {};
  for (const s of samples)
    for (const name of Object.keys(s.report?.timings ?? {}))
      phases[name] = median(samples.map((x) => x.report?.timings?.[name]));
  return {
    ms: median(samples.map((s) => s.ms)),
    rssKb: median(samples.map((s) => s.report?.maxRssKb)),
    phases,
    ok: samples.every((s) => s.ok),
    error: samples.find((s) => s.error)?.error,
    runs: samples.length,
  };
}

/** Runs each command `runs` times, interleaved (A B A B …) so load changes hit all alike; medians per command. */
export function interleaved(commands, runs) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++)
    commands.forEach((args, c) => {
      samples[c].push(runOnce(args));
    });
  return samples.map(summarise);
}

/** Peak RSS (KB) of a `node -e` snippet, from a second, untimed run that reports it. */
export function rssOfEval(code) {
  const report = `;process.on('exit',()=>process.stderr.write(JSON.stringify({maxRssKb:process.resourceUsage().maxRSS})))`;
  return runOnce(['-e', code + report]).report?.maxRssKb;
}
