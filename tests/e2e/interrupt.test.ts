import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, workdir } from './run-cli.js';

/** 40 000 classes over a year: seconds of synchronous work (the notice table alone takes several). */
function bigRoster(dir: string): void {
  const lines = ['班级名称,人数,辅导员'];
  for (let i = 0; i < 40_000; i++) lines.push(`班${i},${20 + (i % 26)},辅导员${Math.floor(i / 6)}`);
  writeFileSync(join(dir, 'big.csv'), `${lines.join('\n')}\n`);
}

describe('an interrupt while computing', () => {
  it('SIGINT ends the run at once, even inside a long synchronous pass, and writes nothing', async () => {
    const dir = workdir();
    bigRoster(dir);
    const args = [BIN, 'build', 'big.csv', '-d', '2025-01-01..2025-12-31', '-t', '120/10min', '-o', 'n.md', 'n.html'];
    const child = spawn(process.execPath, args, { cwd: dir, stdio: 'ignore' });
    let sent = 0;
    const timer = setTimeout(() => {
      sent = performance.now();
      child.kill('SIGINT');
    }, 1500);
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal })),
    );
    clearTimeout(timer);
    const waited = performance.now() - sent;
    expect(sent, 'the run ended before the interrupt was sent').toBeGreaterThan(0);
    expect([code, signal]).toEqual([null, 'SIGINT']);
    // with a handler installed from the start, the signal waited for the pass to end: seconds
    expect(waited).toBeLessThan(1000);
    expect(readdirSync(dir)).toEqual(['big.csv']);
  }, 60_000);
});
