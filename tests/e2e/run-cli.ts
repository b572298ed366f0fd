import { execFile } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';
import { tempDir } from '../helpers.js';

/** The built command, as npm links it. */
export const BIN = fileURLToPath(new URL('../../bin/capture-plan.js', import.meta.url));

/** The clock of in-process runs: noon on Wednesday 15 January 2025, local time, so "today" is 2025-01-15 in any zone. */
const NOW = new Date(2025, 0, 15, 12);

/** What a run of the CLI printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Where a run starts, and the environment variables it sees besides NO_COLOR. */
export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
}

/** Runs the CLI in this process, as the bin would on a pipe: `main` with captured streams, NO_COLOR and {@link NOW}. */
export async function runCli(args: string[], options: RunOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd,
    stdout: {
      write: (text: string) => {
        stdout += text;
      },
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
      },
    },
    env: { NO_COLOR: '1', ...options.env },
    now: NOW,
  });
  return { code, stdout, stderr };
}

/** Runs the built bin as a separate process, with this process's environment, NO_COLOR and `options.env`. */
export function runBin(args: string[], options: RunOptions): Promise<CliRun> {
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
  const dir = tempDir();
  for (const name of fixtures)
    cpSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), join(dir, name.split('/').pop()!));
  return dir;
}

/** A copy of examples/ci in a {@link workdir}: a committed roster, config and notice with markers, as a CI job sees them. */
export function ciExample(): string {
  const dir = workdir();
  cpSync(fileURLToPath(new URL('../../examples/ci', import.meta.url)), dir, { recursive: true });
  return dir;
}
