import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayTimes } from '../../src/core/notice/display-times.js';
import { type NoticeOptions, type NoticeTable, noticeTable } from '../../src/core/notice/notice-table.js';
import { planFix } from '../../src/core/schedule/fix.js';
import type { Plan } from '../../src/core/schedule/plan.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { clock } from '../../src/core/time.js';
import { rosterOf } from '../helpers.js';
import { planOf, RUNS, validCaseArb } from './schedule-cases.js';

const noticeOptionsArb: fc.Arbitrary<NoticeOptions> = fc.record({
  lang: fc.constantFrom('zh' as const, 'en' as const),
  round: fc.constantFrom(1, 5, 10, 15, 30),
  gather: fc.constantFrom(0, 10),
});

/** A clock time past 24:00 (24:01 … 99:59), wherever it stands in a text. */
const PAST_MIDNIGHT = /(?<![\d:])(?:24:(?:0[1-9]|[1-5]\d)|2[5-9]:\d\d|[3-9]\d:\d\d)/;

/** Every text a notice shows people: tables, sentences, timeline labels and notes. */
function textsOf(notice: NoticeTable): string[] {
  const cells = [notice.table, notice.detail, notice.signIn, notice.counselors].flatMap((t) =>
    t.rows.flatMap((r) => r.cells.map((c) => c.text)),
  );
  const timeline = notice.timeline.flatMap((d) => [...d.notes, ...d.rows.flatMap((r) => r.bars.map((b) => b.label))]);
  return [...cells, ...timeline, notice.summarySentence, notice.endText, notice.warning ?? ''];
}

/**
 * The notice table's merges and time cells against the plan's segments: per segment, the shown times of its scheduled
 * classes, then 未排入 over the rest; no clock time past 24:00 anywhere.
 */
function checkNotice(plan: Plan, options: NoticeOptions): void {
  const notice = noticeTable(plan, options);
  const { table } = notice;
  const column = (key: string) => table.columns.findIndex((col) => col.key === key);
  const heads = (col: number) =>
    table.rows.flatMap((r, i) => (r.cells[col]!.rowSpan > 0 ? [{ row: i, ...r.cells[col]! }] : []));
  const spanSum = (col: number) => heads(col).reduce((sum, h) => sum + h.rowSpan, 0);
  expect(table.rows).toHaveLength(plan.classes.length);
  expect(spanSum(column('time'))).toBe(table.rows.length);
  expect(spanSum(column('counselor'))).toBe(table.rows.length);
  expect(spanSum(column('date'))).toBe(table.rows.length);

  const display = displayTimes(plan, options.round);
  const late = (i: number) => plan.classes[i]!.end > plan.summary.lastSessionEnd;
  const expected = plan.blocks.flatMap((b) =>
    b.segments.flatMap((s) => {
      let last = s.last;
      while (last >= s.first && late(last)) last--;
      const shown = display.get(s);
      return [
        ...(last >= s.first ? [[s.first, last - s.first + 1, `${clock(shown!.start)}-${clock(shown!.end)}`]] : []),
        ...(last < s.last ? [[last + 1, s.last - last, options.lang === 'zh' ? '未排入' : 'not scheduled']] : []),
      ];
    }),
  );
  expect(heads(column('time')).map((t) => [t.row, t.rowSpan, t.text])).toEqual(expected);
  table.rows.forEach((r, i) => {
    expect(r.overflow).toBe(late(i));
    if (late(i)) expect(r.cells[column('gather')]!.text).toBe('');
  });
  for (const text of textsOf(notice)) expect(text).not.toMatch(PAST_MIDNIGHT);
}

describe('schedule: properties', () => {
  // 8. Notice table: time, counselor and date merges tile the rows; time cells are the shown times, then 未排入.
  it('noticeTable: merged cells tile the rows; each segment shows its scheduled part, then 未排入; no time past 24:00', () => {
    fc.assert(
      fc.property(validCaseArb, noticeOptionsArb, (c, options) => {
        const { plan } = planOf(c);
        checkNotice(plan, options);
      }),
      RUNS,
    );
  });

  // A plan that runs on past midnight once printed 23:00-25:00: now what does not fit says so, with no clock time.
  it('noticeTable: an overflow past midnight shows 未排入 and no clock time past 24:00, with its fix', () => {
    const roster = rosterOf([
      ['A', 120, '甲'],
      ['B', 120, '乙'],
      ['C', 100, '丙'],
    ]);
    const settings = {
      throughput: { people: 1, count: 1, unit: 'min' as const },
      sessions: [{ start: 21 * 3600, end: 23 * 3600 }],
      dates: ['2024-04-22'],
    };
    const plan = schedule(roster, settings);
    expect(plan.summary.end).toBeGreaterThan(plan.summary.lastSessionEnd + 3600);
    checkNotice(plan, { lang: 'en', round: 1, gather: 0 });
    const notice = noticeTable(plan, { lang: 'zh', round: 10, gather: 10, fix: planFix(roster, settings) });
    expect(notice.warning).toBe(
      '按此速度排不下：到 23:00 拍摄结束时，还有 2 个班、220 人未排入（还需约 220 分钟）。要全部排下，可以把拍摄速度提高到每分钟3人（22:53:20 结束）；或按同样的时段再加 2 天（2024年4月23日、2024年4月24日）；或按同样的速度用 3 个教室同时拍摄。',
    );
  });
});
