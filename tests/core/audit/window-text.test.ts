import { describe, expect, it } from 'vitest';
import { readDateText } from '../../../src/core/audit/date-text.js';
import { readWindowText } from '../../../src/core/audit/window-text.js';
import { clock } from '../../../src/core/time.js';

/** A reading as text: 8:30-10:10, or the reason it is none. */
function shown(text: string): string {
  const r = readWindowText(text);
  return typeof r === 'string' ? r : `${clock(r.start)}-${clock(r.end)}`;
}

describe('readWindowText', () => {
  it.each([
    ['8:30-10:10', '8:30-10:10'],
    ['08:30-10:10', '8:30-10:10'],
    ['8:30—10:10', '8:30-10:10'],
    ['8:30——10:10', '8:30-10:10'],
    ['8:30–10:10', '8:30-10:10'],
    ['8:30至10:10', '8:30-10:10'],
    ['8:30到10:10', '8:30-10:10'],
    ['8:30 - 10:10', '8:30-10:10'],
    ['上午8:30-10:10', '8:30-10:10'],
    ['14:00～15:30', '14:00-15:30'],
    ['14:00~15:30', '14:00-15:30'],
    ['8：30-10：10', '8:30-10:10'],
    ['８：３０－１０：１０', '8:30-10:10'],
    ['下午2:00-3:30', '14:00-15:30'],
    ['下午2:00-下午3:30', '14:00-15:30'],
    ['中午12:00-1:00', '12:00-13:00'],
    ['中午12:00-中午1:00', '12:00-13:00'],
    ['晚上7:00-8:00', '19:00-20:00'],
    ['上午11:40-下午1:00', '11:40-13:00'],
    ['16:40-18:00', '16:40-18:00'],
    ['17:30-24:00', '17:30-24:00'],
    ['8.30-10.10', '8:30-10:10'],
    ['8:30-10:20(续)', '8:30-10:20'],
    ['8:30-10:20（续）', '8:30-10:20'],
    ['8:30-10:20 (cont.)', '8:30-10:20'],
    ['未排入', 'unscheduled'],
    ['not scheduled', 'unscheduled'],
    ['10:10-8:30', 'reversed'],
    ['10:10-10:10', 'reversed'],
    ['8:30', 'unreadable'],
    ['8:30-', 'unreadable'],
    ['上午', 'unreadable'],
    ['8:60-9:00', 'unreadable'],
    ['25:00-26:00', 'unreadable'],
    ['八点半-十点', 'unreadable'],
    ['8:30-10:10,13:30-15:00', 'unreadable'],
  ])('%s → %s', (text, expected) => {
    expect(shown(text)).toBe(expected);
  });
});

describe('readDateText', () => {
  it.each([
    ['2024年4月22日', '2024-04-22'],
    ['2024年4月22日（星期一）', '2024-04-22'],
    ['2024-04-22', '2024-04-22'],
    ['2024/4/22', '2024-04-22'],
    ['22 April 2024', '2024-04-22'],
    ['Monday 22 April 2024', '2024-04-22'],
    ['4月22日', undefined],
    ['2024年2月30日', undefined],
    ['2024-04-22..2024-04-23', undefined],
    ['明天', undefined],
  ])('%s → %s', (text, expected) => {
    expect(readDateText(text)).toBe(expected);
  });
});
