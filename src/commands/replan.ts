import { resolve } from 'node:path';
import { fail } from '../core/errors.js';
import { instantFormatter } from '../core/format.js';
import { labelsFor } from '../core/i18n/labels-for.js';
import type { ReplanRequest } from '../core/options/request.js';
import { type Delay, delaysOf } from '../core/replan/delays.js';
import { type Replanned, replan } from '../core/replan/replan.js';
import { replanFix } from '../core/replan/replan-fix.js';
import { replanJson } from '../core/replan/replan-json.js';
import { markNotice, replanSentences } from '../core/replan/replan-notice.js';
import { schedule } from '../core/schedule/schedule.js';
import { dateToLocalSeconds } from '../core/time.js';
import type { OutputFile } from '../write/atomic.js';
import { type BuildResult, type BuildRun, prepare, publish } from './build.js';
import { canonical } from './outputs.js';

/** What `replan` reports back: build's result, the re-plan's sentences and whom to tell. */
export interface ReplanResult extends BuildResult {
  /** 实际速度 …, and from when at what rate the rest is planned. */
  sentences: string[];
  delays: Delay[];
}

/**
 * The plan as build makes it → the day re-planned from its progress → build's outputs of the new plan (done and absent
 * classes marked, calendars at a higher SEQUENCE) and the lines to send, all written at once.
 */
export async function replanDay(request: ReplanRequest, run: BuildRun): Promise<ReplanResult> {
  const prepared = await prepare(request, run);
  const before = schedule(prepared.roster, request.settings);
  const shown = request.presentation;
  const labels = labelsFor(shown.lang);
  const replanned = replan(prepared.roster, before, request.progress, instantFormatter(labels, request.settings.dates));
  prepared.phase('schedule', before.classes.length);
  const { plan } = replanned;
  const fix = plan.summary.fits ? undefined : replanFix(prepared.roster, replanned);
  if (!plan.summary.fits) prepared.phase('fit');
  const delays = delaysOf(replanned, labels, shown);
  const { measured, planned } = replanSentences(replanned, labels);
  const sentences = [...(measured ? [measured] : []), planned];
  const lines = delays.length > 0 ? delays.map((d) => d.line) : [labels.replan.nobody];
  const result = await publish(request, run, prepared, {
    plan,
    ...(fix ? { fix } : {}),
    notice: (notice) => markNotice(notice, replanned, labels),
    json: (json) => replanJson(json, replanned, delays),
    sequence: sequenceOf(replanned),
    files: request.tell === undefined ? [] : [tellFile(request, run.cwd, sentences, labels.replan.tellHeading, lines)],
  });
  return { ...result, warnings: [...replanned.warnings, ...result.warnings], sentences, delays };
}

/**
 * The calendars' SEQUENCE: the minutes from the plan's first midnight to `--now`, so a later re-plan of the same days
 * always has a higher one than an earlier re-plan (and than build's, which has none, that is 0).
 */
function sequenceOf(replanned: Replanned): number {
  const first = dateToLocalSeconds(replanned.before.settings.dates[0]!)!;
  return Math.max(1, Math.floor((replanned.now - first) / 60));
}

/** The lines to send as a file: the sentences, the heading, then a line each (in Markdown, a list item each). */
function tellFile(
  request: ReplanRequest,
  cwd: string,
  sentences: readonly string[],
  heading: string,
  lines: readonly string[],
): OutputFile {
  const shownAs = request.tell!;
  const path = resolve(cwd, shownAs);
  if (canonical(path) === canonical(resolve(cwd, request.roster.file))) fail('outputIsInput', { file: shownAs });
  const markdown = /\.(md|markdown)$/i.test(shownAs);
  const text = markdown
    ? [...sentences.flatMap((s) => [s, '']), `## ${heading}`, '', ...lines.map((line) => `- ${line}`)]
    : [...sentences, '', heading, ...lines];
  return { path, shownAs, contents: `${text.join('\n')}\n` };
}
