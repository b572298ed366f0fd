import { createHash } from 'node:crypto';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/core/notice/calendar-events.js';
import { noticeTable } from '../../src/core/notice/notice-table.js';
import type { Roster } from '../../src/core/roster/model.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { icsFileName, renderIcs } from '../../src/write/ics.js';
import { rosterOf, settingsOf } from '../helpers.js';

const STAMP = new Date(Date.UTC(2024, 3, 20));

function eventsOf(roster: Roster, lang: 'zh' | 'en' = 'zh', throughput = '20/10min'): CalendarEvent[] {
  const plan = schedule(roster, settingsOf({ throughput, sessions: '00:00-24:00' }));
  return noticeTable(plan, { lang, round: 10, gather: 10 }).events;
}

const parsed = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
const summary = (event: ICAL.Component) => event.getFirstPropertyValue('summary') as string;

/** Milliseconds `run` takes, the best of three (the machine is shared). */
function fastest(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('calendar UIDs', () => {
  it('differ for 辅导员162789 and 辅导员379192, whose 32-bit hashes were the same', () => {
    const events = eventsOf(
      rosterOf([
        ['甲班', 30, '辅导员162789'],
        ['乙班', 30, '辅导员379192'],
      ]),
    );
    expect(events).toHaveLength(2);
    expect(events[0]!.uid).not.toBe(events[1]!.uid);
    expect(events[0]!.uid).toMatch(/^2024-04-22-[0-9a-f]{64}-1@capture-plan$/);
  });

  it('are a function of the identity only: the same for another class list, rate or run', () => {
    const a = eventsOf(rosterOf([['甲班', 30, '王芳']]));
    const b = eventsOf(rosterOf([['乙班', 45, '王芳']]), 'en', '23/10min');
    expect(b[0]!.uid).toBe(a[0]!.uid);
    // date, room (none: one room), college (none), counselor, segment number
    const identity = JSON.stringify(['2024-04-22', '', null, '王芳', 1]);
    expect(a[0]!.uid).toBe(`2024-04-22-${createHash('sha256').update(identity).digest('hex')}-1@capture-plan`);
  });
});

describe('calendar size', () => {
  it('names 10 classes in a summary, then counts the rest; the description lists every one', () => {
    const roster = rosterOf(Array.from({ length: 12 }, (_, i) => [`班${i + 1}`, 20, '王芳'] as const));
    const [zh] = parsed(renderIcs(eventsOf(roster), STAMP));
    expect(summary(zh!)).toBe('学历图像采集 · 王芳：班1、班2、班3、班4、班5、班6、班7、班8、班9、班10等 12 个班');
    expect((zh!.getFirstPropertyValue('description') as string).split('\n')).toHaveLength(12);
    const [en] = parsed(renderIcs(eventsOf(roster, 'en'), STAMP));
    expect(summary(en!)).toBe('Graduation photos · 王芳: 班1, 班2, 班3, 班4, 班5, 班6, 班7, 班8, 班9, 班10 and 2 more');
  });

  it('writes one counselor with 4 000 classes, and a 40 000-character name, in linear time', () => {
    const many = eventsOf(
      rosterOf(Array.from({ length: 4000 }, (_, i) => [`班${i}`, 1, '王芳'] as const)),
      'zh',
      '600/1min',
    );
    expect(many).toHaveLength(1);
    const long = eventsOf(rosterOf([['甲班', 30, '辅'.repeat(40_000)]]));
    let ics = '';
    // was 63 s and 13 s with the `ics` package, whose folding was quadratic
    expect(fastest(() => (ics = renderIcs(many, STAMP)))).toBeLessThan(500);
    expect((parsed(ics)[0]!.getFirstPropertyValue('description') as string).split('\n')).toHaveLength(4000);
    expect(fastest(() => (ics = renderIcs(long, STAMP)))).toBeLessThan(500);
    expect(summary(parsed(ics)[0]!)).toContain('辅'.repeat(40_000));
  });

  it('folds any text at 75 octets, never inside a character, and unfolds to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 80 }), (title, tail) => {
        const event: CalendarEvent = {
          uid: 'u@capture-plan',
          counselor: 'x',
          date: '2024-04-22',
          start: 0,
          end: 60,
          title: `t${title}`,
          description: `d${tail}`,
        };
        const ics = renderIcs([event], STAMP);
        for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        expect(Buffer.from(ics, 'utf8').toString('utf8')).toBe(ics);
        const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        expect(summary(parsed(ics)[0]!)).toBe(clean(`t${title}`));
      }),
    );
  });
});

describe('icsFileName of a long name', () => {
  it('cuts an 80-character Chinese name to 200 bytes with a stable hash, unlike any other name', () => {
    const name = icsFileName('辅'.repeat(80));
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(200);
    expect(name).toMatch(/^辅+-[0-9a-f]{8}\.ics$/);
    expect(icsFileName('辅'.repeat(80))).toBe(name);
    expect(icsFileName(`${'辅'.repeat(79)}导`)).not.toBe(name);
    expect(icsFileName('辅'.repeat(60))).toBe(`${'辅'.repeat(60)}.ics`);
  });

  it('never passes 200 bytes, whatever the characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), (counselor) => {
        expect(Buffer.byteLength(icsFileName(counselor), 'utf8')).toBeLessThanOrEqual(200);
        expect(icsFileName(counselor)).toMatch(/\.ics$/);
      }),
    );
  });
});
