/**
 * Fuzzing the roster readers: random bytes, mutated fixtures and workbooks full of odd cells go through
 * readRoster → parseRoster → schedule → noticeTable. The only allowed outcomes are a notice or a CapturePlanError with
 * exit code 2; any other exception is a bug, and fast-check shrinks it to a small counterexample.
 *
 * Runs are bounded for CI (FUZZ_RUNS overrides every property's count; `npm run fuzz` sets it to 2000). With
 * FUZZ_REPORT set, each property's outcomes are counted and printed, to see that the inputs reach past the readers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { noticeTable } from '../../src/core/notice/notice-table.js';
import { parseRoster } from '../../src/core/roster/roster.js';
import { planFix } from '../../src/core/schedule/fix.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { readRoster } from '../../src/read/read-roster.js';
import { settingsOf } from '../helpers.js';

const fromEnv = Number(process.env.FUZZ_RUNS);
/** The run count: FUZZ_RUNS when set, else the small default given. */
const runs = (byDefault: number): number => (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : byDefault);
/** Runs of each property on bytes or CSV text. */
export const BYTE_RUNS = runs(60);
/** Runs of each property on workbooks, which take longer each. */
export const XLSX_RUNS = runs(30);
/** Long runs need time; the default ones stay well under a second each. */
export const TIMEOUT = Math.max(30_000, BYTE_RUNS * 200);
/** The longest one file may take, reading to notice (the slowest legitimate case, a drop-down over two whole columns, takes about 2 s). */
const SLOW_MS = 10_000;

// Module scope runs once per test file (vitest isolates the files), so each file has its own folder and afterAll.
const DIR = mkdtempSync(join(tmpdir(), 'capture-plan-fuzz-'));
let fileNumber = 0;
/** Each property's outcome counts, printed at the end when FUZZ_REPORT is set. */
const afterAllReports: Map<string, number>[] = [];
afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  for (const outcomes of afterAllReports) console.info(JSON.stringify(Object.fromEntries(outcomes)));
});

/** What a roster file came to: a notice's row count, or the keys of the CapturePlanError it was refused with. */
type Outcome = { rows: number } | { refused: string[] };

/**
 * The whole pipeline on `bytes` saved as a file with `extension`. Anything but a CapturePlanError (exit 2) throws, and
 * so does a run slower than SLOW_MS: a hang is a bug too, and fast-check then shrinks it like a crash.
 */
export async function pipeline(bytes: Uint8Array, extension: string): Promise<Outcome> {
  const start = performance.now();
  const settled = await pipelineOnce(bytes, extension).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  const ms = performance.now() - start;
  if (ms > SLOW_MS) throw new Error(`one file took ${Math.round(ms)} ms (more than ${SLOW_MS} ms)`);
  if ('error' in settled) throw settled.error;
  return settled.value;
}

async function pipelineOnce(bytes: Uint8Array, extension: string): Promise<Outcome> {
  const path = join(DIR, `${++fileNumber}${extension}`);
  writeFileSync(path, bytes);
  try {
    const roster = parseRoster(await readRoster(path, `fuzz${extension}`));
    const settings = settingsOf();
    const plan = schedule(roster, settings);
    const fix = plan.summary.fits ? undefined : planFix(roster, settings);
    const notice = noticeTable(plan, { lang: 'zh', round: 10, gather: 10, ...(fix ? { fix } : {}) });
    return { rows: notice.table.rows.length };
  } catch (error) {
    if (error instanceof CapturePlanError && error.exitCode === 2) return { refused: error.problems.map((p) => p.key) };
    throw error;
  } finally {
    rmSync(path, { force: true });
  }
}

/** A value from `arb` with the given probability, else undefined. */
export function sometimes<T>(arb: fc.Arbitrary<T>, probability: number): fc.Arbitrary<T | undefined> {
  const weight = Math.round(1 / probability);
  return fc.oneof({ arbitrary: arb, weight: 1 }, { arbitrary: fc.constant(undefined), weight: weight - 1 });
}

/** Counts what the runs came to, so a property that never reaches the parser is noticed. */
export function tally(): { outcomes: Map<string, number>; note: (o: Outcome) => void } {
  const outcomes = new Map<string, number>();
  if (process.env.FUZZ_REPORT) afterAllReports.push(outcomes);
  return {
    outcomes,
    note: (o) => {
      const key = 'rows' in o ? 'notice' : o.refused[0]!;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    },
  };
}
