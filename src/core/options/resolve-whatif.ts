import { parseDates, parseRoomNames, parseSessions, parseThroughput } from '../settings.js';
import { scenarioSettings } from '../whatif/whatif.js';
import type { GivenFlags, OptionReader } from './option-reader.js';
import type { WhatifRequest } from './request.js';
import { rosterSource, sharedSettings } from './shared-options.js';

/** Rates are separated by `;` or `,` (a rate has no comma); sessions, dates and room sets by `;`. */
const RATES = /[;,；，]/;
const ALTERNATIVES = /[;；]/;

/**
 * Every option of `whatif`, resolved: each multi-valued option gives its alternatives (a list in the config file is one
 * alternative), and every combination is a scenario. Undefined when any was refused (the reader holds every problem).
 */
export function whatifRequest(
  reader: OptionReader,
  flags: GivenFlags,
  context: { today: string },
): WhatifRequest | undefined {
  const roster = rosterSource(reader, flags);
  const throughputs = split(reader.text('throughput')!, RATES).map((t) => reader.attempt(() => parseThroughput(t)));
  const sessions = alternatives(reader.textOrList('sessions')!).map((s) => reader.attempt(() => parseSessions(s)));
  const dates = alternatives(reader.textOrList('date') ?? context.today).map((d) =>
    reader.attempt(() => parseDates(d)),
  );
  const rooms = roomSets(reader);
  const shared = sharedSettings(reader);
  const lang = reader.choice('lang');
  if (reader.problems.length > 0 || !roster || !shared || !lang) return undefined;
  const scenarios = scenarioSettings(shared, {
    throughputs: throughputs.filter((t) => t !== undefined),
    sessions: sessions.filter((s) => s !== undefined),
    dates: dates.filter((d) => d !== undefined),
    rooms,
  });
  return { roster, scenarios, presentation: { lang, json: reader.isOn('json') } };
}

/** The room sets to compare; one unnamed room when `--rooms` is not given (or the config file lists the rooms). */
function roomSets(reader: OptionReader): (readonly string[] | undefined)[] {
  const given = reader.given('rooms');
  if (typeof given !== 'string') return [undefined];
  return split(given, ALTERNATIVES).map((set) => reader.attempt(() => parseRoomNames(set)) ?? []);
}

/** A text's alternatives, separated by `;`; a list is one alternative. */
function alternatives(given: string | readonly string[]): (string | readonly string[])[] {
  return typeof given === 'string' ? split(given, ALTERNATIVES) : [given];
}

/** The parts of a text between separators, trimmed; the text itself when it has none. */
function split(text: string, separator: RegExp): string[] {
  const parts = text
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 0 ? parts : [text];
}
