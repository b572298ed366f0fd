import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noticeTable } from '../../src/core/notice/notice-table.js';
import type { ScheduledClass } from '../../src/core/schedule/plan.js';
import { isScheduled } from '../../src/core/schedule/unscheduled.js';
import { caseArb } from './schedule-rooms-cases.js';
import { planOrError } from './schedule-rooms-plan.js';

// The notice table of 1–3 rooms over 1–2 days: rows by date, then room, then time, and every merge right.
describe('the notice table with rooms and days: properties', () => {
  it('rows run by date, room, time as numbered; each merged cell covers rows of one value, tiling its column', () => {
    const arb = caseArb({
      rooms: [1, 3],
      order: 'input',
      constraints: 'never',
      changeover: true,
      maxCounselors: 7,
      maxClasses: 20,
    });
    fc.assert(
      fc.property(arb, (c) => {
        const plan = planOrError(c);
        if (!plan) return;
        const { table } = noticeTable(plan, { lang: 'zh', round: 10, gather: 10 });
        const bySeq = new Map(plan.classes.map((x) => [x.seq, x]));
        const printed = table.rows.map((r) => bySeq.get(Number(r.cells[0]!.text))!);
        expect(printed.map((x) => x.seq)).toEqual(printed.map((_, i) => i + 1));
        const dateOf = (x: ScheduledClass) => plan.slots[x.slot]!.date;
        const shownDate = (x: ScheduledClass) => (isScheduled(plan, x) ? dateOf(x) : '');
        printed.slice(1).forEach((b, i) => {
          const a = printed[i]!;
          const ordered =
            dateOf(a) !== dateOf(b) ? dateOf(a) < dateOf(b) : a.room !== b.room ? a.room < b.room : a.start < b.start;
          expect(ordered).toBe(true);
        });
        const segmentOf = new Map<ScheduledClass, number>();
        plan.blocks
          .flatMap((b) => b.segments)
          .forEach((s, id) => {
            for (let i = s.first; i <= s.last; i++) segmentOf.set(plan.classes[i]!, id);
          });
        const values: Record<string, (x: ScheduledClass) => string> = {
          counselor: (x) => x.counselor,
          // a class past the last session (未排入) shows no date: its date and room cells are apart from the day's
          room: (x) => `${shownDate(x)} ${x.room}`,
          date: (x) => shownDate(x),
          time: (x) => `${segmentOf.get(x)} ${isScheduled(plan, x)}`,
        };
        for (const [key, value] of Object.entries(values)) {
          const col = table.columns.findIndex((k) => k.key === key);
          if (col < 0) continue;
          let row = 0;
          while (row < table.rows.length) {
            const span = table.rows[row]!.cells[col]!.rowSpan;
            expect(span).toBeGreaterThan(0);
            const covered = printed.slice(row, row + span);
            expect(new Set(covered.map(value)).size).toBe(1);
            for (let i = row + 1; i < row + span; i++) expect(table.rows[i]!.cells[col]!.rowSpan).toBe(0);
            // a merge ends where its value changes
            if (row + span < printed.length && key !== 'counselor')
              expect(value(printed[row + span]!)).not.toBe(value(covered[0]!));
            row += span;
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
