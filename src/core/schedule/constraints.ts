import { pushAll } from '../arrays.js';
import { CapturePlanError, type Problem, problem } from '../errors.js';
import { normalizeForMatch } from '../roster/columns.js';
import { counselorKey, counselorLabel } from '../roster/identity.js';
import type { ClassEntry, Roster } from '../roster/model.js';
import type { Settings } from '../settings.js';
import type { Slot } from './slot.js';
import { intersect, parseWindow, type Window } from './windows.js';

/** Where each class may be photographed: undefined means anywhere in the sessions. */
export type AllowedWindows = (c: ClassEntry) => Window[] | undefined;

/** The resolved constraints: allowed windows per class, and which classes have a pin of their own. */
export interface Constraints {
  allowed: AllowedWindows;
  pinned: ReadonlySet<ClassEntry>;
}

/**
 * Turns the config's counselor and college availability and class pins into allowed windows per class (a class of a
 * counselor and college both given may run when both can be there), checking every name and window against the
 * roster, the dates and the sessions. All problems are reported at once.
 */
export function resolveConstraints(
  settings: Settings,
  roster: Roster,
  slots: readonly Slot[],
): Constraints | undefined {
  const spec = settings.constraints;
  const given = [spec?.counselors, spec?.colleges, spec?.classes].some((c) => c && Object.keys(c).length > 0);
  if (!spec || !given) return undefined;
  const problems: Problem[] = [];
  const collect = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof CapturePlanError)) throw error;
      pushAll(problems, error.problems);
      return undefined;
    }
  };
  const sessions: Window[] = slots.map((s) => ({ start: s.start, end: s.end }));
  const classByKey = new Map(roster.classes.map((c) => [normalizeForMatch(c.name), c]));
  const windowsOf = (available: readonly string[], name: string, never: 'neverAvailable' | 'collegeNeverAvailable') => {
    const windows = available.flatMap((w) => collect(() => parseWindow(w, settings.dates, name)) ?? []);
    if (windows.length > 0 && intersect(windows, sessions).length === 0)
      problems.push(problem(never, { name, windows: available.join(', ') }));
    return windows;
  };

  const byCounselor = new Map<string, Window[]>();
  const counselorKeys = counselorsByName(roster.classes);
  for (const [name, { available }] of Object.entries(spec.counselors ?? {})) {
    const named = counselorKeys.get(name);
    if (!named) problems.push(problem('unknownCounselor', { name }));
    else if (named.length > 1)
      problems.push(problem('ambiguousCounselor', { name, colleges: named.map((n) => n.college ?? '') }));
    else byCounselor.set(named[0]!.key, windowsOf(available, name, 'neverAvailable'));
  }
  const byCollege = new Map<string, Window[]>();
  const colleges = new Set(roster.classes.map((c) => c.college));
  for (const [name, { available }] of Object.entries(spec.colleges ?? {})) {
    if (!colleges.has(name)) problems.push(problem('unknownCollege', { name }));
    else byCollege.set(name, windowsOf(available, name, 'collegeNeverAvailable'));
  }
  const counselorWindows = (c: ClassEntry): Window[] | undefined => {
    const own = byCounselor.get(counselorKey(c));
    const college = c.college === undefined ? undefined : byCollege.get(c.college);
    return own && college ? intersect(own, college) : (own ?? college);
  };
  const byClass = new Map<ClassEntry, Window[]>();
  for (const [name, { pinned }] of Object.entries(spec.classes ?? {})) {
    const entry = classByKey.get(normalizeForMatch(name));
    if (!entry) {
      problems.push(problem('unknownClass', { name }));
      continue;
    }
    const windows = (Array.isArray(pinned) ? pinned : [pinned]).flatMap(
      (w) => collect(() => parseWindow(w, settings.dates, name)) ?? [],
    );
    const theirs = counselorWindows(entry);
    const allowed = theirs ? intersect(windows, theirs) : windows;
    if (intersect(allowed, sessions).length === 0)
      problems.push(
        problem(
          'pinImpossible',
          { name, counselor: counselorLabel(entry) },
          { file: entry.source.file, row: entry.source.row },
        ),
      );
    byClass.set(entry, allowed);
  }
  if (problems.length > 0) throw new CapturePlanError(problems);
  const byGroup = new Map<string, Window[] | undefined>();
  const allowed: AllowedWindows = (c) => {
    const pin = byClass.get(c);
    if (pin) return pin;
    const key = counselorKey(c);
    if (!byGroup.has(key)) byGroup.set(key, counselorWindows(c));
    return byGroup.get(key);
  };
  return { allowed, pinned: new Set(byClass.keys()) };
}

/**
 * The counselors the config may name: "王芳" (every 王芳 of the roster, one per college) and "经管学院/王芳" (one),
 * each to its counselor keys.
 */
function counselorsByName(classes: readonly ClassEntry[]): Map<string, { key: string; college?: string }[]> {
  const byName = new Map<string, { key: string; college?: string }[]>();
  for (const c of classes) {
    const key = counselorKey(c);
    const names = c.college === undefined ? [c.counselor] : [c.counselor, `${c.college}/${c.counselor}`];
    for (const name of names) {
      const named = byName.get(name) ?? [];
      if (!named.some((n) => n.key === key))
        named.push(c.college === undefined ? { key } : { key, college: c.college });
      byName.set(name, named);
    }
  }
  return byName;
}
