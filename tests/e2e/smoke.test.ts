import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, ciExample, runBin, workdir } from './run-cli.js';

// Every test that starts the built bin as a process of its own. The other CLI tests call main() in-process.

const SEED_DAY = ['build', 'seed-roster.csv', '-d', '2024-04-22'];
const SEED = [...SEED_DAY, '--location', '宜宾校区 A1-108教室'];
const expected = (name: string) => readFileSync(new URL(`../expected/${name}`, import.meta.url), 'utf8');

/** A roster big enough that writing its outputs takes tens of milliseconds. */
function bigRoster(dir: string): void {
  const lines = ['班级名称,人数,辅导员'];
  for (let i = 0; i < 40_000; i++) lines.push(`班${i},${20 + (i % 26)},辅导员${Math.floor(i / 6)}`);
  writeFileSync(join(dir, 'big.csv'), `${lines.join('\n')}\n`);
}

/** Runs a build and sends SIGTERM as soon as a temporary output file appears; undefined if it finished first. */
function killWhileWriting(dir: string): Promise<{ code: number | null; signal: NodeJS.Signals | null } | undefined> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [BIN, 'build', 'big.csv', '-d', '2025-01-01..2025-12-31', '-t', '120/10min', '-o', 'n.md', 'n.html', 'p.json'],
      { cwd: dir, stdio: 'ignore' },
    );
    let killed = false;
    const poll = setInterval(() => {
      if (!killed && readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
        killed = true;
        child.kill('SIGTERM');
      }
    }, 1);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve(killed ? { code, signal } : undefined);
    });
  });
}

describe('the built bin', () => {
  it('builds the seed roster: the notice, the timetable and a plain summary on stdout', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runBin(SEED, { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe(expected('seed-notice.zh.md'));
    expect(run.stdout).toContain('共 30 个班、1052 人、5 位辅导员');
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(existsSync(join(dir, 'timetable.xlsx'))).toBe(true);
  });

  it('exits 2 on an error, with one line on stderr and nothing on stdout', async () => {
    const run = await runBin(['build', 'nope.csv', '--lang', 'en'], { cwd: workdir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('capture-plan: nope.csv: file not found; check the path.\n');
    expect(run.stdout).toBe('');
  });

  it('SIGTERM while writing leaves every output as it was and no temporary file', async () => {
    const dir = workdir();
    bigRoster(dir);
    for (const name of ['n.md', 'n.html', 'p.json']) writeFileSync(join(dir, name), `old ${name}`);
    let result: Awaited<ReturnType<typeof killWhileWriting>>;
    for (let attempt = 0; attempt < 5 && !result; attempt++) result = await killWhileWriting(dir);
    expect(result, 'the run was never caught while writing').toBeDefined();
    expect(result!.code).toBe(143);
    expect(readdirSync(dir).sort()).toEqual(['big.csv', 'n.html', 'n.md', 'p.json']);
    for (const name of ['n.md', 'n.html', 'p.json']) expect(readFileSync(join(dir, name), 'utf8')).toBe(`old ${name}`);
  }, 60_000);

  it('--check exits 0 on the committed example and 1 once its roster changes', async () => {
    const dir = ciExample();
    const fresh = await runBin(['build', '--check'], { cwd: dir });
    expect(fresh.stdout).toBe('✓ 所有输出都是最新的。\n');
    expect(fresh.code).toBe(0);
    const roster = readFileSync(join(dir, 'roster.csv'), 'utf8');
    writeFileSync(join(dir, 'roster.csv'), roster.replace('软件20212,28', '软件20212,38'));
    expect((await runBin(['build', '--check'], { cwd: dir })).code).toBe(1);
  });

  it.skipIf(process.platform === 'win32')('starts from a symlink, as npm links it into node_modules/.bin', async () => {
    const dir = workdir();
    symlinkSync(BIN, join(dir, 'capture-plan'));
    const { stdout } = await promisify(execFile)(join(dir, 'capture-plan'), ['--version'], { cwd: dir });
    expect(stdout.trim()).toBe(
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version,
    );
  });
});

describe('what needs a process of its own', () => {
  // The time zone and the wall clock are the process's: each run here starts in its own zone, at its own now().
  it('the same roster and settings give the same bytes on every run and in any time zone', async () => {
    const outputs = ['t.xlsx', 'n.md', 'n.html', 's.ics', 'p.json'];
    const runIn = async (tz: string) => {
      const dir = workdir('seed-roster.csv');
      expect((await runBin([...SEED_DAY, '-o', ...outputs], { cwd: dir, env: { TZ: tz } })).code).toBe(0);
      return outputs.map((o) => readFileSync(join(dir, o)));
    };
    const utc = await runIn('UTC');
    await new Promise((r) => setTimeout(r, 1100));
    const shanghai = await runIn('Asia/Shanghai');
    outputs.forEach((name, i) => {
      expect(shanghai[i], name).toEqual(utc[i]);
    });
  });

  // The timings line is written when the process is about to exit (beforeExit), with the process's peak memory.
  it('CAPTURE_PLAN_TIMINGS prints each stage, the total and the peak memory as one JSON line on stderr', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runBin([...SEED, '--json'], { cwd: dir, env: { CAPTURE_PLAN_TIMINGS: '1' } });
    const line = JSON.parse(run.stderr.trim().split('\n').pop()!);
    expect(Object.keys(line.timings)).toEqual(expect.arrayContaining(['read', 'parse', 'schedule', 'json', 'save']));
    expect(line.totalMs).toBeGreaterThan(0);
    expect(line.maxRssKb).toBeGreaterThan(10_000);
    expect(JSON.parse(run.stdout).schemaVersion).toBe(1);
  });
});
