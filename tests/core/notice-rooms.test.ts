import { describe, expect, it } from 'vitest';
import { type NoticeTable, noticeTable } from '../../src/core/notice/notice-table.js';
import type { Plan, ScheduledClass } from '../../src/core/schedule/plan.js';
import { planJson } from '../../src/core/schedule/plan-json.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { parseThroughput } from '../../src/core/settings.js';
import { seedRoster, settingsOf } from '../helpers.js';
import { roomNames, roomsRoster } from '../rooms-roster.js';

function planFor(rooms: number): Plan {
  const settings = settingsOf({ throughput: '10/10min', dates: '2024-04-22..2024-04-23' });
  return schedule(roomsRoster(rooms), {
    ...settings,
    ...(rooms > 1 ? { rooms: roomNames(rooms).map((name) => ({ name, throughput: settings.throughput })) } : {}),
  });
}

/** The merged cells of one column as [first row, row count, text]. */
function spans(notice: NoticeTable, key: string): [number, number, string][] {
  const col = notice.table.columns.findIndex((c) => c.key === key);
  return notice.table.rows.flatMap((r, i) =>
    r.cells[col]!.rowSpan > 0 ? [[i, r.cells[col]!.rowSpan, r.cells[col]!.text] as [number, number, string]] : [],
  );
}

describe.each([1, 3, 7])('the timetable of %i room(s) over two days', (rooms) => {
  const plan = planFor(rooms);
  const notice = noticeTable(plan, { lang: 'zh', round: 10, gather: 10 });
  const byName = new Map(plan.classes.map((c) => [c.name, c]));
  const column = (key: string) => notice.table.columns.findIndex((c) => c.key === key);
  const printed: ScheduledClass[] = notice.table.rows.map((r) => byName.get(r.cells[column('class')]!.text)!);
  const dateOf = (c: ScheduledClass) => plan.slots[c.slot]!.date;

  // a day and a half of work a room: every room starts on the first day, and the second day is used (a room may be
  // done on the first when that spares returns: rooms are compared by their summed cost before the latest end)
  it('spans both days, every room working on the first', () => {
    expect(plan.summary.fits).toBe(true);
    expect(new Set(plan.classes.map(dateOf))).toEqual(new Set(['2024-04-22', '2024-04-23']));
    for (let room = 0; room < rooms; room++)
      expect(plan.classes.some((c) => c.room === room && dateOf(c) === '2024-04-22')).toBe(true);
  });

  it('prints rows by date, then room, then time, numbered 1…n as printed', () => {
    expect(notice.table.rows.map((r) => r.cells[0]!.text)).toEqual(printed.map((_, i) => String(i + 1)));
    expect(printed.map((c) => c.seq)).toEqual(printed.map((_, i) => i + 1));
    const key = (c: ScheduledClass) => `${dateOf(c)} ${String(c.room).padStart(2, '0')} ${c.start}`;
    expect(printed.map(key)).toEqual(printed.map(key).sort());
    // the sign-in sheet and the exact times follow the same rows
    for (const table of [notice.signIn, notice.detail]) {
      const at = table.columns.findIndex((c) => c.key === 'class');
      expect(table.rows.map((r) => r.cells[at]!.text)).toEqual(printed.map((c) => c.name));
    }
    // the per-counselor table lists counselors as they first appear in the timetable
    const at = notice.counselors.columns.findIndex((c) => c.key === 'counselor');
    expect(notice.counselors.rows.map((r) => r.cells[at]!.text)).toEqual([...new Set(printed.map((c) => c.counselor))]);
  });

  it('merges one date over all its rooms, and one room cell per room and date', () => {
    expect(spans(notice, 'date').map((s) => s[2])).toEqual(['2024年4月22日', '2024年4月23日']);
    if (rooms > 1) {
      const on = (date: string) =>
        roomNames(rooms).filter((_, r) => plan.classes.some((c) => c.room === r && dateOf(c) === date));
      expect(spans(notice, 'room').map((s) => s[2])).toEqual([...on('2024-04-22'), ...on('2024-04-23')]);
    }
  });

  it.each(['counselor', 'room', 'date', 'time'])(
    'every %s cell covers rows of its own value, the column tiled',
    (key) => {
      if (key === 'room' && rooms === 1) return;
      const segmentOf = new Map<ScheduledClass, number>();
      plan.blocks
        .flatMap((b) => b.segments)
        .forEach((s, id) => {
          for (let i = s.first; i <= s.last; i++) segmentOf.set(plan.classes[i]!, id);
        });
      const value = (c: ScheduledClass): string =>
        key === 'counselor'
          ? c.counselor
          : key === 'room'
            ? `${dateOf(c)} ${c.room}`
            : key === 'date'
              ? dateOf(c)
              : String(segmentOf.get(c));
      const list = spans(notice, key);
      expect(list.reduce((n, s) => n + s[1], 0)).toBe(printed.length);
      list.forEach(([first, count], i) => {
        if (i > 0) expect(first).toBe(list[i - 1]![0] + list[i - 1]![1]);
        expect(new Set(printed.slice(first, first + count).map(value)).size).toBe(1);
      });
    },
  );

  it('splits a counselor running into the next day only when other rooms come between', () => {
    const split = plan.blocks.filter((b) => new Set(b.segments.map((s) => plan.slots[s.slot]!.date)).size > 1);
    expect(split.length).toBeGreaterThan(0);
    const counselorSpans = spans(notice, 'counselor');
    expect(counselorSpans.length).toBe(plan.blocks.length + (rooms > 1 ? split.length : 0));
  });

  it('keeps the JSON classes in room order, then time, each seq its printed row', () => {
    const json = planJson(plan) as { classes: { name: string; seq: number; room?: string }[] };
    expect(json.classes.map((c) => c.name)).toEqual(plan.classes.map((c) => c.name));
    const rooms = plan.classes.map((c) => c.room);
    expect(rooms).toEqual([...rooms].sort((a, b) => a - b));
    expect(json.classes.map((c) => c.seq).sort((a, b) => a - b)).toEqual(printed.map((_, i) => i + 1));
    for (const c of json.classes) expect(printed[c.seq - 1]!.name).toBe(c.name);
  });
});

describe('the timeline heading', () => {
  it.each([
    ['zh', '2024-04-22', '当天安排一览'],
    ['zh', '2024-04-22..2024-04-23', '每天安排一览'],
    ['en', '2024-04-22', 'The day at a glance'],
    ['en', '2024-04-22..2024-04-24', 'Each day at a glance'],
  ] as const)('%s, %s: %s', (lang, dates, heading) => {
    const plan = schedule(roomsRoster(1), settingsOf({ dates }));
    expect(noticeTable(plan, { lang, round: 10, gather: 10 }).timelineTitle).toBe(heading);
  });
});

describe('rooms of different rates', () => {
  const settings = settingsOf({ throughput: '20/10min' });
  const rooms = [
    { name: 'A1-108', throughput: parseThroughput('20/10min') },
    { name: 'A1-109', throughput: parseThroughput('15/10min') },
  ];
  const plan = schedule(seedRoster(), { ...settings, rooms });
  it.each([
    [
      'zh',
      'A1-108 每10分钟20人、A1-109 每10分钟15人',
      '本次各教室按各自的速度安排拍摄（A1-108 每10分钟20人、A1-109 每10分钟15人）',
    ],
    ['en', 'A1-108 20 per 10 min, A1-109 15 per 10 min', "Photos are planned at each room's own rate (A1-108"],
  ] as const)('the notice names each room with its rate (%s)', (lang, rate, sentence) => {
    const notice = noticeTable(plan, { lang, round: 10, gather: 10 });
    expect(notice.rateText).toBe(rate);
    expect(notice.throughputSentence.startsWith(sentence)).toBe(true);
  });
  it('rooms of one rate keep the one rate', () => {
    const same = schedule(seedRoster(), {
      ...settings,
      rooms: rooms.map((r) => ({ ...r, throughput: settings.throughput })),
    });
    expect(noticeTable(same, { lang: 'zh', round: 10, gather: 10 }).rateText).toBe('每10分钟20人');
  });
});
