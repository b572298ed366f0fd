import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/core/i18n/labels-for.js';
import { roomNotes } from '../../src/core/notice/room-notes.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { parseRooms } from '../../src/core/settings.js';
import { seedRoster, settingsOf } from '../helpers.js';

// The rooms' line under the summary: each room's end, the search and its gap to the bound. No time past the last
// session is ever shown (a class there is 未排入), and with several days each end carries its date as people write it.
const notes = (throughput: string, dates: string, lang: 'zh' | 'en' = 'zh') => {
  const s = settingsOf({ throughput, dates });
  return roomNotes(schedule(seedRoster(), { ...s, rooms: parseRooms('A1-108,A1-109', s.throughput) }), labelsFor(lang));
};

describe('roomNotes', () => {
  it.each([
    [
      '20/10min',
      '2024-04-22',
      'zh',
      '各教室结束：A1-108 14:26:30、A1-109 14:35:30。已比较所有分配辅导员的方式；最晚结束不可能早于 14:23:00，相差 12.5 分钟。',
    ],
    [
      '20/10min',
      '2024-04-22',
      'en',
      'Rooms end: A1-108 14:26:30, A1-109 14:35:30. Every assignment of counselors to rooms was compared; no plan ends before 14:23:00, 12.5 min earlier.',
    ],
    // the plan does not fit: the rooms end at their last scheduled class, and no bound past 18:00 is given
    [
      '10/10min',
      '2024-04-22',
      'zh',
      /^各教室结束：A1-108 1[0-7]:\d\d:\d\d、A1-109 1[0-7]:\d\d:\d\d。已比较所有分配辅导员的方式。$/,
    ],
    [
      '8/10min',
      '2024-04-22..2024-04-23',
      'zh',
      /^各教室结束：A1-108 2024年4月23日 1[0-7]:\d\d:\d\d、A1-109 2024年4月23日 1[0-7]:\d\d:\d\d。/,
    ],
  ] as const)('%s over %s (%s)', (throughput, dates, lang, line) => {
    const [note] = notes(throughput, dates, lang);
    if (typeof line === 'string') expect(note).toBe(line);
    else expect(note).toMatch(line);
  });
});
