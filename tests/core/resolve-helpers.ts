import { resolve as resolvePath } from 'node:path';
import type { Problem } from '../../src/core/errors.js';
import type { ConfigValues } from '../../src/core/options/config-values.js';
import type { GivenFlags } from '../../src/core/options/option-reader.js';
import { resolve } from '../../src/core/options/resolve.js';

/** The folder the tests resolve in (absolute; nothing is read from it). */
export const CWD = resolvePath('/', 'photo-day');
/** The date the CLI would read as today. */
export const TODAY = '2024-04-22';

/** Resolves `build` with the roster r.csv named, and a config file in `dir` (relative to the current folder). */
export function build(flags: GivenFlags, config?: ConfigValues, dir = '.') {
  const given = config === undefined ? undefined : { dir: resolvePath(CWD, dir), values: config };
  return resolve({ roster: 'r.csv', ...flags }, given, { command: 'build', cwd: CWD, today: TODAY, commandLine: 'x' });
}

/** Resolves `whatif` with the roster r.csv named, and a config file in the current folder. */
export function whatif(flags: GivenFlags, config?: ConfigValues) {
  const given = config === undefined ? undefined : { dir: CWD, values: config };
  return resolve({ roster: 'r.csv', ...flags }, given, { command: 'whatif', cwd: CWD, today: TODAY, commandLine: 'x' });
}

/** The request resolved; a test fails with the problems' keys when there were any. */
export function requestOf<R>(result: { request: R } | { problems: Problem[] }): R {
  if ('problems' in result) throw new Error(`refused: ${result.problems.map((p) => p.key).join(', ')}`);
  return result.request;
}

/** Each problem's key and parameters, in the order found; none when the request resolved. */
export function problemsOf(result: { request: unknown } | { problems: Problem[] }): [string, unknown][] {
  return 'problems' in result ? result.problems.map((p) => [p.key, p.params]) : [];
}
