import { type Problem, problem } from '../errors.js';
import type { ClassEntry } from './roster.js';

/** At most this many moved runs are named one by one; the rest are counted in one line. */
const RUNS_NAMED = 10;

/** Rows as people read them: "12", "12–14". */
function rowSpan(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * What the scheduler will join without being asked: a counselor's classes always run one after another, so a run of
 * rows that comes after another counselor's rows moves up to the counselor's first rows. One warning per moved run
 * (rows, classes, the counselor and the rows it joins), in file order; past {@link RUNS_NAMED}, one line counts the rest.
 */
export function regroupedWarnings(classes: readonly ClassEntry[], file: string): Problem[] {
  const firstRun = new Map<string, { first: number; last: number }>();
  const moved: { counselor: string; classes: ClassEntry[] }[] = [];
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i]!;
    const previous = classes[i - 1];
    const continues = previous !== undefined && previous.counselor === c.counselor;
    const run = firstRun.get(c.counselor);
    if (!run) firstRun.set(c.counselor, { first: c.source.row, last: c.source.row });
    else if (continues && moved.at(-1)?.counselor !== c.counselor) run.last = c.source.row;
    else if (continues) moved.at(-1)!.classes.push(c);
    else moved.push({ counselor: c.counselor, classes: [c] });
  }
  const warnings: Problem[] = moved.slice(0, RUNS_NAMED).map((m) => {
    const run = firstRun.get(m.counselor)!;
    const rows = rowSpan(m.classes[0]!.source.row, m.classes.at(-1)!.source.row);
    return problem(
      'rowsJoined',
      { rows, classes: m.classes.map((c) => c.name), counselor: m.counselor, joins: rowSpan(run.first, run.last) },
      { file },
    );
  });
  if (moved.length > RUNS_NAMED)
    warnings.push(problem('moreRowsJoined', { count: moved.length - RUNS_NAMED }, { file }));
  return warnings;
}
