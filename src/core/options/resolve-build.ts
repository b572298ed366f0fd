import { resolve } from 'node:path';
import { problem } from '../errors.js';
import {
  parseDates,
  parseRoomNames,
  parseRooms,
  parseSessions,
  parseThroughput,
  type RoomSpec,
  type Settings,
} from '../settings.js';
import type { Throughput } from '../throughput.js';
import type { ConfigRoom } from './config-values.js';
import type { GivenFlags, OptionReader } from './option-reader.js';
import { defaultOutputs, formatOf, type OutputFormat } from './outputs.js';
import type { BuildRequest, Presentation } from './request.js';
import { rosterSource, sharedSettings, swallowedRoster } from './shared-options.js';

/** The formats a notice template fills: Markdown as text, HTML and Word as paragraphs around the real tables. */
const TEMPLATED: ReadonlySet<OutputFormat> = new Set<OutputFormat>(['md', 'html', 'docx']);

/** Every option of `build`, resolved; undefined when any was refused (the reader holds every problem). */
export function buildRequest(
  reader: OptionReader,
  flags: GivenFlags,
  context: { cwd: string; today: string; commandLine: string },
): BuildRequest | undefined {
  const roster = rosterSource(reader, flags);
  const settings = planSettings(reader, context.today);
  const presentation = presentationOf(reader, context.commandLine);
  const outputs = outputsOf(reader, roster?.file ?? swallowedRoster(flags), context.cwd);
  if (presentation?.template !== undefined && !outputs.some((name) => TEMPLATED.has(formatOf(name) ?? 'json')))
    reader.refuse(problem('templateNeedsMarkdown', {}));
  if (reader.problems.length > 0 || !roster || !settings || !presentation) return undefined;
  const dated = reader.given('date') !== undefined;
  return {
    roster,
    settings,
    outputs,
    presentation,
    warnings: dated ? [] : [problem('dateDefaulted', { date: context.today })],
  };
}

/** Rate, sessions, dates (today when none is given), rooms and the shared settings, as the scheduler takes them. */
function planSettings(reader: OptionReader, today: string): Settings | undefined {
  const throughput = reader.attempt(() => parseThroughput(reader.text('throughput')!));
  const sessions = reader.attempt(() => parseSessions(reader.textOrList('sessions')!));
  const dates = reader.attempt(() => parseDates(reader.textOrList('date') ?? today));
  const rooms = roomsOf(reader, throughput);
  const shared = sharedSettings(reader);
  if (!throughput || !sessions || !dates || !shared) return undefined;
  return { throughput, sessions, ...shared, ...(rooms ? { rooms } : {}), dates };
}

/** The rooms: names from `--rooms` or the config file, each at the plan's rate unless the config gives it its own. */
function roomsOf(reader: OptionReader, throughput: Throughput | undefined): RoomSpec[] | undefined {
  const given = reader.given('rooms');
  if (given === undefined) return undefined;
  const written: string | readonly ConfigRoom[] =
    typeof given === 'string' || Array.isArray(given) ? given : String(given);
  const listed = typeof written === 'string' ? [] : written;
  const names = reader.attempt(() =>
    parseRoomNames(typeof written === 'string' ? written : written.map((r) => (typeof r === 'string' ? r : r.name))),
  );
  const own = listed.map((room) => {
    const rate = typeof room === 'string' ? undefined : room.throughput;
    return rate === undefined ? undefined : reader.attempt(() => parseThroughput(rate));
  });
  const rooms = names && throughput ? parseRooms(names, throughput) : undefined;
  return rooms?.map((room, i) => ({ ...room, throughput: own[i] ?? room.throughput }));
}

/** How the plan is shown, and what the run does with it. */
export function presentationOf(reader: OptionReader, commandLine: string): Presentation | undefined {
  const lang = reader.choice('lang');
  const round = reader.whole('round');
  const gather = reader.whole('gather');
  const location = reader.text('location');
  const title = reader.text('title')?.trim();
  const fee = reader.money('fee');
  const template = reader.text('template');
  const icsPerCounselor = reader.text('icsPerCounselor');
  const split = reader.text('split') === undefined ? undefined : reader.choice('split');
  if (lang === undefined || round === undefined || gather === undefined) return undefined;
  return {
    lang,
    round,
    gather,
    ...(location === undefined ? {} : { location }),
    ...(title ? { title } : {}),
    ...(fee ? { fee } : {}),
    ...(template === undefined ? {} : { template }),
    ...(icsPerCounselor === undefined ? {} : { icsPerCounselor }),
    ...(split === undefined ? {} : { split }),
    json: reader.isOn('json'),
    check: reader.isOn('check'),
    strict: reader.isOn('strict'),
    commandLine,
  };
}

/**
 * The outputs as named (the defaults when none is); a name whose extension is not an output format is a problem,
 * unless it names the roster itself (or what was taken for it), which the output plan refuses as the input.
 */
function outputsOf(reader: OptionReader, roster: string | undefined, cwd: string): string[] {
  const named = reader.textOrList('out');
  const names =
    named === undefined ? defaultOutputs(reader.isOn('json')) : typeof named === 'string' ? [named] : [...named];
  const input = roster === undefined ? undefined : resolve(cwd, roster);
  for (const name of names)
    if (formatOf(name) === undefined && resolve(cwd, name) !== input)
      reader.refuse(problem('badOutput', { file: name }));
  return names;
}
