import { readDate } from './dates.js';
import { fail } from './errors.js';
import type { ObjectiveWeights } from './schedule/weights.js';
import type { Throughput } from './throughput.js';
import { clock, type IsoDate, parseClock } from './time.js';

/** A daily working window, in seconds since midnight. */
export interface Session {
  start: number;
  end: number;
}

/** A room: its own queue and photographer. */
export interface RoomSpec {
  name: string;
  throughput: Throughput;
}

/** How counselors are ordered: as in the roster, or to make the best day. */
export type OrderPolicy = 'input' | 'optimize';

/** When counselors can come and where classes must go, as written in the config file. */
export interface ConstraintSpec {
  /** Per counselor, the windows they are available: "13:30-18:00", "2024-04-23", "2024-04-23 08:30-12:00". */
  counselors?: Record<string, { available: string[] }>;
  /** Per college, the windows its classes may be photographed in (its teacher is there for all of them). */
  colleges?: Record<string, { available: string[] }>;
  /** Per class, the window or date it must be photographed in. */
  classes?: Record<string, { pinned: string | string[] }>;
}

/** Everything the scheduler needs besides the roster. */
export interface Settings {
  throughput: Throughput;
  sessions: Session[];
  dates: IsoDate[];
  /** Rooms working in parallel; one unnamed room at `throughput` when absent. */
  rooms?: RoomSpec[];
  order?: OrderPolicy;
  /** Seconds between two counselors in a room. */
  changeover?: number;
  /** Seconds kept free at the end of each day for make-up photos. */
  reserve?: number;
  constraints?: ConstraintSpec;
  /** The objective's weights of `order: 'optimize'` and of the rooms' assignment; the defaults when absent. */
  weights?: ObjectiveWeights;
}

const UNIT_ALIASES: Record<string, Throughput['unit']> = {
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  秒: 's',
  秒钟: 's',
  m: 'min',
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  分: 'min',
  分钟: 'min',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  时: 'h',
  小时: 'h',
};

/** Each session as HH:MM-HH:MM, the form the options and the JSON use. */
export function formatSessions(sessions: readonly Session[]): string[] {
  return sessions.map((s) => `${clock(s.start, true)}-${clock(s.end, true)}`);
}

/** A unit as written, longest first so that `minutes` is not read as `min` and `s`. */
const UNIT = `(${Object.keys(UNIT_ALIASES)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const NUMBER = '(\\d+(?:\\.\\d+)?)';
const PEOPLE = '(?:人|people|persons?|students?)?';
/** People first: 20/10min, 2.3/min, 23人/10分钟, 23 per 10 min, 20 people every 10 minutes, 540 an hour, 23人每10分钟. */
const PEOPLE_FIRST = new RegExp(
  `^${NUMBER}\\s*${PEOPLE}\\s*(?:/|per|every|each|an?|每)\\s*${NUMBER}?\\s*个?\\s*${UNIT}$`,
);
/** The period first, as the notice says it: 每10分钟23人, 每分钟2人, 每小时540人, 每 10 分钟拍 23 人. */
const PERIOD_FIRST = new RegExp(`^每?\\s*${NUMBER}?\\s*个?\\s*${UNIT}\\s*(?:拍摄?)?\\s*${NUMBER}\\s*${PEOPLE}$`);
const MAX_RATE_PART = 100_000;

/**
 * Parses a rate in every wording the tool prints and the usual ones people write: 20/10min, 2/min, 540/h, 2.3/min,
 * 每10分钟23人, 20人/10分钟, 23 per 10 min. A decimal is kept exact in a longer period: 2.3/min is 23/10min.
 */
export function parseThroughput(text: string): Throughput {
  // blanks as one space, so the patterns' neighbouring \s* cannot split a long run every way (cubic: seconds on 2 000)
  const tidy = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  const m = PEOPLE_FIRST.exec(tidy);
  const n = m ? undefined : PERIOD_FIRST.exec(tidy);
  const [peopleText, countText, unitText] = m ? [m[1], m[2], m[3]] : n ? [n[3], n[1], n[2]] : [];
  const unit = unitText === undefined ? undefined : UNIT_ALIASES[unitText];
  const people = peopleText === undefined ? undefined : decimal(peopleText);
  const count = decimal(countText ?? '1');
  // a / 10^p per b / 10^c units is a × 10^(c - s) per b × 10^(p - s) units, s the smaller of p and c
  const shared = Math.min(people?.places ?? 0, count.places);
  const rate = people && {
    people: people.digits * 10 ** (count.places - shared),
    count: count.digits * 10 ** (people.places - shared),
  };
  if (
    !unit ||
    !rate ||
    rate.people < 1 ||
    rate.count < 1 ||
    rate.people > MAX_RATE_PART ||
    rate.count > MAX_RATE_PART
  ) {
    fail('badThroughput', { value: text });
  }
  return { ...rate, unit };
}

/** A decimal as its digits and the places after the point (trailing zeros dropped): 2.30 → 23 and 1. */
function decimal(text: string): { digits: number; places: number } {
  const [whole, fraction = ''] = text.split('.');
  let end = fraction.length;
  while (end > 0 && fraction[end - 1] === '0') end--;
  const places = fraction.slice(0, end);
  return { digits: Number(whole! + places), places: places.length };
}

/** The parts of a list option: a text split at its commas or semicolons, or each item of a list split the same way. */
function listParts(text: string | readonly string[]): string[] {
  return (typeof text === 'string' ? [text] : text)
    .flatMap((t) => t.split(/[,，;；]/))
    .map((p) => p.normalize('NFKC').trim());
}

/** Parses daily sessions: 08:30-12:00,13:30-18:00 (sorted; overlaps are an error). */
export function parseSessions(text: string | readonly string[]): Session[] {
  const parts = listParts(text);
  const sessions = parts
    .filter((p) => p !== '')
    .map((part) => {
      const m = /^(\d{1,2}:\d{2})\s*(?:-|–|—|~|至|到)\s*(\d{1,2}:\d{2})$/.exec(part);
      const start = m ? parseClock(m[1]!) : undefined;
      const end = m ? parseClock(m[2]!) : undefined;
      if (start === undefined || end === undefined || start >= end) fail('badSession', { value: part });
      return { start, end };
    });
  if (sessions.length === 0) fail('badSession', { value: String(text) });
  sessions.sort((a, b) => a.start - b.start);
  for (let i = 1; i < sessions.length; i++) {
    if (sessions[i]!.start < sessions[i - 1]!.end) fail('sessionsOverlap', { value: String(text) });
  }
  return sessions;
}

/** The most capture days a plan may have. */
export const MAX_CAPTURE_DAYS = 366;

/**
 * The shapes of a date as people write it, in luxon's tokens, once `dateShape` has tidied the text: 2024-4-22 (also
 * 2024/4/22, 2024.4.22) and 2024年4月22日, the closing 日 optional; then the mixed forms always accepted (2024年4-22).
 */
const DATE_FORMATS = [
  'yyyy-M-d',
  "yyyy'年'M'月'd'日'",
  "yyyy'年'M'月'd",
  "yyyy-M-d'日'",
  "yyyy'年'M-d",
  "yyyy'年'M-d'日'",
  "yyyy-M'月'd",
  "yyyy-M'月'd'日'",
];

/** A date text with no blanks around its separators and `/` and `.` written as `-` (2024 / 4 / 22 → 2024-4-22). */
function dateShape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([-/.年月日]) ?/g, (_, separator: string) =>
      separator === '/' || separator === '.' ? '-' : separator,
    );
}

/** Parses dates: 2024-04-22 (or 2024/4/22, 2024年4月22日), a comma list, or a range 2024-04-22..2024-04-26. */
export function parseDates(text: string | readonly string[]): IsoDate[] {
  const parts = listParts(text);
  const dates: IsoDate[] = [];
  for (const part of parts.filter((p) => p !== '')) {
    const [fromText, toText, ...rest] = part.split(/\.\.|至|~/);
    const from = readDate(dateShape(fromText!.trim()), DATE_FORMATS);
    const to = toText === undefined ? from : readDate(dateShape(toText.trim()), DATE_FORMATS);
    if (from === 'badDate' || to === 'badDate' || rest.length > 0) fail('badDate', { value: part });
    if (from === 'dateNotReal' || to === 'dateNotReal') fail('dateNotReal', { value: part });
    if (to < from) fail('rangeReversed', { value: part });
    if (to >= from.plus({ days: MAX_CAPTURE_DAYS })) fail('tooManyDates', { value: part, limit: MAX_CAPTURE_DAYS });
    for (let day = from; day <= to; day = day.plus({ days: 1 })) dates.push(day.toISODate());
  }
  if (dates.length === 0) fail('badDate', { value: String(text) });
  for (let i = 1; i < dates.length; i++) {
    if (dates[i]! <= dates[i - 1]!) fail('datesNotAscending', { value: `${dates[i - 1]}, ${dates[i]}` });
  }
  if (dates.length > MAX_CAPTURE_DAYS) fail('tooManyDates', { value: String(text), limit: MAX_CAPTURE_DAYS });
  return dates;
}

/** Parses --rooms "A1-108,A1-109": each room at the given rate (names must be unique). */
export function parseRooms(text: string | readonly string[], throughput: Throughput): RoomSpec[] {
  return parseRoomNames(text).map((name) => ({ name, throughput }));
}

/** The room names of "A1-108,A1-109" (，；; and 、 also separate; or a list), trimmed; empty or repeated names are an error. */
export function parseRoomNames(text: string | readonly string[]): string[] {
  const names = (typeof text === 'string' ? text.split(/[,，;；、]/) : text)
    .map((n) => n.normalize('NFKC').trim())
    .filter((n) => n !== '');
  if (names.length === 0) fail('badRooms', { value: String(text) });
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) fail('badRooms', { value: name });
    seen.add(name);
  }
  return names;
}

/** The rooms of a plan: the configured ones, or one unnamed room at the plan's rate. */
export function roomsOf(settings: Settings): RoomSpec[] {
  return settings.rooms && settings.rooms.length > 0 ? settings.rooms : [{ name: '', throughput: settings.throughput }];
}
