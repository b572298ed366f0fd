import type { IsoDate, LocalSeconds } from '../time.js';
import type { Plan } from './plan.js';

/** A college's classes in one room on one day: its teacher is there from `start` to `end`. */
export interface CollegeRun {
  room: number;
  date: IsoDate;
  start: LocalSeconds;
  end: LocalSeconds;
  /** Indexes of the first and last class in {@link Plan.classes}. */
  first: number;
  last: number;
  classes: number;
  people: number;
}

/** A college of the plan: its figures and where and when it is photographed. */
export interface CollegeSummary {
  name: string;
  classes: number;
  people: number;
  counselors: number;
  runs: CollegeRun[];
}

/** True when the roster had colleges (a college column, or one sheet per college). */
export function hasColleges(plan: Pick<Plan, 'classes'>): boolean {
  return plan.classes.some((c) => c.college !== undefined);
}

/**
 * Every college in order of its first class, each with its runs: consecutive classes of the college in one room and
 * on one date (a college's classes are contiguous per room and day, so a college photographed over two days has two
 * runs). Empty without colleges.
 */
export function collegeSummaries(plan: Plan): CollegeSummary[] {
  const byName = new Map<string, CollegeSummary>();
  const counselors = new Map<string, Set<string>>();
  let run: CollegeRun | undefined;
  plan.classes.forEach((c, i) => {
    if (c.college === undefined) return;
    const date = plan.slots[c.slot]!.date;
    let college = byName.get(c.college);
    if (!college) {
      college = { name: c.college, classes: 0, people: 0, counselors: 0, runs: [] };
      byName.set(c.college, college);
      counselors.set(c.college, new Set());
    }
    college.classes++;
    college.people += c.headcount;
    counselors.get(c.college)!.add(c.counselor);
    const previous = plan.classes[i - 1];
    const continues =
      run !== undefined &&
      previous?.college === c.college &&
      previous.room === c.room &&
      plan.slots[previous.slot]!.date === date;
    if (continues) {
      run!.end = c.end;
      run!.last = i;
      run!.classes++;
      run!.people += c.headcount;
    } else {
      run = { room: c.room, date, start: c.start, end: c.end, first: i, last: i, classes: 1, people: c.headcount };
      college.runs.push(run);
    }
  });
  for (const college of byName.values()) college.counselors = counselors.get(college.name)!.size;
  return [...byName.values()];
}
