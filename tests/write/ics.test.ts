import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/core/notice/calendar-events.js';
import { noticeTable } from '../../src/core/notice/notice-table.js';
import type { Roster } from '../../src/core/roster/model.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { icsFileName, renderIcs } from '../../src/write/ics.js';
import { rosterOf, seedRoster, settingsOf } from '../helpers.js';

const LOCATION = '宜宾校区 A1-108教室';
const STAMP = new Date(Date.UTC(2024, 3, 20, 9, 30, 15));

function eventsOf(
  options: { roster?: Roster; throughput?: string; lang?: 'zh' | 'en'; location?: string | null } = {},
): CalendarEvent[] {
  const plan = schedule(
    options.roster ?? seedRoster(),
    settingsOf({ throughput: options.throughput ?? '20/10min', dates: '2024-04-22' }),
  );
  const location = options.location === null ? {} : { location: options.location ?? LOCATION };
  return noticeTable(plan, { lang: options.lang ?? 'zh', round: 10, gather: 10, ...location }).events;
}

function vevents(ics: string): ICAL.Component[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe('vcalendar');
  return calendar.getAllSubcomponents('vevent');
}

function time(event: ICAL.Component, name: 'dtstart' | 'dtend' | 'dtstamp'): ICAL.Time {
  const value = event.getFirstPropertyValue(name);
  expect(value).toBeInstanceOf(ICAL.Time);
  return value as ICAL.Time;
}

function textOf(event: ICAL.Component, name: string): string {
  const value = event.getFirstPropertyValue(name);
  expect(typeof value).toBe('string');
  return value as string;
}

describe('renderIcs', () => {
  const seed = renderIcs(eventsOf(), STAMP);
  const seedVevents = vevents(seed);

  it('writes one VEVENT per counselor segment', () => {
    const counselors = seedVevents.map((e) => textOf(e, 'summary').match(/· (\S+)：/)?.[1]);
    expect(counselors).toEqual(['杜宇飞', '何芬', '何芬', '李永江', '唐小淋', '朱银先']);
    expect(seed.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(6);
  });

  it("puts 何芬's two segments from their first gathering to their end, floating", () => {
    const hefen = seedVevents.filter((e) => textOf(e, 'summary').includes('何芬'));
    expect(hefen.map((e) => [time(e, 'dtstart').toString(), time(e, 'dtend').toString()])).toEqual([
      ['2024-04-22T10:09:00', '2024-04-22T11:54:00'],
      ['2024-04-22T13:20:00', '2024-04-22T13:41:00'],
    ]);
    for (const e of seedVevents) {
      for (const name of ['dtstart', 'dtend'] as const) {
        const t = time(e, name);
        expect(t.isDate).toBe(false);
        expect(t.zone).toBe(ICAL.Timezone.localTimezone);
        expect(e.getFirstProperty(name)!.getParameter('tzid')).toBeUndefined();
      }
    }
    expect(seed).toContain('\r\nDTSTART:20240422T100900\r\n');
    expect(seed).toMatch(/^DTSTART[;:]/m);
    expect(seed).not.toMatch(/^DT(START|END)[^\r]*(Z|TZID)/m);
  });

  it('names the counselor and classes in SUMMARY, and lists each class with its gather time in DESCRIPTION', () => {
    const events = eventsOf();
    seedVevents.forEach((e, i) => {
      expect(textOf(e, 'summary')).toBe(events[i]!.title);
      expect(textOf(e, 'description')).toBe(events[i]!.description);
    });
    const first = seedVevents[0]!;
    expect(textOf(first, 'summary')).toContain('杜宇飞');
    expect(textOf(first, 'summary')).toContain('软件20211');
    expect(textOf(first, 'description').split('\n')[0]).toBe('软件20211（31 人）：8:20 集合，8:30 开始拍摄');
    expect(textOf(first, 'description').split('\n')).toHaveLength(7);
  });

  it('writes LOCATION when there is one, and none otherwise', () => {
    for (const e of seedVevents) expect(textOf(e, 'location')).toBe(LOCATION);
    const bare = renderIcs(eventsOf({ location: null }), STAMP);
    expect(bare).not.toContain('LOCATION');
    expect(vevents(bare)).toHaveLength(6);
  });

  it('keeps UIDs unique, and stable across renders and a change of throughput', () => {
    const uids = seedVevents.map((e) => textOf(e, 'uid'));
    expect(new Set(uids).size).toBe(6);
    expect(uids).toEqual(eventsOf().map((e) => e.uid));
    const again = vevents(renderIcs(eventsOf(), new Date(Date.UTC(2025, 0, 1)))).map((e) => textOf(e, 'uid'));
    expect(again).toEqual(uids);
    const faster = renderIcs(eventsOf({ throughput: '23/10min' }), STAMP);
    const keyed = (vs: ICAL.Component[]) =>
      new Map(vs.map((e) => [textOf(e, 'uid'), textOf(e, 'summary').match(/· (\S+)：/)?.[1]]));
    const fasterUids = keyed(vevents(faster));
    const shared = [...keyed(seedVevents)].filter(([uid]) => fasterUids.has(uid));
    // At 23/10min 何芬 fits in one segment and 李永江 needs two: every other segment keeps its UID.
    expect(shared.map(([, counselor]) => counselor)).toEqual(['杜宇飞', '何芬', '李永江', '唐小淋', '朱银先']);
    for (const [uid, counselor] of shared) expect(fasterUids.get(uid)).toBe(counselor);
    // Every counselor's first segment keeps its UID whatever the throughput.
    const firsts = (vs: ICAL.Component[]) =>
      vs.map((e) => textOf(e, 'uid')).filter((uid) => uid.endsWith('-1@capture-plan'));
    expect(firsts(vevents(faster))).toEqual(firsts(seedVevents));
  });

  it('stamps DTSTAMP with the given instant, in UTC', () => {
    for (const e of seedVevents) {
      const stamp = time(e, 'dtstamp');
      expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
      expect(stamp.toJSDate().getTime()).toBe(STAMP.getTime());
    }
    expect(seed).toContain('\r\nDTSTAMP:20240420T093015Z\r\n');
  });

  it.each([
    [new Date(Date.UTC(2024, 3, 20, 9, 30, 15, 999)), '20240420T093015Z'],
    [new Date(Date.UTC(1969, 11, 31)), '19691231T000000Z'],
    [new Date(0), '19700101T000000Z'],
  ])('stamps %s as DTSTAMP:%s (to the second; before 1970 too)', (stamp, expected) => {
    expect(renderIcs(eventsOf(), stamp)).toContain(`\r\nDTSTAMP:${expected}\r\n`);
  });

  it('refuses a stamp that is no time', () => {
    expect(() => renderIcs(eventsOf(), new Date(Number.NaN))).toThrow(/cannot write the calendar/);
  });

  it('names capture-plan in PRODID', () => {
    const calendar = new ICAL.Component(ICAL.parse(seed));
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/capture-plan/);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('ends every line in CRLF and folds at 75 octets', () => {
    expect(seed.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(seed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = seed.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true); // the Chinese SUMMARY/DESCRIPTION lines did need folding
    expect(Buffer.from(seed, 'utf8').toString('utf8')).toBe(seed); // no character split by a fold
  });

  it('renders the same text twice', () => {
    expect(renderIcs(eventsOf(), STAMP)).toBe(seed);
  });

  it('does not depend on the time zone it runs in', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['America/New_York', 'Pacific/Kiritimati', 'Asia/Shanghai']) {
        process.env.TZ = zone;
        expect(renderIcs(eventsOf(), STAMP)).toBe(seed);
      }
      // 02:30 on 10 March 2024 does not exist in New York: a floating time must still say 02:30.
      process.env.TZ = 'America/New_York';
      const gap: CalendarEvent = {
        uid: 'gap@capture-plan',
        counselor: 'x',
        date: '2024-03-10',
        start: 2.5 * 3600,
        end: 3.5 * 3600,
        title: 't',
        description: 'd',
      };
      expect(renderIcs([gap], STAMP)).toContain('\r\nDTSTART:20240310T023000\r\nDTEND:20240310T033000\r\n');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('escapes commas, semicolons, backslashes and line breaks so they round-trip', () => {
    const name = 'a,b;c\nd\\e';
    const events = eventsOf({ roster: rosterOf([[name, 30, 'x;y,z']]), location: 'Room 1, Hall; "B"' });
    const [event, ...rest] = vevents(renderIcs(events, STAMP));
    expect(rest).toHaveLength(0);
    expect(textOf(event!, 'summary')).toBe(events[0]!.title);
    expect(textOf(event!, 'summary')).toContain(name);
    expect(textOf(event!, 'description')).toBe(events[0]!.description);
    expect(textOf(event!, 'description')).toContain(name);
    expect(textOf(event!, 'location')).toBe('Room 1, Hall; "B"');
  });

  it('renders English labels', () => {
    const events = eventsOf({ lang: 'en' });
    const parsed = vevents(renderIcs(events, STAMP));
    expect(parsed).toHaveLength(6);
    expect(textOf(parsed[0]!, 'summary')).toBe(events[0]!.title);
    expect(textOf(parsed[0]!, 'summary')).toMatch(/^Graduation photos · 杜宇飞: /);
    expect(textOf(parsed[0]!, 'description').split('\n')[0]).toBe('软件20211 (31): gather 8:20, photos from 8:30');
  });

  it('writes an end of 24:00 as the next day at 00:00', () => {
    const event: CalendarEvent = {
      uid: 'late@capture-plan',
      counselor: 'x',
      date: '2024-12-31',
      start: 23 * 3600,
      end: 24 * 3600,
      title: 't',
      description: 'd',
    };
    const [parsed] = vevents(renderIcs([event], STAMP));
    expect(time(parsed!, 'dtstart').toString()).toBe('2024-12-31T23:00:00');
    expect(time(parsed!, 'dtend').toString()).toBe('2025-01-01T00:00:00');
  });
});

describe('icsFileName', () => {
  it.each([
    ['何芬', '何芬.ics'],
    ['a/b:c', 'a_b_c.ics'],
    ['<>:"/\\|?*', '_________.ics'],
    ['tab\there', 'tab_here.ics'],
    ['CON', '_CON.ics'],
    ['nul', '_nul.ics'],
    ['com1', '_com1.ics'],
    ['LPT9.x', '_LPT9.x.ics'],
    ['CONSOLE', 'CONSOLE.ics'],
    ['  ', '_.ics'],
    ['', '_.ics'],
    ['..', '_.ics'],
    ['x.', 'x.ics'],
    [' 李永江 . ', '李永江.ics'],
  ])('%j → %j', (counselor, expected) => {
    expect(icsFileName(counselor)).toBe(expected);
  });
});
