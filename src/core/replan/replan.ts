import { pushAll } from '../arrays.js';
import { fail, type Problem, problem } from '../errors.js';
import { counselorKey, sameCounselor } from '../roster/identity.js';
import type { ClassEntry, Roster } from '../roster/model.js';
import type { Placed } from '../schedule/placement.js';
import type { Block, Plan } from '../schedule/plan.js';
import { type RoomResume, scheduleFrom } from '../schedule/resume.js';
import type { Settings } from '../settings.js';
import type { Throughput } from '../throughput.js';
import type { LocalSeconds } from '../time.js';
import { checkNow, classIndex, doneClasses, type Measured, measuredRate, nowOf, type Progress } from './progress.js';

/** The day re-planned from its progress, with what it was planned from. */
export interface Replanned {
  /** The plan as `build` made it. */
  before: Plan;
  /** The plan from now on: the done classes at their planned times, the rest from `now`, the absent ones last. */
  plan: Plan;
  /** Per class of `plan`: photographed already (kept as planned). */
  done: boolean[];
  /** Per class of `plan`: not there on time, moved after every other class. */
  absent: boolean[];
  now: LocalSeconds;
  /** The rate measured so far, when a class was done on the day of `now`. */
  measured?: Measured;
  /** The rate the rest is planned at (each room's, with several). */
  rate: Throughput;
  /** The settings the rest is planned with, and when each room resumes (for the fix of a day that does not fit). */
  settings: Settings;
  resume: RoomResume[];
  warnings: Problem[];
}

/**
 * Re-plans the day: the classes up to `--done` keep their times, the `--absent` ones go after every other class (still
 * with their counselor), the rest run from `now` at the measured rate (or the planned one, or one given), every usual
 * rule kept. Refuses a time outside the plan, an unknown class, a class both done and absent.
 */
export function replan(
  roster: Roster,
  before: Plan,
  progress: Progress,
  clockOf: (t: LocalSeconds) => string,
): Replanned {
  const now = nowOf(progress.now, before.settings.dates[0]!);
  checkNow(now, progress.now, before, clockOf);
  const doneIndex = progress.done === undefined ? undefined : classIndex(before, progress.done, '--done');
  const done = doneClasses(before, doneIndex);
  const absentNames = new Set<string>();
  for (const name of progress.absent) {
    const i = classIndex(before, name, '--absent');
    if (done[i]) fail('replanDoneAndAbsent', { name: before.classes[i]!.name });
    absentNames.add(before.classes[i]!.name);
  }
  const measured = measuredRate(before, done, now);
  const warnings: Problem[] = [];
  if (progress.rate === 'measured' && !measured) warnings.push(problem('replanNothingMeasured', {}));
  const chosen =
    progress.rate === 'measured' ? measured?.rate : progress.rate === 'planned' ? undefined : progress.rate;
  const settings = chosen ? withRate(before.settings, chosen) : before.settings;
  const entries = new Map(roster.classes.map((c) => [c.name, c]));
  const changeover = settings.changeover ?? 0;
  const resume = before.rooms.map((_, room): RoomResume => {
    const mine = before.classes.flatMap((c, i) => (c.room === room ? [{ c, i }] : []));
    const kept: Placed[] = mine
      .filter(({ i }) => done[i])
      .map(({ c }) => ({ entry: entries.get(c.name)!, start: c.start, end: c.end, slot: c.slot }));
    const rest = mine.filter(({ i }) => !done[i]).map(({ c }) => entries.get(c.name)!);
    const groups = counselorRuns(rest.filter((c) => !absentNames.has(c.name)));
    const last = counselorRuns(rest.filter((c) => absentNames.has(c.name)));
    const previous = kept[kept.length - 1];
    const next = groups[0]?.[0] ?? last[0]?.[0];
    const switching = previous && next && !sameCounselor(previous.entry, next) ? changeover : 0;
    return { kept, groups, last, from: Math.max(now, previous ? previous.end + switching : now) };
  });
  const plan = oneBlockEach(scheduleFrom(roster, settings, resume));
  const doneNames = new Set(before.classes.filter((_, i) => done[i]).map((c) => c.name));
  return {
    before,
    plan,
    done: plan.classes.map((c) => doneNames.has(c.name)),
    absent: plan.classes.map((c) => absentNames.has(c.name)),
    now,
    ...(measured ? { measured } : {}),
    rate: settings.rooms?.[0]?.throughput ?? settings.throughput,
    settings,
    resume,
    warnings,
  };
}

/**
 * The plan with one block per counselor, as build's: an absent class placed last is a segment of its counselor's
 * block (so the counselor has one row in the staff table, and its calendar events are numbered on).
 */
function oneBlockEach(plan: Plan): Plan {
  const first = new Map<string, Block>();
  const blocks = plan.blocks.filter((block) => {
    const key = `${block.room}\u0000${counselorKey(block)}`;
    const kept = first.get(key);
    if (!kept) first.set(key, block);
    else pushAll(kept.segments, block.segments);
    return !kept;
  });
  return { ...plan, blocks };
}

/** The settings with every room at one rate. */
function withRate(settings: Settings, rate: Throughput): Settings {
  return {
    ...settings,
    throughput: rate,
    ...(settings.rooms ? { rooms: settings.rooms.map((r) => ({ ...r, throughput: rate })) } : {}),
  };
}

/** Classes in order, cut into runs of one counselor each. */
function counselorRuns(classes: readonly ClassEntry[]): ClassEntry[][] {
  const runs: ClassEntry[][] = [];
  for (const c of classes) {
    const run = runs[runs.length - 1];
    if (run && sameCounselor(run[0]!, c)) run.push(c);
    else runs.push([c]);
  }
  return runs;
}
