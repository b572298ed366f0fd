#!/usr/bin/env node
// The long fuzz run (`npm run fuzz`): the fuzz tests in tests/fuzz, and `--order optimize` against the brute-force
// oracle (tests/core/optimize-oracle.property.test.ts, which prints its instance count and mismatches), with many more
// runs per property than CI uses. FUZZ_RUNS may be set to another count, FUZZ_SEED to other oracle instances:
// FUZZ_RUNS=10000 FUZZ_SEED=7 npm run fuzz
import { spawn } from 'node:child_process';

const runs = process.env.FUZZ_RUNS ?? '2000';
const start = performance.now();
console.log(`capture-plan fuzz: ${runs} runs per property (tests/fuzz, the optimize oracle)`);

const child = spawn('npx', ['vitest', 'run', 'tests/fuzz', 'tests/core/optimize-oracle.property.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_REPORT: process.env.FUZZ_REPORT ?? '1' },
  shell: process.platform === 'win32', // npx is npx.cmd on Windows
});

child.on('error', (error) => {
  console.error(`capture-plan fuzz: could not start vitest (${error.message})`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(
    `capture-plan fuzz: ${runs} runs per property, ${seconds} s, ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`}`,
  );
  process.exit(code ?? 1);
});
