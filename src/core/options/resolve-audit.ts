import { problem } from '../errors.js';
import { parseDates, parseSessions, parseThroughput } from '../settings.js';
import type { GivenFlags, OptionReader } from './option-reader.js';
import { formatOf } from './outputs.js';
import type { AuditRequest } from './request.js';
import { presentationOf } from './resolve-build.js';

/**
 * Every option of `audit`, resolved; undefined when any was refused. The timetable and the outputs come from the
 * command line only (a config file's roster and outputs are build's): without `-o` an audit writes nothing.
 */
export function auditRequest(
  reader: OptionReader,
  flags: GivenFlags,
  context: { commandLine: string },
): AuditRequest | undefined {
  const file = typeof flags.timetable === 'string' ? flags.timetable : undefined;
  if (file === undefined) reader.refuse(problem('rosterMissing', {}));
  const sheet = reader.text('sheet');
  const maxInputMb = reader.whole('maxInputMb');
  const throughput = reader.attempt(() => parseThroughput(reader.text('throughput')!));
  const sessions = reader.attempt(() => parseSessions(reader.textOrList('sessions')!));
  const dateGiven = reader.textOrList('date');
  const date = dateGiven === undefined ? undefined : reader.attempt(() => parseDates(dateGiven)[0]);
  const tolerance = reader.whole('tolerance');
  const presentation = presentationOf(reader, context.commandLine);
  const out = flags.out;
  const outputs = typeof out === 'string' ? [out] : Array.isArray(out) ? [...(out as readonly string[])] : [];
  for (const name of outputs) if (formatOf(name) === undefined) reader.refuse(problem('badOutput', { file: name }));
  if (reader.problems.length > 0 || !file || !maxInputMb || !throughput || !sessions || tolerance === undefined)
    return undefined;
  if (!presentation) return undefined;
  return {
    timetable: { file, ...(sheet === undefined ? {} : { sheet }), maxInputBytes: maxInputMb * 1024 * 1024 },
    throughput,
    sessions,
    ...(date === undefined ? {} : { date }),
    tolerance: tolerance * 60,
    outputs,
    presentation,
  };
}
