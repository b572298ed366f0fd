import { CapturePlanError, type Problem, problem } from '../errors.js';
import { normalizeForMatch } from '../roster/columns.js';
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
 * Turns the config's counselor availability and class pins into allowed windows per class, checking every name and
 * window against the roster, the dates and the sessions. All problems are reported at once.
 */
export function resolveConstraints(
  settings: Settings,
  roster: Roster,
  slots: readonly Slot[],
): Constraints | undefined {
  const spec = settings.constraints;
  if (!spec || (Object.keys(spec.counselors ?? {}).length === 0 && Object.keys(spec.classes ?? {}).length === 0))
    return undefined;
  const problems: Problem[] = [];
  const collect = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof CapturePlanError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const sessions: Window[] = slots.map((s) => ({ start: s.start, end: s.end }));
  const counselorNames = new Set(roster.classes.map((c) => c.counselor));
  const classByKey = new Map(roster.classes.map((c) => [normalizeForMatch(c.name), c]));

  const byCounselor = new Map<string, Window[]>();
  for (const [name, { available }] of Object.entries(spec.counselors ?? {})) {
    if (!counselorNames.has(name)) {
      problems.push(problem('unknownCounselor', { name }));
      continue;
    }
    const windows = available.flatMap((w) => collect(() => parseWindow(w, settings.dates, name)) ?? []);
    if (windows.length > 0 && intersect(windows, sessions).length === 0)
      problems.push(problem('neverAvailable', { name, windows: available.join(', ') }));
    byCounselor.set(name, windows);
  }
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
    const allowed = byCounselor.has(entry.counselor) ? intersect(windows, byCounselor.get(entry.counselor)!) : windows;
    if (intersect(allowed, sessions).length === 0)
      problems.push(
        problem(
          'pinImpossible',
          { name, counselor: entry.counselor },
          { file: entry.source.file, row: entry.source.row },
        ),
      );
    byClass.set(entry, allowed);
  }
  if (problems.length > 0) throw new CapturePlanError(problems);
  return { allowed: (c) => byClass.get(c) ?? byCounselor.get(c.counselor), pinned: new Set(byClass.keys()) };
}
