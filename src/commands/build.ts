import { resolve } from 'node:path';
import { smallestFittingRate } from '../core/fit.js';
import { noticeTable } from '../core/notice-table.js';
import { planJson } from '../core/plan-json.js';
import { parseRoster } from '../core/roster.js';
import { schedule } from '../core/schedule.js';
import { parseDates, parseSessions, parseThroughput, type Settings } from '../core/settings.js';
import { dateToLocalSeconds } from '../core/time.js';
import { fail, type Problem } from '../errors.js';
import type { Lang } from '../i18n/labels.js';
import { readRoster } from '../read/read-roster.js';
import { writeOutputsAtomically, type OutputFile } from '../write/atomic.js';
import { renderMarkdown } from '../write/markdown.js';
import { planOutputs, type PlannedOutput } from './outputs.js';

/** What `build` is asked to do, as parsed from the command line. */
export interface BuildRequest {
  roster: string;
  throughput: string;
  sessions: string;
  date: string;
  location?: string;
  out?: string[];
  sheet?: string;
  round: number;
  strict: boolean;
  json: boolean;
  lang: Lang;
}

/** What `build` reports back to the CLI, which prints it. */
export interface BuildResult {
  exitCode: number;
  json?: string;
  notice: ReturnType<typeof noticeTable>;
  warnings: Problem[];
  written: string[];
}

/** roster file → roster → plan → notice table → every output in memory → all written at once. */
export async function build(request: BuildRequest, cwd: string): Promise<BuildResult> {
  const settings = buildSettings(request);
  const outputs = planOutputs(request, cwd);
  const workbook = await readRoster(resolve(cwd, request.roster), request.roster);
  const roster = parseRoster(workbook, request.sheet === undefined ? {} : { sheet: request.sheet });
  const plan = schedule(roster, settings);
  const fix = plan.summary.fits ? undefined : smallestFittingRate(roster, settings);
  const notice = noticeTable(plan, { lang: request.lang, round: request.round, location: request.location, ...(fix ? { fix } : {}) });
  const json = `${JSON.stringify(planJson(plan, fix), null, 2)}\n`;
  const files = await Promise.all(outputs.map((o) => render(o, { notice, json, stamp: stampOf(settings) })));
  await writeOutputsAtomically(files);
  return {
    exitCode: request.strict && !plan.summary.fits ? 1 : 0,
    ...(request.json ? { json } : {}),
    notice,
    warnings: roster.warnings,
    written: outputs.map((o) => o.shownAs),
  };
}

function buildSettings(request: BuildRequest): Settings {
  if (!Number.isInteger(request.round) || request.round < 1 || request.round > 60) fail('badRound', { value: String(request.round) });
  return {
    throughput: parseThroughput(request.throughput),
    sessions: parseSessions(request.sessions),
    dates: parseDates(request.date),
  };
}

/** The workbook's timestamp: the plan's first date, so the same plan gives the same file. */
function stampOf(settings: Settings): Date {
  return new Date(dateToLocalSeconds(settings.dates[0]!)! * 1000);
}

async function render(output: PlannedOutput, made: { notice: ReturnType<typeof noticeTable>; json: string; stamp: Date }): Promise<OutputFile> {
  const target = { path: output.path, shownAs: output.shownAs };
  switch (output.format) {
    case 'md':
      return { ...target, contents: renderMarkdown(made.notice) };
    case 'json':
      return { ...target, contents: made.json };
    case 'xlsx': {
      const { renderXlsx } = await import('../write/xlsx.js');
      return { ...target, contents: await renderXlsx(made.notice, made.stamp) };
    }
  }
}
