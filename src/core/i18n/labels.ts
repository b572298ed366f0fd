import type { Throughput } from '../throughput.js';

/** Output languages. */
export type Lang = 'zh' | 'en';

/** The columns any published table may have. */
export type ColumnKey =
  | 'seq'
  | 'college'
  | 'class'
  | 'headcount'
  | 'counselor'
  | 'room'
  | 'date'
  | 'time'
  | 'gather'
  | 'start'
  | 'end'
  | 'actual'
  | 'paid'
  | 'signature'
  | 'classes'
  | 'people'
  | 'firstStart'
  | 'lastEnd'
  | 'segments'
  | 'fee';

/** Every human-facing word of the outputs, one table per language. */
export interface Labels {
  htmlLang: string;
  title: string;
  columns: Record<ColumnKey, string>;
  sheets: { timetable: string; times: string; signIn: string; summary: string; campus: string };
  /** After a merged label repeated at the top of a printed page: the group continues from the page before. */
  continued: string;
  settingsHeading: string;
  settings: {
    throughput: string;
    sessions: string;
    dates: string;
    location: string;
    round: string;
    gather: string;
    fits: string;
    order: string;
    optimized: string;
    changeover: string;
    fee: string;
  };
  minutes(n: number): string;
  yes: string;
  no: string;
  /** A class on the timeline, shown on hover. */
  barLabel(name: string, headcount: number, start: string, end: string): string;
  /** The heading of the per-college table. */
  campusHeading: string;
  /** Said of a college photographed on several days: its teacher comes on each. */
  collegeDays(college: string, days: string, count: number): string;
  /** The heading over the timelines, one per day shown. */
  timelineTitle(days: number): string;
  breakLabel: string;
  warningHeading: string;
  writtenLabel: string;
  moreDays(count: number): string;
  whatif: {
    columns: {
      scenario: string;
      fits: string;
      end: string;
      overflow: string;
      idle: string;
      split: string;
      moved: string;
    };
    baseline: string;
    yes: string;
    no: string;
    moved(count: number, maxMinutes: string): string;
    layoutsHeading: string;
    /** Shown where a value is absent. */
    none: string;
    /** Between the parts of a scenario's name. */
    partSeparator: string;
    /** A list of counselors cut short: those shown (maybe none), how many in all, how many left out. */
    moreCounselors(shown: string, total: number, rest: number): string;
    /** A list of rooms cut short, the same way. */
    moreRooms(shown: string, total: number, rest: number): string;
    layout(layout: string, rate: string, end: string): string;
    noRate(layout: string): string;
  };
  checkUpToDate: string;
  /** A stale output's heading: the file and how many lines or cells differ. */
  checkStale(file: string, changes: number): string;
  checkMissing(file: string): string;
  checkFix: string;
  /** The parts of a stale output's differences. */
  checkDiff: {
    /** Before a run of changed lines: where it starts in the file on disk. */
    line(line: number): string;
    /** A cell or merged range: where (sheet and address), what the file has, what it should have. */
    cell(place: string, was: string, now: string): string;
    empty: string;
    merged: string;
    notMerged: string;
    sheet(sheet: string, added: boolean): string;
    unreadable: string;
    /** After the shown differences: how many more there are. */
    more(count: number): string;
  };
  /**
   * A calendar event's title: what it is (the notice's title when one was given), counselor and the classes: the first
   * few `classes` listed, then "等 N 个班" when there are `total` in all.
   */
  eventTitle(counselor: string, classes: string[], title?: string, total?: number): string;
  /** One line of an event's description: a class, its people and when it gathers and starts. */
  eventLine(name: string, headcount: number, gather: string, start: string): string;
  dateLabel: string;
  locationLabel: string;
  roomsLabel: string;
  reserveLabel: string;
  /** The make-up time kept free at the end of each day. */
  reserveValue(window: string): string;
  /** How --order optimize found the order: proved best, or a heuristic and how far from the bound. */
  orderOptimal(room: string, tried: number): string;
  orderHeuristic(room: string, overflow: string, splits: number, boundOverflow: string, boundSplits: number): string;
  /** The roster's order was kept: the best order would save only `saving` weighted minutes, under `threshold`. */
  orderKept(saving: string, threshold: number): string;
  /**
   * Several rooms: each room's end, whether every assignment was searched, and (when the plan fits) the lower bound
   * and the gap in minutes.
   */
  roomEnds(ends: string, exact: boolean, bound?: string, gap?: string): string;
  totalLabel: string;
  /** A calendar date for people: 2024年4月22日 / 22 April 2024. */
  date(year: number, month: number, day: number): string;
  /** A run of consecutive capture days. */
  dateRange(first: string, last: string): string;
  /** The date with its weekday, for headings. */
  dateWithWeekday(year: number, month: number, day: number, weekday: number): string;
  listSeparator: string;
  /** What follows a label: '：' in Chinese, ': ' in English. */
  colon: string;
  /** What separates two sentences ('' in Chinese, a space in English). */
  sentenceGap: string;
  throughput(t: Throughput, secondsPerPerson: number): string;
  /** The same sentence when the rooms have rates of their own: `rates` lists each room's. */
  throughputRooms(rates: string): string;
  /** The summary; `end` is when the last scheduled class ends, and the classes not scheduled are counted. */
  summary(s: {
    classes: number;
    people: number;
    counselors: number;
    start: string;
    end: string;
    unscheduled?: { classes: number; people: number };
  }): string;
  totals(classes: number, people: number): { class: string; headcount: string };
  /** What does not fit: the classes and people left when the last session ends, and the minutes they would need. */
  overflow(s: { classes: number; people: number; minutes: string; sessionEnd: string }): string;
  /** The remedies that make it fit, as one sentence. */
  fixes(remedies: string[]): string;
  fixByRate(rate: string, end: string): string;
  /** More capture days at the same sessions: how many, and which. */
  fixByDays(count: number, dates: string): string;
  /** As many rooms at once, each at the plan's rate. */
  fixByRooms(count: number): string;
  noFix: string;
  /** What a time cell of a class that runs past the last session says. */
  unscheduled: string;
  unscheduledClasses(count: number): string;
  /** Said under the last day's timeline: the classes not scheduled and their counselors. */
  timelineUnscheduled(classes: number, people: number, counselors: string): string;
  fits(end: string): string;
  /** The fee per person, in yuan as shown: 每人 15 元 / 15 yuan per student. */
  feePerPerson(yuan: string): string;
  /** The notice's line on the fee: per person, people, the total, and how it is paid. */
  feeSentence(s: { perPerson: string; people: number; total: string }): string;
  /** The terminal's line on the fee. */
  feeTotal(s: { perPerson: string; people: number; total: string }): string;
  /** Rate as people read it: 每10分钟20人 / 20 per 10 min. */
  rate(t: Throughput): string;
  /** What `audit` prints: a published timetable checked against a rate. */
  audit: AuditLabels;
  /** The words of `replan`. */
  replan: ReplanLabels;
}

/** The words of the audit report (`audit`). */
export interface AuditLabels {
  heading(file: string, windows: number, rate: string): string;
  columns: Record<
    'counselor' | 'date' | 'window' | 'classes' | 'people' | 'given' | 'needed' | 'over' | 'implied' | 'room',
    string
  >;
  /** A window short by more than the tolerance, and one that holds. */
  short: string;
  holds: string;
  verdictShort(windows: number, minutes: string, holdsFrom: string): string;
  verdictHolds(holdsFrom: string): string;
  /** Every window holds, but classes are marked 未排入. */
  verdictUnscheduled(count: number): string;
  tolerance(minutes: string): string;
  problemsHeading: string;
  overlap(first: string, second: string, minutes: string): string;
  gap(first: string, second: string, minutes: string): string;
  crossesBreak(window: string, from: string, to: string): string;
  /** A problem of one room's queue, when the timetable has several rooms: A1-109：… */
  inRoom(room: string, text: string): string;
  /** One counselor in two rooms at once (each window with its room). */
  clash(counselor: string, first: string, second: string, minutes: string): string;
  duplicate(name: string, firstRow: number, secondRow: number): string;
  unscheduled(count: number, names: string): string;
  retimedHeading(rate: string): string;
  retimedColumns: Record<'counselor' | 'old' | 'new', string>;
}

/** What `replan` says: the rate measured, the marks on done and absent classes, the lines to send. */
export interface ReplanLabels {
  /** 实际速度 每10分钟16.8人（已拍 219 人，用时 130 分钟）. */
  measured(rate: string, people: number, minutes: string): string;
  /** The rate the rest of the day is planned at, from when. */
  planned(now: string, rate: string): string;
  /** The notice's fact: when the plan was adjusted and at what rate. */
  factLabel: string;
  /** Appended to a done class's name in the tables. */
  doneMark: string;
  /** Appended to an absent class's name in the tables. */
  absentMark: string;
  /** After an absent class's name: when it is now photographed (or 未排入). */
  absentAt(at: string): string;
  /** Between the days of a counselor's windows over several days. */
  daySeparator: string;
  /** Above the lines to send. */
  tellHeading: string;
  /** When no counselor's time changes. */
  nobody: string;
  /**
   * To a counselor: the old and new windows, the change in minutes, when to be there (`gatherNow` when that time is
   * already past; neither when its next class no longer fits the days), the absent classes.
   */
  counselorLine(s: {
    counselor: string;
    was: string;
    now: string;
    minutes: number;
    gather?: string;
    gatherNow?: boolean;
    absent: string[];
  }): string;
  /** To a college's teacher: the old and new windows and the change in minutes. */
  collegeLine(s: { college: string; was: string; now: string; minutes: number }): string;
}
