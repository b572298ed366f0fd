import { describe, expect, it } from 'vitest';
import { type NoticeTable, noticeTable } from '../../src/core/notice/notice-table.js';
import { planFix } from '../../src/core/schedule/fix.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { rosterOf, seedRoster, settingsOf } from '../helpers.js';

function seedNotice(
  options: { throughput?: string; round?: number; lang?: 'zh' | 'en'; dates?: string } = {},
): NoticeTable {
  const settings = settingsOf({ throughput: options.throughput, dates: options.dates });
  const plan = schedule(seedRoster(), settings);
  const fix = plan.summary.fits ? undefined : planFix(seedRoster(), settings);
  return noticeTable(plan, {
    lang: options.lang ?? 'zh',
    round: options.round ?? 10,
    gather: 10,
    location: '宜宾校区 A1-108教室',
    ...(fix ? { fix } : {}),
  });
}

/** The merged cells of one column as [first row, row count, text]. */
function spans(notice: NoticeTable, key: string): [number, number, string][] {
  const col = notice.table.columns.findIndex((c) => c.key === key);
  return notice.table.rows.flatMap((r, i) =>
    r.cells[col]!.rowSpan > 0 ? [[i, r.cells[col]!.rowSpan, r.cells[col]!.text] as [number, number, string]] : [],
  );
}

describe('noticeTable', () => {
  it('shows one time per counselor segment, rounded to 10 minutes with shared boundaries; 未排入 past the end', () => {
    expect(spans(seedNotice(), 'time')).toEqual([
      [0, 7, '8:30-10:20'],
      [7, 5, '10:20-12:00'],
      [12, 1, '13:30-13:40'],
      [13, 8, '13:40-16:20'],
      [21, 4, '16:20-17:30'],
      [25, 1, '17:30-17:50'],
      [26, 4, '未排入'],
    ]);
    expect(spans(seedNotice({ lang: 'en' }), 'time')[6]).toEqual([26, 4, 'not scheduled']);
  });

  it.each([
    [1, ['8:30-10:20', '10:20-11:54', '13:30-13:41', '13:41-16:17', '16:17-17:31', '17:31-17:47', '未排入']],
    [5, ['8:30-10:20', '10:20-11:55', '13:30-13:40', '13:40-16:15', '16:15-17:30', '17:30-17:50', '未排入']],
    [30, ['8:30-10:30', '10:30-12:00', '13:30-14:00', '14:00-16:30', '16:30-17:30', '17:30-18:00', '未排入']],
  ])('--round %i', (round, expected) => {
    expect(spans(seedNotice({ round }), 'time').map((s) => s[2])).toEqual(expected);
  });

  it('merges counselor cells over their classes and the date over the scheduled classes of the day', () => {
    expect(spans(seedNotice(), 'counselor')).toEqual([
      [0, 7, '杜宇飞'],
      [7, 6, '何芬'],
      [13, 8, '李永江'],
      [21, 4, '唐小淋'],
      [25, 5, '朱银先'],
    ]);
    expect(spans(seedNotice(), 'date')).toEqual([
      [0, 26, '2024年4月22日'],
      [26, 4, ''],
    ]);
    expect(spans(seedNotice({ throughput: '23/10min' }), 'date')).toEqual([[0, 30, '2024年4月22日']]);
  });

  it('merges dates per day when the plan spans several', () => {
    const plan = schedule(
      rosterOf([
        ['A', 420, '甲'],
        ['B', 540, '乙'],
        ['C', 20, '乙'],
      ]),
      settingsOf({ dates: '2024-04-22,2024-04-23' }),
    );
    const notice = noticeTable(plan, { lang: 'en', round: 10, gather: 10 });
    expect(spans(notice, 'date')).toEqual([
      [0, 2, '22 April 2024'],
      [2, 1, '23 April 2024'],
    ]);
    expect(spans(notice, 'counselor')).toEqual([
      [0, 1, '甲'],
      [1, 2, '乙'],
    ]);
    expect(notice.facts[0]).toEqual({ label: 'Date', value: 'Monday 22 April 2024, Tuesday 23 April 2024' });
    const week = noticeTable(schedule(rosterOf([['A', 20, '甲']]), settingsOf({ dates: '2024-04-22..2024-04-28' })), {
      lang: 'zh',
      round: 10,
      gather: 10,
    });
    expect(week.settings.find((x) => x.label === '日期')?.value).toBe('2024年4月22日至2024年4月28日');
    expect(week.facts[0]!.value).toBe('2024年4月22日（星期一）');
  });

  it('never shows an empty segment: a boundary that would round onto the one before moves a step', () => {
    expect(spans(seedNotice({ round: 30 }), 'time')[2]).toEqual([12, 1, '13:30-14:00']);
  });

  it('warns, with the fixes, only when the plan does not fit; rows running past the last session are flagged', () => {
    const late = seedNotice();
    expect(late.fits).toBe(false);
    expect(late.warning).toBe(
      '按此速度排不下：到 18:00 拍摄结束时，还有 4 个班、131 人未排入（还需约 52.5 分钟）。要全部排下，可以把拍摄速度提高到每10分钟23人（17:43:29 结束）；或按同样的时段再加 1 天（2024年4月23日）；或按同样的速度用 2 个教室同时拍摄。',
    );
    expect(late.warning).not.toContain('18:52:30');
    expect(late.summarySentence).toBe(
      '共 30 个班、1052 人、5 位辅导员，其中 4 个班、131 人未排入；8:30 开始，预计 17:47:00 结束。',
    );
    expect(late.endText).toBe('17:47:00');
    expect(seedNotice({ lang: 'en' }).warning).toBe(
      'The plan does not fit at this rate: when shooting ends at 18:00, 4 classes (131 students) are not scheduled, about 52.5 more minutes of photos. To fit everyone: raise the rate to 23 per 10 min (ends 17:43:29); or add 1 more day at the same sessions (23 April 2024); or photograph in 2 rooms at once, each at this rate.',
    );
    expect(late.table.rows.filter((r) => r.overflow).map((r) => r.cells[1]!.text)).toEqual([
      '计科202111(专升本)',
      '计科20217(专升本)',
      '计科20218(专升本)',
      '计科20219(专升本)',
    ]);
    const onTime = seedNotice({ throughput: '23/10min' });
    expect(onTime.warning).toBeUndefined();
    expect(onTime.table.rows.some((r) => r.overflow)).toBe(false);
  });

  it.each([
    [
      'zh',
      '本次按每10分钟20人安排拍摄（平均每人约 30 秒）',
      '序号',
      '2024年4月22日 学历图像采集拍摄安排 · 宜宾校区 A1-108教室',
    ],
    [
      'en',
      'Photos are planned at 20 per 10 min (about 30 seconds a person)',
      'No.',
      '22 April 2024 Graduation photo capture schedule · 宜宾校区 A1-108教室',
    ],
  ] as const)('speaks %s', (lang, sentence, firstColumn, headline) => {
    const notice = seedNotice({ lang });
    expect(notice.throughputSentence).toContain(sentence);
    expect(notice.table.columns[0]!.label).toBe(firstColumn);
    expect(notice.headline).toBe(headline);
  });

  it('lists every class with exact times in the detail table', () => {
    const detail = seedNotice().detail;
    expect(detail.rows).toHaveLength(30);
    expect(detail.rows[12]!.cells.map((c) => c.text)).toEqual([
      '13',
      '网络20213(专升本)',
      '21',
      '何芬',
      '2024年4月22日',
      '13:20',
      '13:30:00',
      '13:40:30',
    ]);
    expect(detail.rows[27]!.cells.map((c) => c.text)).toEqual([
      '28',
      '计科20217(专升本)',
      '33',
      '朱银先',
      '',
      '',
      '未排入',
      '',
    ]);
    expect(detail.rows[27]!.overflow).toBe(true);
  });

  it('totals the classes and people', () => {
    expect(seedNotice().totals.map((c) => c.text)).toEqual(['合计', '30 个班', '1052', '', '', '', '']);
  });

  it('gives each class a gathering time, the lead before its exact start, floored to the minute', () => {
    const gather = (n: number) => seedNotice().table.rows[n]!.cells[6]!.text;
    expect([gather(0), gather(1), gather(12), gather(13)]).toEqual(['8:20', '8:35', '13:20', '13:30']);
  });

  it('has the sign-in sheet, the counselor summary and the settings used', () => {
    const notice = seedNotice();
    expect(notice.signIn.columns.map((c) => c.label)).toEqual([
      '序号',
      '班级名称',
      '人数',
      '辅导员',
      '开始',
      '实到人数',
      '缴费人数',
      '辅导员签字',
    ]);
    expect(notice.signIn.rows[0]!.cells.map((c) => c.text)).toEqual([
      '1',
      '软件20211',
      '31',
      '杜宇飞',
      '8:30',
      '',
      '',
      '',
    ]);
    expect(notice.counselors.rows.map((r) => r.cells.map((c) => c.text))[1]).toEqual([
      '何芬',
      '6',
      '209',
      '10:19:30',
      '13:40:30',
      '10:19:30-11:53:30、13:30:00-13:40:30',
    ]);
    expect(notice.counselors.rows.map((r) => r.overflow)).toEqual([false, false, false, false, true]);
    expect(notice.counselors.rows[4]!.cells.map((c) => c.text).slice(3)).toEqual([
      '17:30:30',
      '17:47:00',
      '17:30:30-17:47:00、4 个班未排入',
    ]);
    expect(notice.signIn.rows[27]!.cells[4]!.text).toBe('未排入');
    expect(notice.settings).toEqual([
      { label: '拍摄速度', value: '每10分钟20人 (20/10min)' },
      { label: '每天时段', value: '08:30-12:00、13:30-18:00' },
      { label: '日期', value: '2024年4月22日' },
      { label: '地点', value: '宜宾校区 A1-108教室' },
      { label: '通知时间取整', value: '10 分钟' },
      { label: '提前集合', value: '10 分钟' },
      { label: '排得下', value: '否' },
    ]);
  });

  it('draws the day: a row per counselor, a bar per scheduled class, the classes past the last session noted', () => {
    const [day] = seedNotice().timeline;
    expect(day!.rows.map((r) => r.label)).toEqual(['杜宇飞', '何芬', '李永江', '唐小淋', '朱银先']);
    expect(day!.breaks).toEqual([{ start: 43200, end: 48600 }]);
    expect([day!.from, day!.to]).toEqual([30600, 64800]);
    expect(day!.hours[0]).toBe(32400);
    const last = day!.rows[4]!.bars;
    expect(last.map((b) => [b.start, b.end])).toEqual([[63030, 64020]]);
    expect(last[0]!.label).toBe('计科202110(专升本)（33 人）17:30:30-17:47:00');
    expect(day!.notes).toEqual(['未排入：4 个班、131 人（朱银先）']);
    expect(seedNotice({ throughput: '23/10min' }).timeline[0]!.notes).toEqual([]);
  });

  it('makes one calendar event per counselor segment, from the first gathering to the exact end of its scheduled classes, with stable ids', () => {
    const events = seedNotice().events;
    expect(events.map((e) => [e.counselor, e.start, e.end])).toEqual([
      ['杜宇飞', 30000, 37200],
      ['何芬', 36540, 42840],
      ['何芬', 48000, 49260],
      ['李永江', 48600, 58620],
      ['唐小淋', 58020, 63060],
      ['朱银先', 62400, 64020],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(6);
    expect(seedNotice({ throughput: '23/10min' }).events.map((e) => e.uid)).toEqual(
      expect.arrayContaining([events[0]!.uid]),
    );
    expect(events[0]!.description.split('\n')[0]).toBe('软件20211（31 人）：8:20 集合，8:30 开始拍摄');
  });
});
