import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NoticeOptions, noticeTable } from '../../src/core/notice/notice-table.js';
import type { Plan } from '../../src/core/schedule/plan.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { dateToLocalSeconds } from '../../src/core/time.js';
import { rosterOf } from '../helpers.js';
import { planOf, RUNS, validCaseArb } from './schedule-cases.js';

/** "H:MM" → minutes since midnight. */
function minutes(text: string): number {
  const [h, m] = text.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

const noticeOptionsArb: fc.Arbitrary<NoticeOptions> = fc.record({
  lang: fc.constantFrom('zh' as const, 'en' as const),
  round: fc.constantFrom(1, 5, 10, 15, 30),
  gather: fc.constantFrom(0, 10),
});

/** The notice table's merges and time texts against the plan's segments. */
function checkNotice(plan: Plan, options: NoticeOptions): void {
  const { table } = noticeTable(plan, options);
  const column = (key: string) => table.columns.findIndex((col) => col.key === key);
  const heads = (col: number) =>
    table.rows.flatMap((r, i) => (r.cells[col]!.rowSpan > 0 ? [{ row: i, ...r.cells[col]! }] : []));
  const spanSum = (col: number) => heads(col).reduce((sum, h) => sum + h.rowSpan, 0);
  expect(table.rows).toHaveLength(plan.classes.length);
  expect(spanSum(column('time'))).toBe(table.rows.length);
  expect(spanSum(column('counselor'))).toBe(table.rows.length);

  // One time cell per segment, in schedule order.
  const segments = plan.blocks.flatMap((b) => b.segments);
  const times = heads(column('time'));
  expect(times.map((t) => [t.row, t.rowSpan])).toEqual(segments.map((s) => [s.first, s.last - s.first + 1]));
  segments.forEach((s, i) => {
    const text = times[i]!.text;
    const m = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(text);
    expect(m, text).not.toBeNull();
    const [start, end] = [m![1]!, m![2]!];
    expect(minutes(start), text).toBeLessThan(minutes(end));
    const previous = segments[i - 1];
    // A shared boundary (always so within a slot) shows the same text on both sides.
    if (previous && previous.slot === s.slot) expect(previous.end).toBe(s.start);
    if (previous && previous.end === s.start) expect(start, text).toBe(/-(.*)$/.exec(times[i - 1]!.text)![1]);
    // The last end before a break rounds up: never earlier than the truth.
    const next = segments[i + 1];
    if (!next || next.start !== s.end) {
      const midnight = dateToLocalSeconds(plan.slots[s.slot]!.date)!;
      expect(minutes(end) * 60, text).toBeGreaterThanOrEqual(s.end - midnight);
    }
  });
}

describe('schedule: properties', () => {
  // 8. Notice table: time and counselor merges tile the rows; shown times run forward, share boundaries, end no earlier than the truth.
  it('noticeTable: merged time and counselor cells tile the rows; shown times are ordered and gap-free', () => {
    fc.assert(
      fc.property(validCaseArb, noticeOptionsArb, (c, options) => {
        const { plan } = planOf(c);
        checkNotice(plan, options);
      }),
      RUNS,
    );
  });

  // A segment that runs on past midnight keeps counting from its date's midnight (23:00-25:00, not 23:00-23:01).
  it('noticeTable: an overflow past midnight still shows its real end', () => {
    const plan = schedule(
      rosterOf([
        ['A', 120, '甲'],
        ['B', 120, '乙'],
      ]),
      {
        throughput: { people: 1, count: 1, unit: 'min' },
        sessions: [{ start: 21 * 3600, end: 23 * 3600 }],
        dates: ['2024-04-22'],
      },
    );
    checkNotice(plan, { lang: 'en', round: 1, gather: 0 });
  });
});
