// Random rosters with colleges (学院) and settings for the properties of schedule-colleges.property.test.ts.
import fc from 'fast-check';
import type { Plan } from '../../src/core/schedule/plan.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import type { Settings } from '../../src/core/settings.js';
import { clock, DAY, dateToLocalSeconds, type IsoDate } from '../../src/core/time.js';
import { collegeRosterOf } from '../helpers.js';
import { type CaseOptions, maxHeadcount, settingsArb } from './schedule-rooms-cases.js';

const COLLEGES = ['文学院', '理学院', '工学院', '医学院', '法学院'];
/** Five names for up to four counselors a college: with two colleges or more, a name is almost always shared. */
const NAMES = ['王芳', '李强', '张伟', '刘洋', '陈静'];

/** A roster row: class, headcount, counselor, college. */
export type CollegeRow = readonly [string, number, string, string];

/**
 * How the rows lie in the file: grouped by college then counselor, one row moved elsewhere, rows shuffled within each
 * college (colleges adjacent, counselors apart), counselors' runs of rows shuffled (counselors adjacent, colleges
 * apart), or every row shuffled.
 */
export type Arrangement = 'grouped' | 'oneMoved' | 'withinColleges' | 'counselorRuns' | 'scattered';

/** A college's availability: whole days, or whole sessions on given days, as the config writes them. */
export interface CollegeWindow {
  college: string;
  available: string[];
}

/** Generated settings and roster; `window` when the settings constrain one college. */
export interface CollegeCase {
  settings: Settings;
  rows: CollegeRow[];
  arrangement: Arrangement;
  window?: CollegeWindow;
}

/** The shape of the generated cases. */
export interface CollegeCaseOptions extends Pick<CaseOptions, 'rooms' | 'order' | 'changeover'> {
  /** Fewest and most colleges (within 1–5). */
  colleges: readonly [number, number];
  /** Most counselors per college (at most 4) and classes per counselor (at most 5). */
  maxCounselors: number;
  maxClasses: number;
  /** Whether to constrain one college to where the roster order puts it (always satisfiable by that order). */
  windows: 'never' | 'sometimes';
  /** Keep only rosters whose counselors per college pass (to bound the orders optimize tries). */
  shape?: (counselorsPerCollege: readonly number[]) => boolean;
}

/** How many orders keep each college together: colleges! × the product of each college's counselors!. */
export function collegeOrderCount(counselorsPerCollege: readonly number[]): number {
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  return counselorsPerCollege.reduce((count, n) => count * factorial(n), factorial(counselorsPerCollege.length));
}

/** Headcounts of each counselor's classes, per college: the roster before names and arrangement. */
function shapeArb(o: CollegeCaseOptions, maxHead: number): fc.Arbitrary<number[][][]> {
  const counselor = fc.array(fc.integer({ min: 1, max: maxHead }), { minLength: 1, maxLength: o.maxClasses });
  const college = fc.array(counselor, { minLength: 1, maxLength: o.maxCounselors });
  const colleges = fc.array(college, { minLength: o.colleges[0], maxLength: o.colleges[1] });
  return o.shape ? colleges.filter((c) => o.shape!(c.map((counselors) => counselors.length))) : colleges;
}

/** Rows in the arrangement's file order, from rows grouped by college and counselor and one sort key per row. */
function arrange(grouped: readonly CollegeRow[], arrangement: Arrangement, keys: readonly number[]): CollegeRow[] {
  const byKey = (a: number, b: number) => keys[a]! - keys[b]! || a - b;
  const order = grouped.map((_, i) => i);
  if (arrangement === 'scattered') order.sort(byKey);
  if (arrangement === 'withinColleges') {
    const colleges = [...new Set(grouped.map((r) => r[3]))];
    order.sort((a, b) => colleges.indexOf(grouped[a]![3]) - colleges.indexOf(grouped[b]![3]) || byKey(a, b));
  }
  if (arrangement === 'counselorRuns') {
    // each row sorts by the key of its counselor's first row, then stays in place
    const first = new Map<string, number>();
    for (const [i, r] of grouped.entries()) if (!first.has(`${r[3]} ${r[2]}`)) first.set(`${r[3]} ${r[2]}`, i);
    const head = (i: number) => first.get(`${grouped[i]![3]} ${grouped[i]![2]}`)!;
    order.sort((a, b) => byKey(head(a), head(b)) || a - b);
  }
  if (arrangement === 'oneMoved' && grouped.length > 1) {
    const [moved] = order.splice(keys[0]! % order.length, 1);
    order.splice(keys[1]! % (order.length + 1), 0, moved!);
  }
  return order.map((i) => grouped[i]!);
}

/** A roster of the options' shape for the settings: colleges of counselors (names shared across colleges) of classes. */
function rowsArb(o: CollegeCaseOptions, settings: Settings): fc.Arbitrary<Omit<CollegeCase, 'settings'>> {
  return fc
    .record({
      shape: shapeArb(o, Math.min(60, maxHeadcount(settings))),
      colleges: fc.shuffledSubarray(COLLEGES, { minLength: COLLEGES.length, maxLength: COLLEGES.length }),
      names: fc.array(fc.shuffledSubarray(NAMES, { minLength: 4, maxLength: 4 }), { minLength: 5, maxLength: 5 }),
      arrangement: fc.constantFrom<Arrangement>('grouped', 'oneMoved', 'withinColleges', 'counselorRuns', 'scattered'),
      keys: fc.array(fc.nat(1000), { minLength: 100, maxLength: 100 }),
    })
    .map(({ shape, colleges, names, arrangement, keys }) => {
      const grouped: CollegeRow[] = [];
      shape.forEach((counselors, c) => {
        counselors.forEach((headcounts, k) => {
          for (const headcount of headcounts)
            grouped.push([`班${grouped.length + 1}`, headcount, names[c]![k]!, colleges[c]!]);
        });
      });
      return { rows: arrange(grouped, arrangement, keys), arrangement };
    });
}

/** Local midnight of a plan date, in seconds. */
const midnightOf = (date: IsoDate) => dateToLocalSeconds(date)!;

/**
 * The windows of a college where the roster order, unconstrained, photographs it: the whole days it is on, or the
 * whole sessions it is in (the whole day for a last session run on past its end). Undefined when the college runs on
 * past midnight.
 */
export function windowFromPlan(plan: Plan, college: string, kind: 'days' | 'sessions'): CollegeWindow | undefined {
  const mine = plan.classes.filter((x) => x.college === college);
  if (mine.some((x) => x.end > plan.slots[x.slot]!.midnight + DAY)) return undefined;
  const last = plan.slots.length - 1;
  const available = new Set<string>();
  for (const x of mine) {
    const slot = plan.slots[x.slot]!;
    const session = plan.settings.sessions[x.slot % plan.settings.sessions.length]!;
    const whole = kind === 'days' || (x.slot === last && mine.some((y) => y.slot === last && y.end > slot.end));
    available.add(whole ? slot.date : `${slot.date} ${clock(session.start, true)}-${clock(session.end, true)}`);
  }
  return { college, available: [...available] };
}

/** The windows of a config's available list on the local timeline. */
export function windowsOfAvailable(available: readonly string[]): { start: number; end: number }[] {
  return available.map((text) => {
    const [date, times] = text.split(' ') as [IsoDate, string | undefined];
    const [from, to] = times
      ? times.split('-').map((t) => Number(t.slice(0, 2)) * 3600 + Number(t.slice(3)) * 60)
      : [0, DAY];
    return { start: midnightOf(date) + from!, end: midnightOf(date) + to! };
  });
}

/** A case of the given shape; with windows, sometimes one college constrained to where the roster order puts it. */
export function collegeCaseArb(o: CollegeCaseOptions): fc.Arbitrary<CollegeCase> {
  return settingsArb({ rooms: o.rooms, order: o.order, changeover: o.changeover }).chain((settings) =>
    rowsArb(o, settings).chain((r) => {
      if (o.windows === 'never') return fc.constant<CollegeCase>({ settings, ...r });
      const colleges = [...new Set(r.rows.map((row) => row[3]))];
      return fc
        .option(
          fc.record({
            college: fc.constantFrom(...colleges),
            kind: fc.constantFrom('days', 'sessions') as fc.Arbitrary<'days' | 'sessions'>,
          }),
          { freq: 2 },
        )
        .map((choice): CollegeCase => {
          if (!choice) return { settings, ...r };
          const plan = schedule(collegeRosterOf(r.rows), { ...settings, order: 'input' });
          const window = windowFromPlan(plan, choice.college, choice.kind);
          if (!window) return { settings, ...r };
          const constraints = { colleges: { [window.college]: { available: window.available } } };
          return { settings: { ...settings, constraints }, ...r, window };
        });
    }),
  );
}
