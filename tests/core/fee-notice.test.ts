import { describe, expect, it } from 'vitest';
import { type NoticeTable, noticeTable } from '../../src/core/notice/notice-table.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { parseRooms, type Settings } from '../../src/core/settings.js';
import { seedRoster, settingsOf } from '../helpers.js';

function seedNotice(fee: number | undefined, lang: 'zh' | 'en' = 'zh', settings: Settings = settingsOf()): NoticeTable {
  return noticeTable(schedule(seedRoster(), settings), {
    lang,
    round: 10,
    gather: 10,
    ...(fee === undefined ? {} : { fee }),
  });
}

/** A table's column by key, as texts. */
function column(table: NoticeTable['signIn'], key: string): string[] {
  const col = table.columns.findIndex((c) => c.key === key);
  return table.rows.map((r) => r.cells[col]!.text);
}

describe('noticeTable with a fee', () => {
  it('adds 应缴金额 before the signature on the sign-in sheet, and a totals row', () => {
    const notice = seedNotice(1500);
    expect(notice.signIn.columns.map((c) => c.label)).toEqual([
      '序号',
      '班级名称',
      '人数',
      '辅导员',
      '开始',
      '实到人数',
      '缴费人数',
      '应缴金额',
      '辅导员签字',
    ]);
    expect(column(notice.signIn, 'fee').slice(0, 3)).toEqual(['465', '420', '540']);
    expect(notice.fee!.signInTotals.map((c) => c.text)).toEqual([
      '合计',
      '30 个班',
      '1052',
      '',
      '',
      '',
      '',
      '15780',
      '',
    ]);
  });

  it('adds each counselor’s amount to the summary, with a totals row and a 收费标准 setting', () => {
    const notice = seedNotice(1500);
    expect(column(notice.counselors, 'fee')).toEqual(['3285', '3135', '4695', '2205', '2460']);
    expect(column(notice.counselors, 'people')).toEqual(['219', '209', '313', '147', '164']);
    expect(notice.fee!.counselorTotals.map((c) => c.text)).toEqual(['合计', '30', '1052', '15780', '', '', '']);
    expect(notice.settings.at(-1)).toEqual({ label: '收费标准', value: '每人 15 元' });
  });

  it('says it in one line for the notice and one for the terminal', () => {
    expect(seedNotice(1500).fee).toMatchObject({
      perPerson: '15',
      total: '15780',
      sentence: '拍摄费用：每人 15 元，共 1052 人，合计 15780 元，拍摄时按班缴纳。',
      totalLine: '应收费用：每人 15 元 × 1052 人 = 15780 元。',
    });
    expect(seedNotice(1500, 'en').fee).toMatchObject({
      sentence: 'Photo fee: 15 yuan per student, 1052 students, 15780 yuan in all, paid class by class at the shoot.',
      totalLine: 'Fees due: 15 yuan × 1052 students = 15780 yuan.',
      setting: { label: 'Photo fee', value: '15 yuan per student' },
    });
  });

  it('shows every amount with two decimals when the fee has jiao', () => {
    const notice = seedNotice(1550);
    expect(column(notice.signIn, 'fee').slice(0, 2)).toEqual(['480.50', '434.00']);
    expect(notice.fee!.total).toBe('16306.00');
    expect(notice.settings.at(-1)!.value).toBe('每人 15.50 元');
  });

  it('keeps the room column with several rooms, and the totals under their columns', () => {
    const settings = settingsOf();
    const notice = seedNotice(1500, 'zh', { ...settings, rooms: parseRooms('A1-108,A1-109', settings.throughput) });
    expect(notice.signIn.columns.map((c) => c.key)).toEqual([
      'seq',
      'class',
      'headcount',
      'counselor',
      'room',
      'start',
      'actual',
      'paid',
      'fee',
      'signature',
    ]);
    expect(notice.fee!.signInTotals.map((c) => c.text)).toEqual([
      '合计',
      '30 个班',
      '1052',
      '',
      '',
      '',
      '',
      '',
      '15780',
      '',
    ]);
    expect(notice.fee!.counselorTotals.map((c) => c.text)).toEqual(['合计', '', '30', '1052', '15780', '', '', '']);
  });

  it('changes nothing without a fee', () => {
    const notice = seedNotice(undefined);
    expect(notice.fee).toBeUndefined();
    expect(notice.signIn.columns.map((c) => c.key)).not.toContain('fee');
    expect(notice.counselors.columns.map((c) => c.key)).not.toContain('fee');
    expect(notice.settings.map((s) => s.label)).not.toContain('收费标准');
  });
});
