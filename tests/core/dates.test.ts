import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDay, readDate } from '../../src/core/dates.js';
import { formatDate } from '../../src/core/format.js';
import { en } from '../../src/core/i18n/labels-en.js';
import { zh } from '../../src/core/i18n/labels-zh.js';

describe('readDate', () => {
  it.each([
    ['2024-04-22', ['yyyy-MM-dd'], '2024-04-22'],
    ['2024-4-22', ['yyyy-MM-dd', 'yyyy-M-d'], '2024-04-22'],
    ['2024年4月22日', ['yyyy-M-d', "yyyy'年'M'月'd'日'"], '2024-04-22'],
    ['2024-4-22', ['yyyy-MM-dd'], 'badDate'],
    ['2024-02-30', ['yyyy-MM-dd'], 'dateNotReal'],
    ['2024-02-30', ['yyyy-M', 'yyyy-MM-dd'], 'dateNotReal'],
    ['0099-01-01', ['yyyy-MM-dd'], 'dateNotReal'],
    ['0100-01-01', ['yyyy-MM-dd'], '0100-01-01'],
  ])('%j in %j: %s', (text, formats, expected) => {
    const reading = readDate(text, formats);
    expect(typeof reading === 'string' ? reading : reading.toISODate()).toBe(expected);
  });
});

describe('calendarDay', () => {
  it('names the weekday Date#getUTCDay gives, for any day from year 100 to 9999 (1 = Monday … 7 = Sunday)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (t) => {
          const iso = t.toISOString().slice(0, 10);
          const day = calendarDay(iso);
          expect([day.year, day.month, day.day]).toEqual(iso.split('-').map(Number));
          expect(day.weekday).toBe(((t.getUTCDay() + 6) % 7) + 1);
        },
      ),
    );
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-04-22', '2024年4月22日（星期一）', 'Monday 22 April 2024'],
    ['2024-04-23', '2024年4月23日（星期二）', 'Tuesday 23 April 2024'],
    ['2024-04-24', '2024年4月24日（星期三）', 'Wednesday 24 April 2024'],
    ['2024-04-25', '2024年4月25日（星期四）', 'Thursday 25 April 2024'],
    ['2024-04-26', '2024年4月26日（星期五）', 'Friday 26 April 2024'],
    ['2024-04-27', '2024年4月27日（星期六）', 'Saturday 27 April 2024'],
    ['2024-04-28', '2024年4月28日（星期日）', 'Sunday 28 April 2024'],
    ['2024-02-29', '2024年2月29日（星期四）', 'Thursday 29 February 2024'],
    ['2024-12-31', '2024年12月31日（星期二）', 'Tuesday 31 December 2024'],
    ['2025-01-01', '2025年1月1日（星期三）', 'Wednesday 1 January 2025'],
    ['2000-01-01', '2000年1月1日（星期六）', 'Saturday 1 January 2000'],
    ['1969-12-31', '1969年12月31日（星期三）', 'Wednesday 31 December 1969'],
  ])('%s with its weekday: %s / %s', (date, chinese, english) => {
    expect(formatDate(zh, date, true)).toBe(chinese);
    expect(formatDate(en, date, true)).toBe(english);
  });

  it.each([
    ['2024-03-05', '2024年3月5日', '5 March 2024'],
    ['2024-05-01', '2024年5月1日', '1 May 2024'],
    ['2024-06-30', '2024年6月30日', '30 June 2024'],
    ['2024-07-04', '2024年7月4日', '4 July 2024'],
    ['2024-08-15', '2024年8月15日', '15 August 2024'],
    ['2024-09-09', '2024年9月9日', '9 September 2024'],
    ['2024-10-10', '2024年10月10日', '10 October 2024'],
    ['2024-11-11', '2024年11月11日', '11 November 2024'],
  ])('%s without: %s / %s', (date, chinese, english) => {
    expect(formatDate(zh, date)).toBe(chinese);
    expect(formatDate(en, date)).toBe(english);
  });
});
