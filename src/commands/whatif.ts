import { resolve } from 'node:path';
import type { Problem } from '../core/errors.js';
import { parseRoster } from '../core/roster/roster.js';
import { parseDates, parseRoomNames, parseSessions, parseThroughput } from '../core/settings.js';
import { compareScenarios, type Layout, type Scenario, scenarioSettings } from '../core/whatif/whatif.js';
import { whatifJson } from '../core/whatif/whatif-json.js';
import { readRoster } from '../read/read-roster.js';
import { type BuildRequest, baseSettings, readLimits } from './build.js';

/** What `whatif` reports back to the CLI. */
export interface WhatifResult {
  scenarios: Scenario[];
  layouts: Layout[];
  json?: string;
  warnings: Problem[];
}

/**
 * Reads the roster once and schedules every combination of the given rates, session layouts, dates and room sets.
 * Values are separated by `;` (rates also by `,`, since a rate has no comma).
 */
export async function whatif(request: BuildRequest, cwd: string): Promise<WhatifResult> {
  const throughputs = split(request.throughput, /[;,；，]/);
  const sessions = split(request.sessions, /[;；]/);
  const shared = baseSettings({ ...request, throughput: throughputs[0]!, sessions: sessions[0]!, rooms: undefined });
  const settings = scenarioSettings(shared, {
    throughputs: throughputs.map(parseThroughput),
    sessions: sessions.map((s) => parseSessions(s)),
    dates: split(request.date, /[;；]/).map((d) => parseDates(d)),
    rooms:
      typeof request.rooms === 'string' ? split(request.rooms, /[;；]/).map((r) => parseRoomNames(r)) : [undefined],
  });
  const workbook = await readRoster(resolve(cwd, request.roster), request.roster, readLimits(request));
  const roster = parseRoster(workbook, request.sheet === undefined ? {} : { sheet: request.sheet });
  const comparison = compareScenarios(roster, settings);
  return {
    ...comparison,
    warnings: roster.warnings,
    ...(request.json ? { json: `${JSON.stringify(whatifJson(comparison), null, 2)}\n` } : {}),
  };
}

function split(text: string, separator: RegExp): string[] {
  const parts = text
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 0 ? parts : [text];
}
