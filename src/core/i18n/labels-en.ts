import { Info } from 'luxon';
import type { Labels } from './labels.js';
import { formatNumber } from './numbers.js';

const EN_UNITS = { s: 's', min: 'min', h: 'h' } as const;
/** luxon's own English names (no ICU): Monday … Sunday, January … December. */
const EN_WEEKDAYS = Info.weekdays('long', { locale: 'en-US' });
const EN_MONTHS = Info.months('long', { locale: 'en-US' });

/** Every label in English. */
export const en: Labels = {
  htmlLang: 'en',
  title: 'Graduation photo capture schedule',
  columns: {
    seq: 'No.',
    college: 'College',
    class: 'Class',
    headcount: 'Students',
    counselor: 'Counselor',
    room: 'Room',
    date: 'Date',
    time: 'Time',
    gather: 'Gather at',
    start: 'Start',
    end: 'End',
    actual: 'Photographed',
    paid: 'Paid',
    signature: "Counselor's signature",
    classes: 'Classes',
    people: 'Students',
    firstStart: 'First start',
    lastEnd: 'Last end',
    segments: 'Sessions',
    fee: 'Amount due',
  },
  sheets: { timetable: 'Schedule', times: 'Class times', signIn: 'Sign-in', summary: 'Summary', campus: 'Colleges' },
  continued: ' (cont.)',
  settingsHeading: 'Settings used',
  settings: {
    throughput: 'Rate',
    sessions: 'Daily sessions',
    dates: 'Dates',
    location: 'Location',
    round: 'Notice times rounded to',
    gather: 'Gather before start',
    fits: 'Fits',
    order: 'Order',
    optimized: 'optimized',
    changeover: 'Between counselors',
    fee: 'Photo fee',
  },
  minutes: (n) => `${n} min`,
  yes: 'yes',
  no: 'no',
  barLabel: (name, headcount, start, end) => `${name} (${headcount}) ${start}-${end}`,
  campusHeading: 'Colleges: when and where',
  collegeDays: (college, days, count) =>
    `${college} is photographed over ${count} days (${days}); its teacher is needed on each.`,
  timelineTitle: (days) => (days > 1 ? 'Each day at a glance' : 'The day at a glance'),
  breakLabel: 'break',
  warningHeading: 'Warning',
  writtenLabel: 'Wrote',
  moreDays: (n) => `… and ${n} more day(s): see the outputs.`,
  whatif: {
    columns: {
      scenario: 'Scenario',
      fits: 'Fits',
      end: 'Ends',
      overflow: 'Over (min)',
      idle: 'Idle (min)',
      split: 'Split counselors',
      moved: 'Classes moved',
    },
    baseline: 'baseline',
    yes: 'yes',
    no: 'no',
    moved: (count, max) => (count === 0 ? '—' : `${count}, up to ${max} min`),
    layoutsHeading: 'The smallest rate that fits, for each session layout:',
    none: '—',
    partSeparator: ' · ',
    moreCounselors: (shown, total, rest) => (shown ? `${shown} and ${rest} more` : `${total} counselors`),
    moreRooms: (shown, total, rest) => (shown ? `${shown} and ${rest} more` : `${total} rooms`),
    layout: (layout, rate, end) => `${layout}: at least ${rate} (ends ${end})`,
    noRate: (layout) => `${layout}: no rate fits`,
  },
  checkUpToDate: 'Every output is up to date.',
  checkStale: (file, changes) => `${file} is stale, ${changes} ${changes === 1 ? 'difference' : 'differences'}:`,
  checkMissing: (file) => `${file} is missing.`,
  checkFix: 'Run this to update it:',
  checkDiff: {
    line: (line) => `line ${line}:`,
    cell: (place, was, now) => `${place}: ${was} → ${now}`,
    empty: '(empty)',
    merged: 'merged',
    notMerged: 'not merged',
    sheet: (sheet, added) => (added ? `sheet "${sheet}" is missing` : `sheet "${sheet}" should not be there`),
    unreadable: 'not a workbook that can be read',
    more: (count) => `… and ${count} more`,
  },
  eventTitle: (counselor, classes, title = 'Graduation photos', total = classes.length) =>
    `${title} · ${counselor}: ${classes.join(', ')}${total > classes.length ? ` and ${total - classes.length} more` : ''}`,
  eventLine: (name, headcount, gather, start) => `${name} (${headcount}): gather ${gather}, photos from ${start}`,
  dateLabel: 'Date',
  locationLabel: 'Location',
  roomsLabel: 'Rooms',
  reserveLabel: 'Make-up photos',
  reserveValue: (w) => `${w} each day`,
  orderOptimal: (room, tried) =>
    `${room}order optimized: all ${tried} counselor orders and every class order within each counselor searched, this one is optimal.`,
  orderHeuristic: (room, overflow, splits, bo, bs) =>
    `${room}order: best found (the whole space could not be searched, not proved optimal): ${overflow} min over, ${splits} counselor(s) split; the lower bound is ${bo} min over, ${bs} split.`,
  orderKept: (saving, threshold) =>
    ` The best order would save only ${saving} weighted minutes over the roster's (under ${threshold}, see --reorder-gain): the roster's order is kept.`,
  roomEnds: (ends, exact, bound, gap) =>
    `Rooms end: ${ends}. ${exact ? 'Every assignment of counselors to rooms was compared' : 'The assignment of counselors to rooms is the best found by single moves and swaps (not every assignment compared)'}${bound === undefined ? '.' : `; no plan ends before ${bound}, ${gap} min earlier.`}`,
  totalLabel: 'Total',
  date: (y, m, d) => `${d} ${EN_MONTHS[m - 1]} ${y}`,
  dateWithWeekday: (y, m, d, w) => `${EN_WEEKDAYS[w - 1]} ${d} ${EN_MONTHS[m - 1]} ${y}`,
  dateRange: (first, last) => `${first} to ${last}`,
  listSeparator: ', ',
  sentenceGap: ' ',
  colon: ': ',
  rate: (t) => `${t.people} per ${t.count === 1 ? '' : `${t.count} `}${EN_UNITS[t.unit]}`,
  throughput: (t, spp) =>
    `Photos are planned at ${en.rate(t)} (about ${formatNumber(spp)} seconds a person); please arrive on time and queue early so later classes are not delayed.`,
  throughputRooms: (rates) =>
    `Photos are planned at each room's own rate (${rates}); please arrive on time and queue early so later classes are not delayed.`,
  summary: (s) =>
    `${s.classes} classes, ${s.people} students, ${s.counselors} counselors${s.unscheduled ? `, of which ${s.unscheduled.classes} classes (${s.unscheduled.people} students) are not scheduled` : ''}; starts ${s.start}, expected to end ${s.end}.`,
  totals: (classes, people) => ({ class: `${classes} classes`, headcount: String(people) }),
  overflow: (s) =>
    `The plan does not fit at this rate: when shooting ends at ${s.sessionEnd}, ${s.classes} classes (${s.people} students) are not scheduled, about ${s.minutes} more minutes of photos.`,
  fixes: (remedies) => `To fit everyone: ${remedies.join('; or ')}.`,
  fixByRate: (rate, end) => `raise the rate to ${rate} (ends ${end})`,
  fixByDays: (count, dates) => `add ${count} more day${count === 1 ? '' : 's'} at the same sessions (${dates})`,
  fixByRooms: (count) => `photograph in ${count} rooms at once, each at this rate`,
  noFix:
    "Neither a faster rate, more days nor more rooms make it fit: check the counselors' and classes' times, or change the sessions.",
  unscheduled: 'not scheduled',
  unscheduledClasses: (count) => `${count} class${count === 1 ? '' : 'es'} not scheduled`,
  timelineUnscheduled: (classes, people, counselors) =>
    `Not scheduled: ${classes} classes, ${people} students (${counselors})`,
  fits: (end) => `Every class fits; the day ends ${end}.`,
  feePerPerson: (yuan) => `${yuan} yuan per student`,
  feeSentence: (s) =>
    `Photo fee: ${s.perPerson} yuan per student, ${s.people} students, ${s.total} yuan in all, paid class by class at the shoot.`,
  feeTotal: (s) => `Fees due: ${s.perPerson} yuan × ${s.people} students = ${s.total} yuan.`,
  audit: {
    heading: (file, windows, rate) => `Checked ${file}: ${windows} time windows at ${rate}`,
    columns: {
      counselor: 'Counselor',
      date: 'Date',
      window: 'Time',
      classes: 'Classes',
      people: 'Students',
      given: 'Given (min)',
      needed: 'Needed (min)',
      over: 'Over (min)',
      implied: 'Implies',
      room: 'Room',
    },
    short: 'short',
    holds: 'holds',
    verdictShort: (windows, minutes, holdsFrom) =>
      `${windows} time windows are too short, ${minutes} minutes over in all. With these times, every window holds from ${holdsFrom}.`,
    verdictUnscheduled: (count) => `Every time window holds, but ${count} classes have no time (see below).`,
    verdictHolds: (holdsFrom) => `Every time window holds (from ${holdsFrom}).`,
    tolerance: (minutes) => ` (each window may run ${minutes} minutes over)`,
    problemsHeading: 'Other problems:',
    overlap: (first, second, minutes) => `${first} and ${second} overlap by ${minutes} minutes`,
    gap: (first, second, minutes) => `${first} and ${second} leave ${minutes} minutes unused between them`,
    crossesBreak: (window, from, to) => `${window} runs through ${from}-${to}, outside the sessions`,
    inRoom: (room, text) => `${room}: ${text}`,
    clash: (counselor, first, second, minutes) =>
      `${counselor} is in two rooms at once: ${first} and ${second} overlap by ${minutes} minutes`,
    duplicate: (name, firstRow, secondRow) => `class "${name}" is listed twice (rows ${firstRow} and ${secondRow})`,
    unscheduled: (count, names) => `${count} classes have no time (not scheduled): ${names}`,
    retimedHeading: (rate) => `Re-timed at ${rate}:`,
    retimedColumns: { counselor: 'Counselor', old: 'Published', new: 'Re-timed' },
  },
  replan: {
    measured: (rate, people, minutes) => `actual rate ${rate} (${people} photographed in ${minutes} minutes)`,
    planned: (now, rate) => `From ${now} the remaining classes are planned at ${rate}.`,
    factLabel: 'Adjusted',
    doneMark: ' (done)',
    absentMark: ' (absent, last)',
    absentAt: (at) => ` (${at})`,
    daySeparator: '; ',
    tellHeading: 'To tell:',
    nobody: "No counselor's time changes.",
    counselorLine: (s) =>
      `${s.counselor}: your classes' photo time changes from ${s.was} to ${s.now} (${enShift(s.minutes)}); ${s.gatherNow ? 'please come now.' : s.gather ? `please be there by ${s.gather}.` : 'at this progress it no longer fits the day; please wait for further notice.'}${s.absent.length > 0 ? ` ${s.absent.join(', ')} did not arrive on time and will be photographed after every other class.` : ''}`,
    collegeLine: (s) =>
      `${s.college}: the college's photo time changes from ${s.was} to ${s.now} (${enShift(s.minutes)}).`,
  },
};

/** A change of time in words: 20.5 minutes later / 5 minutes earlier / same start. */
function enShift(minutes: number): string {
  if (minutes === 0) return 'same start';
  return `${formatNumber(Math.abs(minutes))} minutes ${minutes > 0 ? 'later' : 'earlier'}`;
}
