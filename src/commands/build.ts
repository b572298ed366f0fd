import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fail, type Problem } from '../core/errors.js';
import type { Lang } from '../core/i18n/labels.js';
import { type NoticeTable, noticeTable, overflowWarning } from '../core/notice/notice-table.js';
import { parseRoster } from '../core/roster/roster.js';
import { smallestFittingRate } from '../core/schedule/fit.js';
import { planJson } from '../core/schedule/plan-json.js';
import { schedule } from '../core/schedule/schedule.js';
import {
  type ConstraintSpec,
  parseDates,
  parseRooms,
  parseSessions,
  parseThroughput,
  type RoomSpec,
  type Settings,
} from '../core/settings.js';
import type { StaleOutput } from '../core/stale.js';
import type { Throughput } from '../core/throughput.js';
import { dateToLocalSeconds } from '../core/time.js';
import { type ReadLimits, readRoster } from '../read/read-roster.js';
import { type OutputFile, writeOutputsAtomically } from '../write/atomic.js';
import type { NoticeTemplate } from '../write/markdown.js';
import { counselorCalendars, makeFolder } from './calendars.js';
import { staleOutputs } from './check.js';
import { canonical, planOutputs } from './outputs.js';
import type { PhaseListener } from './phase.js';
import { render } from './render.js';

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
  gather: number;
  template?: string;
  icsPerCounselor?: string;
  strict: boolean;
  json: boolean;
  rooms?: string | readonly (string | { name: string; throughput?: string | undefined })[];
  order: string;
  /** Minutes. */
  changeover: number;
  /** Minutes. */
  reserve: number;
  /** Largest roster file read, in MB. */
  maxInputMb: number;
  constraints?: ConstraintSpec;
  /** Write nothing; report which outputs are stale. */
  check: boolean;
  lang: Lang;
  /** No --date was given: the plan is for today, and the CLI says so. */
  dateIsToday?: boolean;
  /** The command as typed, for the fix that `--check` prints. */
  commandLine: string;
  /** SOURCE_DATE_EPOCH from the environment, when set. */
  sourceDateEpoch?: string;
}

/** What `build` reports back to the CLI, which prints it. */
export interface BuildResult {
  exitCode: number;
  json?: string;
  /** The notice, built when the terminal summary or an output needs it (not for --json alone). */
  notice?: NoticeTable;
  /** What the terminal says loudly when the plan does not fit. */
  warning?: string;
  warnings: Problem[];
  written: string[];
  /** With `--check`: the outputs that are not up to date. */
  stale?: StaleOutput[];
}

/** roster file → roster → plan → notice table → every output in memory → all written at once. */
export async function build(request: BuildRequest, cwd: string, phase: PhaseListener = () => {}): Promise<BuildResult> {
  const settings = buildSettings(request);
  const outputs = planOutputs(request, cwd);
  if (request.template !== undefined && !outputs.some((o) => o.format === 'md')) fail('templateNeedsMarkdown', {});
  const template =
    request.template === undefined ? undefined : await readTemplate(resolve(cwd, request.template), request.template);
  const workbook = await readRoster(resolve(cwd, request.roster), request.roster, readLimits(request));
  phase(
    'read',
    workbook.sheets.reduce((rows, s) => rows + s.rows.length, 0),
  );
  const roster = parseRoster(workbook, request.sheet === undefined ? {} : { sheet: request.sheet });
  phase('parse', roster.classes.length);
  const plan = schedule(roster, settings);
  phase('schedule', plan.classes.length);
  const fix = plan.summary.fits ? undefined : smallestFittingRate(roster, settings);
  if (!plan.summary.fits) phase('fit');
  const noticeOptions = {
    lang: request.lang,
    round: request.round,
    gather: request.gather,
    ...(request.location ? { location: request.location } : {}),
    ...(fix ? { fix } : {}),
  };
  let built: NoticeTable | undefined;
  const notice = () => {
    if (!built) {
      built = noticeTable(plan, noticeOptions);
      phase('notice table', plan.classes.length);
    }
    return built;
  };
  let serialized: string | undefined;
  const json = () => {
    if (serialized === undefined) {
      serialized = `${JSON.stringify(planJson(plan, fix), null, 2)}\n`;
      phase('json');
    }
    return serialized;
  };
  const made = { notice, json, stamp: stampOf(settings, request.sourceDateEpoch), ...(template ? { template } : {}) };
  const files: OutputFile[] = [];
  for (const output of outputs) {
    files.push(await render(output, made));
    phase(`write ${output.format}`);
  }
  if (request.icsPerCounselor !== undefined) {
    const calendars = await counselorCalendars(request.icsPerCounselor, cwd, request.roster, made);
    const named = new Set(outputs.map((o) => canonical(o.path)));
    const clash = calendars.find((c) => named.has(canonical(c.path)));
    if (clash) fail('duplicateOutput', { file: clash.shownAs });
    files.push(...calendars);
  }
  const warning = plan.summary.fits ? undefined : (built?.warning ?? overflowWarning(plan, noticeOptions));
  const base = {
    ...(request.json ? { json: json() } : { notice: notice() }),
    ...(warning ? { warning } : {}),
    warnings: roster.warnings,
  };
  if (request.check) {
    const stale = await staleOutputs(files);
    return { ...base, exitCode: stale.length > 0 ? 1 : 0, written: [], stale };
  }
  if (request.icsPerCounselor !== undefined)
    await makeFolder(resolve(cwd, request.icsPerCounselor), request.icsPerCounselor);
  await writeOutputsAtomically(files);
  phase('save');
  return { ...base, exitCode: request.strict && !plan.summary.fits ? 1 : 0, written: files.map((f) => f.shownAs) };
}

/** The reader's limits from --max-input-mb. */
export function readLimits(request: BuildRequest): ReadLimits {
  if (!Number.isInteger(request.maxInputMb) || request.maxInputMb < 1 || request.maxInputMb > 2048)
    fail('badMaxInput', { value: String(request.maxInputMb) });
  return { maxInputBytes: request.maxInputMb * 1024 * 1024 };
}

function buildSettings(request: BuildRequest): Settings {
  if (!Number.isInteger(request.round) || request.round < 1 || 60 % request.round !== 0)
    fail('badRound', { value: String(request.round) });
  if (!Number.isInteger(request.gather) || request.gather < 0 || request.gather > 120)
    fail('badGather', { value: String(request.gather) });
  return { ...baseSettings(request), dates: parseDates(request.date) };
}

/** Everything but the dates, parsed and checked (what-if varies the dates itself). */
export function baseSettings(request: Omit<BuildRequest, 'date'>): Omit<Settings, 'dates'> {
  if (request.order !== 'input' && request.order !== 'optimize') fail('badOrder', { value: request.order });
  for (const [option, value] of [
    ['--changeover', request.changeover],
    ['--reserve', request.reserve],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 600) fail('badMinutes', { option, value: String(value) });
  }
  const throughput = parseThroughput(request.throughput);
  const settings: Omit<Settings, 'dates'> = {
    throughput,
    sessions: parseSessions(request.sessions),
    order: request.order,
    changeover: request.changeover * 60,
    reserve: request.reserve * 60,
  };
  if (request.rooms !== undefined) settings.rooms = roomsFrom(request.rooms, throughput);
  if (request.constraints) settings.constraints = request.constraints;
  return settings;
}

function roomsFrom(rooms: NonNullable<BuildRequest['rooms']>, throughput: Throughput): RoomSpec[] {
  if (typeof rooms === 'string') return parseRooms(rooms, throughput);
  const named = parseRooms(
    rooms.map((r) => (typeof r === 'string' ? r : r.name)),
    throughput,
  );
  return named.map((room, i) => {
    const own = rooms[i];
    return typeof own === 'object' && own.throughput !== undefined
      ? { ...room, throughput: parseThroughput(own.throughput) }
      : room;
  });
}

/**
 * The time stamped into outputs (XLSX properties and zip entries, calendar DTSTAMP): SOURCE_DATE_EPOCH when set, else
 * the plan's first date. Never "now", so the same plan gives the same bytes.
 */
function stampOf(settings: Settings, sourceDateEpoch: string | undefined): Date {
  return sourceDateEpoch && /^\d+$/.test(sourceDateEpoch)
    ? new Date(Number(sourceDateEpoch) * 1000)
    : new Date(dateToLocalSeconds(settings.dates[0]!)! * 1000);
}

async function readTemplate(path: string, shownAs: string): Promise<NoticeTemplate> {
  try {
    return { text: (await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), file: shownAs };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail('fileMissing', {}, { file: shownAs });
    return fail('templateUnreadable', { reason: code ?? String(error) }, { file: shownAs });
  }
}
