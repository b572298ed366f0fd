import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, workdir } from './run-cli.js';

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

describe('an interrupted run', () => {
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
});
