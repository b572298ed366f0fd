import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, workdir } from './run-cli.js';

// A cold start pays for every Node module it loads: a CSV run with --json needs none of these.
const NOT_ON_A_CSV_RUN = ['zlib', 'crypto', 'child_process', 'perf_hooks'];

/** Prints the Node built-ins a process loaded, as its last line on stderr. */
const LIST_MODULES = `process.on('exit', () => process.stderr.write('MODULES ' + process.moduleLoadList.join(',') + '\\n'));`;

describe('cold start', () => {
  it('a CSV run with --json loads neither zlib, crypto, child_process nor perf_hooks', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'list-modules.mjs'), LIST_MODULES);
    const run = await runBin(['build', 'seed-roster.csv', '-d', '2024-04-22', '--json'], {
      cwd: dir,
      env: { NODE_OPTIONS: `--import ${join(dir, 'list-modules.mjs')}` },
    });
    expect(run.code).toBe(0);
    const loaded = /MODULES (.*)/.exec(run.stderr)?.[1]?.split(',') ?? [];
    expect(loaded.length).toBeGreaterThan(10);
    expect(loaded.filter((m) => NOT_ON_A_CSV_RUN.includes(m.replace(/^NativeModule /, '')))).toEqual([]);
  });
});
