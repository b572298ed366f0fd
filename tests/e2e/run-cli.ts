import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

/** The built command, as npm links it. */
export const BIN = fileURLToPath(new URL('../../bin/capture-plan.js', import.meta.url));

/** What a run of the built CLI printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built bin as a separate process. */
export function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** A fresh temporary folder holding copies of the named fixtures, removed when the running test finishes. */
export function workdir(...fixtures: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'capture-plan-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of fixtures)
    cpSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), join(dir, name.split('/').pop()!));
  return dir;
}
