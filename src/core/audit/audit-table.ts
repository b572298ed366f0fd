import { formatDate } from '../format.js';
import type { AuditLabels, Lang } from '../i18n/labels.js';
import { labelsFor } from '../i18n/labels-for.js';
import { clock } from '../time.js';
import type { Audit, AuditProblem } from './audit.js';
import { type TimetableWindow, timetableRooms } from './timetable.js';

/** Class names a problem lists before it cuts the list short. */
const NAMES_SHOWN = 10;

/** The audit as the terminal shows it: a table of windows (short ones marked), the verdict, the other problems. */
export interface AuditTable {
  heading: string;
  header: string[];
  rows: { cells: string[]; short: boolean }[];
  fits: boolean;
  verdict: string;
  problemsHeading: string;
  problems: string[];
}

/** Minutes to at most one decimal: 109.5, 100, 52.5. */
export function minutesText(seconds: number): string {
  return String(Math.round(seconds / 6) / 10 || 0);
}

/** A window as one phrase: 杜宇飞 8:30-10:10 (with its date when the timetable has several). */
export function windowPhrase(w: TimetableWindow, dated: boolean, lang: Lang): string {
  const date = dated ? `${formatDate(labelsFor(lang), w.date)} ` : '';
  return `${w.counselors.join('、')} ${date}${clock(w.start)}-${clock(w.end)}`;
}

/** A window by its room and time, for a counselor in two rooms: A1-109 8:30-10:10. */
function roomPhrase(w: TimetableWindow, dated: boolean, lang: Lang): string {
  const date = dated ? `${formatDate(labelsFor(lang), w.date)} ` : '';
  return `${w.room ?? ''} ${date}${clock(w.start)}-${clock(w.end)}`.trim();
}

/** The report's texts in the chosen language (pure): with several rooms, a room column and each problem's room. */
export function auditTable(audit: Audit, lang: Lang): AuditTable {
  const labels = labelsFor(lang);
  const words = labels.audit;
  const rate = audit.settings.throughput;
  const dated = new Set(audit.windows.map((w) => w.window.date)).size > 1;
  const roomed = timetableRooms(audit.timetable).length > 1;
  const room = (cells: string[], text: string) => (roomed ? [cells[0]!, text, ...cells.slice(1)] : cells);
  const c = words.columns;
  const holdsFrom = labels.rate({ ...rate, people: audit.summary.holdsFrom });
  const tolerance = audit.settings.tolerance > 0 ? words.tolerance(minutesText(audit.settings.tolerance)) : '';
  return {
    heading: words.heading(audit.timetable.file, audit.windows.length, labels.rate(rate)) + tolerance,
    header: room(
      [c.counselor, c.date, c.window, c.classes, c.people, c.given, c.needed, c.over, c.implied, ''],
      c.room,
    ),
    rows: audit.windows.map((w) => ({
      short: w.short,
      cells: room(
        [
          w.window.counselors.join('、'),
          formatDate(labels, w.window.date),
          `${clock(w.window.start)}-${clock(w.window.end)}`,
          String(w.window.classes.length),
          String(w.people),
          minutesText(w.given),
          minutesText(w.needed),
          w.over > 0 ? `+${minutesText(w.over)}` : minutesText(w.over),
          labels.rate({ ...rate, people: Math.round(w.implied * 10) / 10 }),
          w.short ? words.short : words.holds,
        ],
        w.window.room ?? '',
      ),
    })),
    fits: audit.summary.fits,
    verdict:
      audit.summary.windowsOver > 0
        ? words.verdictShort(audit.summary.windowsOver, minutesText(audit.summary.over), holdsFrom)
        : audit.summary.fits
          ? words.verdictHolds(holdsFrom)
          : words.verdictUnscheduled(audit.timetable.unscheduled.length),
    problemsHeading: words.problemsHeading,
    problems: audit.problems.map((p) => {
      const text = problemText(p, words, dated, lang);
      const inRoom = roomed ? roomOf(p) : undefined;
      return inRoom === undefined ? text : words.inRoom(inRoom, text);
    }),
  };
}

/** The one room a problem is in: an overlap's or a gap's queue, a window's; none for the others. */
function roomOf(p: AuditProblem): string | undefined {
  if (p.kind === 'overlap' || p.kind === 'gap') return p.room;
  return p.kind === 'crossesBreak' ? p.window.room : undefined;
}

function problemText(p: AuditProblem, words: AuditLabels, dated: boolean, lang: Lang): string {
  switch (p.kind) {
    case 'overlap':
      return words.overlap(
        windowPhrase(p.first, dated, lang),
        windowPhrase(p.second, dated, lang),
        minutesText(p.seconds),
      );
    case 'gap':
      return words.gap(windowPhrase(p.first, dated, lang), windowPhrase(p.second, dated, lang), minutesText(p.seconds));
    case 'crossesBreak':
      return words.crossesBreak(windowPhrase(p.window, dated, lang), clock(p.from), clock(p.to));
    case 'counselorClash':
      return words.clash(
        p.counselor,
        roomPhrase(p.first, dated, lang),
        roomPhrase(p.second, dated, lang),
        minutesText(p.seconds),
      );
    case 'duplicateClass':
      return words.duplicate(p.name, p.first.source.row, p.second.source.row);
    case 'unscheduled':
      return words.unscheduled(
        p.classes.length,
        namesText(
          p.classes.map((c) => c.name),
          lang,
        ),
      );
  }
}

/** Names listed: the first ten, then an ellipsis (the count is said beside them). */
function namesText(names: readonly string[], lang: Lang): string {
  const shown = names.slice(0, NAMES_SHOWN).join(lang === 'zh' ? '、' : ', ');
  return names.length > NAMES_SHOWN ? `${shown} …` : shown;
}
