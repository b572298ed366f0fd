import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CapturePlanError, fail, type Problem, problem } from '../core/errors.js';
import { type NoticeTable, noticeTable } from '../core/notice/notice-table.js';
import { overflowWarning } from '../core/notice/overflow-advice.js';
import type { BuildRequest } from '../core/options/request.js';
import type { Roster } from '../core/roster/model.js';
import { planFees } from '../core/schedule/fees.js';
import { type PlanFix, planFix } from '../core/schedule/fix.js';
import type { Plan } from '../core/schedule/plan.js';
import { planJson } from '../core/schedule/plan-json.js';
import { schedule } from '../core/schedule/schedule.js';
import type { Settings } from '../core/settings.js';
import type { StaleOutput } from '../core/stale.js';
import { dateToLocalSeconds } from '../core/time.js';
import { decodeSideFile } from '../read/decode.js';
import { type OutputFile, writeOutputsAtomically } from '../write/atomic.js';
import type { NoticeTemplate } from '../write/markdown.js';
import { counselorCalendars } from './calendars.js';
import { staleOutputs } from './check.js';
import { existingNames, type InputFile, outputKey, type PlannedOutput, planOutputs, refuseInputs } from './outputs.js';
import type { PhaseListener } from './phase.js';
import { render } from './render.js';
import { loadRoster } from './roster.js';
import { collegeOutputs } from './split.js';

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

/** Where and how a build runs, besides what it is asked. */
export interface BuildRun {
  cwd: string;
  /** Told as each stage ends. */
  phase?: PhaseListener;
  /** SOURCE_DATE_EPOCH from the environment, when set. */
  sourceDateEpoch?: string | undefined;
  /** The classes to plan, instead of the roster file's (audit's re-timed timetable). */
  roster?: Roster;
  /** Told once every output is in memory, just before the first file or folder is made. */
  writing?: () => void;
}

/** roster file → roster → plan → notice table → every output in memory → all written at once. */
export async function build(request: BuildRequest, run: BuildRun): Promise<BuildResult> {
  const prepared = await prepare(request, run);
  const plan = schedule(prepared.roster, request.settings);
  prepared.phase('schedule', plan.classes.length);
  const fix = plan.summary.fits ? undefined : planFix(prepared.roster, request.settings);
  if (!plan.summary.fits) prepared.phase('fit');
  return publish(request, run, prepared, { plan, ...(fix ? { fix } : {}) });
}

/** What a run has read before it plans: the outputs it will write, the template, the roster. */
export interface Prepared {
  outputs: PlannedOutput[];
  template?: NoticeTemplate;
  roster: Roster;
  phase: PhaseListener;
}

/** The outputs resolved (nothing written yet), the template and the roster read. */
export async function prepare(request: BuildRequest, run: BuildRun): Promise<Prepared> {
  const { cwd, phase = () => {} } = run;
  const shown = request.presentation;
  const outputs = planOutputs(request.outputs, request.roster.file, cwd);
  const template =
    shown.template === undefined ? undefined : await readTemplate(resolve(cwd, shown.template), shown.template);
  const roster = run.roster ?? (await loadRoster(request.roster, cwd, phase));
  return { outputs, ...(template ? { template } : {}), roster, phase };
}

/** A plan to publish, and what another command adds to build's outputs. */
export interface Publication {
  plan: Plan;
  fix?: PlanFix;
  /** Changes the notice table before anything renders it. */
  notice?: (notice: NoticeTable) => NoticeTable;
  /** Adds to the JSON plan before it is serialized. */
  json?: (json: object) => object;
  /** The calendars' SEQUENCE, higher than the events they update. */
  sequence?: number;
  /** More files written with the outputs, in the same atomic step. */
  files?: OutputFile[];
}

/** The plan's outputs rendered in memory, then all written at once (or, with --check, compared). */
export async function publish(
  request: BuildRequest,
  run: BuildRun,
  prepared: Prepared,
  publication: Publication,
): Promise<BuildResult> {
  const { cwd } = run;
  const { presentation: shown } = request;
  const { outputs, template, roster, phase } = prepared;
  const { plan, fix } = publication;
  const noticeOptions = {
    lang: shown.lang,
    round: shown.round,
    gather: shown.gather,
    ...(shown.location ? { location: shown.location } : {}),
    ...(shown.title ? { title: shown.title } : {}),
    ...(shown.fee ? { fee: shown.fee } : {}),
    ...(fix ? { fix } : {}),
  };
  let built: NoticeTable | undefined;
  const notice = () => {
    if (!built) {
      const table = noticeTable(plan, noticeOptions);
      built = publication.notice ? publication.notice(table) : table;
      phase('notice table', plan.classes.length);
    }
    return built;
  };
  let serialized: string | undefined;
  const json = () => {
    if (serialized === undefined) {
      const fees = shown.fee ? planFees(plan, shown.fee) : undefined;
      const object = planJson(plan, fix, fees);
      serialized = `${JSON.stringify(publication.json ? publication.json(object) : object, null, 2)}\n`;
      phase('json');
    }
    return serialized;
  };
  const made = {
    notice,
    json,
    stamp: stampOf(request.settings, run.sourceDateEpoch),
    ...(template ? { template } : {}),
    ...(publication.sequence === undefined ? {} : { sequence: publication.sequence }),
  };
  const files: OutputFile[] = [];
  for (const output of outputs) {
    files.push(await render(output, made));
    phase(`write ${output.format}`);
  }
  if (shown.split === 'college')
    for (const file of await collegeOutputs(outputs, plan, noticeOptions, made)) files.push(file);
  if (shown.icsPerCounselor !== undefined)
    for (const file of await counselorCalendars(shown.icsPerCounselor, cwd, request.roster.file, made))
      files.push(file);
  for (const file of publication.files ?? []) files.push(file);
  refuseClashes(files);
  refuseInputs(files, inputsOf(request, cwd));
  const warning = plan.summary.fits ? undefined : (built?.warning ?? overflowWarning(plan, noticeOptions));
  const base = {
    ...(shown.json ? { json: json() } : { notice: notice() }),
    ...(warning ? { warning } : {}),
    warnings: roster.warnings,
  };
  if (shown.check) {
    const stale = await staleOutputs(files);
    return { ...base, exitCode: stale.length > 0 ? 1 : 0, written: [], stale };
  }
  run.writing?.();
  const folder = shown.icsPerCounselor;
  const { removedLeftovers } = await writeOutputsAtomically(
    files,
    folder === undefined ? [] : [{ path: resolve(cwd, folder), shownAs: folder }],
  );
  phase('save');
  return {
    ...base,
    warnings: [...roster.warnings, ...leftoversWarning(removedLeftovers)],
    exitCode: shown.strict && !plan.summary.fits ? 1 : 0,
    written: files.map((f) => f.shownAs),
  };
}

/** The files this run reads, which no output may be: the roster, the template and the config file. */
function inputsOf(request: BuildRequest, cwd: string): InputFile[] {
  const { template } = request.presentation;
  return [
    { path: resolve(cwd, request.roster.file), kind: 'roster' },
    ...(template === undefined ? [] : [{ path: resolve(cwd, template), kind: 'template' as const }]),
    ...(request.config === undefined ? [] : [{ path: resolve(cwd, request.config), kind: 'config' as const }]),
  ];
}

/** Leftover files of a killed run, removed: named (the first few) on stderr. */
function leftoversWarning(removed: readonly string[]): Problem[] {
  if (removed.length === 0) return [];
  const names = removed.slice(0, LEFTOVERS_NAMED).join(', ') + (removed.length > LEFTOVERS_NAMED ? ', …' : '');
  return [problem('leftoversRemoved', { count: removed.length, names })];
}

const LEFTOVERS_NAMED = 3;

/** Two outputs that would be the same file (a college's notice named like another output, a calendar like a file). */
function refuseClashes(files: readonly OutputFile[]): void {
  const seen = new Set<string>();
  const mayExist = existingNames();
  const folders = new Map<string, string>();
  for (const file of files) {
    const key = outputKey(file.path, mayExist, folders);
    if (seen.has(key)) fail('duplicateOutput', { file: file.shownAs });
    seen.add(key);
  }
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
    return { text: decodeSideFile(await readFile(path), shownAs).text, file: shownAs };
  } catch (error) {
    if (error instanceof CapturePlanError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail('fileMissing', {}, { file: shownAs });
    return fail('templateUnreadable', { reason: code ?? String(error) }, { file: shownAs });
  }
}
