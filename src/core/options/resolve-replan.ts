import { extname } from 'node:path';
import { problem } from '../errors.js';
import { isNowText, type RateChoice } from '../replan/progress.js';
import { parseThroughput } from '../settings.js';
import type { GivenFlags, OptionReader } from './option-reader.js';
import type { ReplanRequest } from './request.js';
import { buildRequest } from './resolve-build.js';

/** The files the lines to send may be written to. */
const TELL_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

/** Every option of `replan`: build's, then the time, the classes done and absent, the rate and where to tell. */
export function replanRequest(
  reader: OptionReader,
  flags: GivenFlags,
  context: { cwd: string; today: string; commandLine: string },
): ReplanRequest | undefined {
  const build = buildRequest(reader, flags, context);
  const now = reader.text('now');
  if (now === undefined) reader.refuse(problem('replanNowMissing', {}));
  else if (!isNowText(now)) reader.refuse(problem('replanBadNow', { value: now }));
  const done = reader.text('done')?.trim();
  const absent = (reader.text('absent') ?? '')
    .split(/[,，;；、]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const rate = rateOf(reader, reader.text('rate')!);
  const tell = reader.text('tell');
  if (tell !== undefined && !TELL_EXTENSIONS.has(extname(tell).toLowerCase()))
    reader.refuse(problem('replanBadTell', { file: tell }));
  if (!build || now === undefined || rate === undefined || reader.problems.length > 0) return undefined;
  return {
    ...build,
    progress: { now, ...(done ? { done } : {}), absent, rate },
    ...(tell === undefined ? {} : { tell }),
  };
}

/** `measured`, `planned`, or a rate in any wording `--throughput` takes. */
function rateOf(reader: OptionReader, text: string): RateChoice | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'measured' || word === 'planned') return word;
  try {
    return parseThroughput(text);
  } catch {
    return reader.refuse(problem('replanBadRate', { value: text }));
  }
}
