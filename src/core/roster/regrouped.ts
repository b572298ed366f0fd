import { type Problem, problem, type Where } from '../errors.js';
import { groupedByCounselor } from './grouping.js';
import { counselorKey, sameCounselor } from './identity.js';
import type { ClassEntry } from './model.js';

/** At most this many moved runs are named one by one; the rest are counted in one line. */
const RUNS_NAMED = 10;

type Rows = { first: number; last: number };

/** A run of rows the scheduler moves up: to its counselor's first rows, or to its college's. */
interface Move {
  to: 'counselor' | 'college';
  /** Positions in the roster. */
  members: number[];
}

/** Rows as people read them: "12", "12–14". */
function rowSpan(rows: Rows): string {
  return rows.first === rows.last ? String(rows.first) : `${rows.first}–${rows.last}`;
}

/** Each key's first run of consecutive rows. */
function firstRuns(classes: readonly ClassEntry[], keyOf: (c: ClassEntry) => string | undefined): Map<string, Rows> {
  const runs = new Map<string, Rows>();
  const closed = new Set<string>();
  let previous: string | undefined;
  for (const c of classes) {
    const key = keyOf(c);
    if (previous !== undefined && previous !== key) closed.add(previous);
    previous = key;
    if (key === undefined) continue;
    const run = runs.get(key);
    if (!run) runs.set(key, { first: c.source.row, last: c.source.row });
    else if (!closed.has(key)) run.last = c.source.row;
  }
  return runs;
}

/** Where each class ends up in the order the scheduler photographs them (see groupedByCounselor). */
function scheduledPositions(classes: readonly ClassEntry[]): number[] {
  const index = new Map(classes.map((c, i) => [c, i] as const));
  const position = new Array<number>(classes.length);
  let next = 0;
  for (const group of groupedByCounselor(classes)) for (const c of group) position[index.get(c)!] = next++;
  return position;
}

/**
 * What the scheduler joins without being asked: a counselor's classes always run one after another, and so do a
 * college's, so rows that come after other rows move up to their counselor's first rows (or, for a counselor not seen
 * before, to their college's). One warning per moved run (rows, classes, whom it joins and the rows it joins), in
 * file order; past {@link RUNS_NAMED}, one line counts the rest.
 */
export function regroupedWarnings(classes: readonly ClassEntry[], where: Where): Problem[] {
  if (isGrouped(classes)) return [];
  const position = scheduledPositions(classes);
  const byPosition = new Array<number>(classes.length);
  position.forEach((p, i) => {
    byPosition[p] = i;
  });
  const moves: Move[] = [];
  // the furthest position of the rows above: a row after it in the plan was not moved up, others moved past it
  let furthest = position[0] ?? 0;
  for (let i = 1; i < classes.length; i++) {
    const p = position[i]!;
    const movedUp = furthest > p;
    furthest = Math.max(furthest, p);
    if (p === 0) continue;
    const c = classes[i]!;
    const before = classes[byPosition[p - 1]!]!;
    const sameGroup = sameCounselor(before, c) || (c.college !== undefined && before.college === c.college);
    if (!sameGroup) continue;
    const last = moves.at(-1);
    if (position[i - 1] === p - 1) {
      // photographed right after its row above, as in the file: moved only with a run that moved
      if (last?.members.at(-1) !== i - 1) continue;
      if (last.to === 'college' || sameCounselor(classes[i - 1]!, c)) last.members.push(i);
      else moves.push({ to: 'college', members: [i] });
      continue;
    }
    // a counselor's rows that are apart are always named; a counselor joining the college only when it moves up
    if (sameCounselor(before, c)) moves.push({ to: 'counselor', members: [i] });
    else if (movedUp) moves.push({ to: 'college', members: [i] });
  }
  const byCounselor = firstRuns(classes, counselorKey);
  const byCollege = firstRuns(classes, (c) => c.college);
  const warnings: Problem[] = moves.slice(0, RUNS_NAMED).map((m) => {
    const members = m.members.map((i) => classes[i]!);
    const first = members[0]!;
    const rows = rowSpan({ first: first.source.row, last: members.at(-1)!.source.row });
    const names = members.map((c) => c.name);
    return m.to === 'college'
      ? problem(
          'collegeRowsJoined',
          { rows, classes: names, college: first.college!, joins: rowSpan(byCollege.get(first.college!)!) },
          where,
        )
      : problem(
          'rowsJoined',
          {
            rows,
            classes: names,
            counselor: first.counselor,
            college: first.college ?? '',
            joins: rowSpan(byCounselor.get(counselorKey(first))!),
          },
          where,
        );
  });
  if (moves.length > RUNS_NAMED) warnings.push(problem('moreRowsJoined', { count: moves.length - RUNS_NAMED }, where));
  return warnings;
}

/** True when every counselor's and every college's rows are already together: nothing moves (the usual roster). */
function isGrouped(classes: readonly ClassEntry[]): boolean {
  const counselors = new Set<string>();
  const colleges = new Set<string | undefined>();
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i]!;
    const previous = classes[i - 1];
    if (previous && sameCounselor(previous, c)) continue;
    const key = counselorKey(c);
    if (counselors.has(key)) return false;
    counselors.add(key);
    if (previous && previous.college === c.college) continue;
    if (colleges.has(c.college)) return false;
    colleges.add(c.college);
  }
  return true;
}
