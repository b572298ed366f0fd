import { formatDate, gatherClock } from '../format.js';
import type { Labels } from '../i18n/labels.js';
import { type DisplayTimes, displayTimes } from '../notice/display-times.js';
import { counselorKey, counselorLabel } from '../roster/identity.js';
import type { Block, Plan, ScheduledClass, Segment } from '../schedule/plan.js';
import { isScheduled } from '../schedule/unscheduled.js';
import { clock, type LocalSeconds } from '../time.js';
import type { Replanned } from './replan.js';

/** A span of exact local time. */
export interface Span {
  start: LocalSeconds;
  end: LocalSeconds;
}

/** Whom to tell what: a counselor (or a college) whose time changes, its old and new windows, and by how much. */
export interface Delay {
  counselor?: string;
  college?: string;
  /** Exact windows, one per segment (of each of its counselors, for a college), before and after. */
  was: Span[];
  now: Span[];
  /** Minutes the first class not yet photographed moves (later is positive), to one decimal. */
  minutes: number;
  /** The line to send, in the notice's language and with its shown (rounded) times. */
  line: string;
}

/** Shown times of both plans, for the lines to send. */
interface Shown {
  plan: Plan;
  display: ReadonlyMap<Segment, DisplayTimes>;
}

/**
 * Every counselor with a class not yet done whose start moves (or that is absent), then, with colleges, every college
 * so: the old and new windows, the minutes, and the line to send (`请于 13:56 到场`: the gathering time of its first
 * class still to come).
 */
export function delaysOf(replanned: Replanned, labels: Labels, options: { round: number; gather: number }): Delay[] {
  const { before, plan, done, absent } = replanned;
  const index = new Map(plan.classes.map((c, i) => [c, i]));
  const old: Shown = { plan: before, display: displayTimes(before, options.round) };
  const now: Shown = { plan, display: displayTimes(plan, options.round) };
  const oldStart = new Map(before.classes.map((c) => [c.name, c.start]));
  const days = new Set(plan.slots.map((s) => s.date)).size > 1;
  const pending = (b: Block) => classesOf(plan, b).filter((c) => !done[index.get(c)!]);
  const isAbsent = (c: ScheduledClass) => absent[index.get(c)!] === true;
  const counselors: Delay[] = [];
  const moved = new Set<string>();
  const blocksOf = (p: Plan) => {
    const map = new Map<string, Block[]>();
    for (const b of p.blocks) map.set(counselorKey(b), [...(map.get(counselorKey(b)) ?? []), b]);
    return map;
  };
  const oldBlocks = blocksOf(before);
  for (const [key, blocks] of blocksOf(plan)) {
    const rest = blocks.flatMap(pending).sort((a, b) => a.start - b.start);
    if (!rest.some((c) => c.start !== oldStart.get(c.name) || isAbsent(c))) continue;
    moved.add(key);
    const { counselor, college } = blocks[0]!;
    const first = rest[0]!;
    const minutes = Math.round((first.start - oldStart.get(first.name)!) / 6) / 10;
    const { midnight } = plan.slots[first.slot]!;
    const was = windows(old, oldBlocks.get(key)!, labels, days);
    const shown = windows(now, blocks, labels, days);
    counselors.push({
      counselor,
      ...(college === undefined ? {} : { college }),
      was: was.spans,
      now: shown.spans,
      minutes,
      line: labels.replan.counselorLine({
        // with colleges, the college too: two colleges may each have a 王芳
        counselor: counselorLabel(blocks[0]!),
        was: was.text,
        now: shown.text,
        minutes,
        // a gathering time already past (the next class starts within the lead): come now
        ...(isScheduled(plan, first)
          ? first.start - options.gather * 60 <= replanned.now
            ? { gatherNow: true }
            : { gather: gatherClock(first.start - midnight, options.gather) }
          : {}),
        absent: rest.filter(isAbsent).map((c) => {
          const at = isScheduled(plan, c) ? clock(c.start - plan.slots[c.slot]!.midnight) : labels.unscheduled;
          return `${c.name}${labels.replan.absentAt(at)}`;
        }),
      }),
    });
  }
  const colleges = [...new Set(plan.blocks.filter((b) => moved.has(counselorKey(b))).map((b) => b.college))];
  const collegeDelays = colleges.flatMap((college): Delay[] => {
    if (college === undefined) return [];
    const mine = (p: Plan) => p.blocks.filter((b) => b.college === college);
    const rest = mine(plan).flatMap(pending);
    const first = rest.reduce((a, c) => (c.start < a.start ? c : a), rest[0]!);
    const minutes = Math.round((first.start - oldStart.get(first.name)!) / 6) / 10;
    const was = windows(old, mine(before), labels, days);
    const shown = windows(now, mine(plan), labels, days);
    return [
      {
        college,
        was: was.spans,
        now: shown.spans,
        minutes,
        line: labels.replan.collegeLine({ college, was: was.text, now: shown.text, minutes }),
      },
    ];
  });
  return [...counselors, ...collegeDelays];
}

function classesOf(plan: Plan, block: Block): ScheduledClass[] {
  return block.segments.flatMap((s) => plan.classes.slice(s.first, s.last + 1));
}

/**
 * The blocks' windows: exact, a span per segment; and as the notice shows them, one per slot (the earliest start to the
 * latest end of their segments in it (10:20-12:00、13:30-14:10; with several days, each with its date; 未排入 past the last session).
 */
function windows(
  shown: Shown,
  blocks: readonly Block[],
  labels: Labels,
  days: boolean,
): { spans: Span[]; text: string } {
  const bySlot = new Map<number, { display?: DisplayTimes }>();
  for (const block of blocks)
    for (const segment of block.segments) {
      const entry = bySlot.get(segment.slot);
      const display = shown.display.get(segment);
      if (!entry) {
        bySlot.set(segment.slot, display ? { display: { ...display } } : {});
        continue;
      }
      if (display && entry.display) {
        entry.display.start = Math.min(entry.display.start, display.start);
        entry.display.end = Math.max(entry.display.end, display.end);
      } else if (display) entry.display = { ...display };
    }
  const slots = [...bySlot.keys()].sort((a, b) => a - b);
  // with several days, each day's windows after its date: 4月22日 16:20-17:40；4月23日 8:30-9:10、13:30-18:00
  const byDay = new Map<string, string[]>();
  for (const slot of slots) {
    const { display } = bySlot.get(slot)!;
    if (!display) continue;
    const date = days ? formatDate(labels, shown.plan.slots[slot]!.date) : '';
    byDay.set(date, [...(byDay.get(date) ?? []), `${clock(display.start)}-${clock(display.end)}`]);
  }
  const texts = [...byDay].map(([date, spans]) => `${date ? `${date} ` : ''}${spans.join(labels.listSeparator)}`);
  const segments = blocks.flatMap((b) => b.segments).sort((a, b) => a.start - b.start);
  // a class past the last session of the last date shows no time: 未排入
  const past = segments.some((segment) => segment.end > shown.plan.summary.lastSessionEnd);
  if (past && texts.length > 0) texts.push(labels.unscheduled);
  return {
    spans: segments.map((segment) => ({ start: segment.start, end: segment.end })),
    text: texts.join(days ? labels.replan.daySeparator : labels.listSeparator) || labels.unscheduled,
  };
}
