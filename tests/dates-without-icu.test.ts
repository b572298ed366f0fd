import { afterAll, describe, expect, it, vi } from 'vitest';
import { noticeTable } from '../src/core/notice/notice-table.js';
import { schedule } from '../src/core/schedule/schedule.js';
import { parseDates } from '../src/core/settings.js';
import { renderIcs } from '../src/write/ics.js';
import { seedRoster, settingsOf } from './helpers.js';

// luxon asks ICU for the system locale when a date or duration has none: `new Intl.DateTimeFormat()`, 25–35 ms of a
// cold start. Reading and naming dates must never come to that (src/core/dates.ts sets luxon's default locale).
const dateTimeFormat = vi.spyOn(Intl, 'DateTimeFormat');
afterAll(() => dateTimeFormat.mockRestore());

describe('dates are read and named without ICU', () => {
  it('sees a DateTimeFormat made', () => {
    new Intl.DateTimeFormat('en-US');
    expect(dateTimeFormat).toHaveBeenCalledTimes(1);
    dateTimeFormat.mockClear();
  });

  it('parses every date form, names the days in both languages and writes a calendar without one', () => {
    parseDates(
      '2024-04-22,2024/4/23,2024.4.24,２０２４年４月２５日,2024年4-26,2024-04-27..2024-05-02,2024-12-31至2025-01-01',
    );
    const plan = schedule(seedRoster(), {
      ...settingsOf({ throughput: '4/10min', dates: '2024-04-22~2024-04-28' }),
      constraints: { counselors: { 何芬: { available: ['2024-04-23 08:30-12:00', '2024-04-24'] } } },
    });
    for (const lang of ['zh', 'en'] as const) {
      renderIcs(noticeTable(plan, { lang, round: 10, gather: 10 }).events, new Date(Date.UTC(2024, 3, 20, 9, 30)));
    }
    expect(dateTimeFormat).not.toHaveBeenCalled();
  });
});
