import { minOf } from '../arrays.js';
import { closest } from '../closest.js';
import { fail } from '../errors.js';
import { normalizeForMatch } from '../roster/columns.js';
import type { Plan } from '../schedule/plan.js';
import { periodSeconds, type Throughput } from '../throughput.js';
import { dateToLocalSeconds, type IsoDate, isoDateOf, type LocalSeconds, parseClock } from '../time.js';

/** How fast the rest of the day goes: as measured so far, as planned, or a rate given. */
export type RateChoice = 'measured' | 'planned' | Throughput;

/** What `replan` is told about the day: the time, the last class done, the classes not there. */
export interface Progress {
  /** `10:40` (the first planned date) or `2024-04-23T10:40` (also with a space). */
  now: string;
  done?: string;
  absent: readonly string[];
  rate: RateChoice;
}

const NOW = /^(?:(\d{4}-\d{2}-\d{2})[T\s]+)?(\d{1,2}[:：]\d{2})$/;

/** True when the text is a `--now` the tool reads (a clock time, or a date and a clock time). */
export function isNowText(text: string): boolean {
  const m = NOW.exec(text.normalize('NFKC').trim());
  return (
    m !== null && parseClock(m[2]!) !== undefined && (m[1] === undefined || dateToLocalSeconds(m[1]) !== undefined)
  );
}

/** The instant `--now` names: a clock time alone is on the plan's first date. */
export function nowOf(text: string, firstDate: IsoDate): LocalSeconds {
  const m = NOW.exec(text.normalize('NFKC').trim());
  const clockSeconds = m ? parseClock(m[2]!) : undefined;
  const midnight = m ? dateToLocalSeconds(m[1] ?? firstDate) : undefined;
  if (clockSeconds === undefined || midnight === undefined) return fail('replanBadNow', { value: text });
  return midnight + clockSeconds;
}

/** `--now` must fall within the plan: from its first start to its last end. */
export function checkNow(now: LocalSeconds, text: string, plan: Plan, clockOf: (t: LocalSeconds) => string): void {
  if (now < plan.summary.start || now > plan.summary.end)
    fail('replanNowOutside', { value: text, start: clockOf(plan.summary.start), end: clockOf(plan.summary.end) });
}

/** The index in the plan of the class a `--done` or `--absent` names; an unknown name is refused with a guess. */
export function classIndex(plan: Plan, name: string, option: string): number {
  const wanted = normalizeForMatch(name);
  const index = plan.classes.findIndex((c) => normalizeForMatch(c.name) === wanted);
  if (index >= 0) return index;
  const names = plan.classes.map((c) => c.name);
  return fail('replanUnknownClass', { option, name, suggestion: closest(name, names) ?? '' });
}

/**
 * The classes done: those of the plan that start no later than the one `--done` names (with one room, the plan's
 * order up to and including it). None without `--done`.
 */
export function doneClasses(plan: Plan, done: number | undefined): boolean[] {
  if (done === undefined) return plan.classes.map(() => false);
  const last = plan.classes[done]!.start;
  return plan.classes.map((c) => c.start <= last);
}

/**
 * The rate measured on the day of `now`: people of the classes done that day ÷ the session time from the day's first
 * start to `now` (breaks left out) ÷ rooms, in the plan's period, to one decimal; undefined when nothing is done that
 * day yet.
 */
export function measuredRate(plan: Plan, done: readonly boolean[], now: LocalSeconds): Measured | undefined {
  const date = isoDateOf(now);
  const today = plan.classes.filter((c) => plan.slots[c.slot]!.date === date);
  const people = sumDone(plan, done, date);
  const first = minOf(today.map((c) => c.start));
  let worked = 0;
  for (const s of plan.slots)
    if (s.date === date) worked += Math.max(0, Math.min(s.end, now) - Math.max(s.start, first));
  if (people === 0 || worked <= 0 || today.length === 0) return undefined;
  const { count, unit } = plan.settings.throughput;
  const perPeriod = (people * periodSeconds(plan.settings.throughput)) / (worked * plan.rooms.length);
  return { rate: { people: Math.round(perPeriod * 10) / 10, count, unit }, people, seconds: worked };
}

/** A rate measured: the people photographed in the seconds worked, and the rate they make (to one decimal). */
export interface Measured {
  rate: Throughput;
  people: number;
  seconds: number;
}

function sumDone(plan: Plan, done: readonly boolean[], date: IsoDate): number {
  let people = 0;
  plan.classes.forEach((c, i) => {
    if (done[i] && plan.slots[c.slot]!.date === date) people += c.headcount;
  });
  return people;
}
