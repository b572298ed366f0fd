import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { en } from '../../src/core/i18n/labels-en.js';
import { zh } from '../../src/core/i18n/labels-zh.js';
import { parseThroughput } from '../../src/core/settings.js';
import { formatThroughput, periodSeconds, type Throughput } from '../../src/core/throughput.js';

const ZH_UNITS = { s: '秒', min: '分钟', h: '小时' } as const;
const EN_UNITS = { s: 'seconds', min: 'minutes', h: 'hours' } as const;

/** Every wording of a rate: those the tool prints (the canonical form, the notice's in both languages), then others. */
function wordings(t: Throughput): [string, string][] {
  const count = t.count === 1 ? '' : String(t.count);
  const list: [string, string][] = [
    ['canonical', formatThroughput(t)],
    ['zh notice', zh.rate(t)],
    ['en notice', en.rate(t)],
    ['zh people first', `${t.people}人/${count}${ZH_UNITS[t.unit]}`],
    ['zh spaced', `每 ${count} ${ZH_UNITS[t.unit]} ${t.people} 人`],
    ['en words', `${t.people} people per ${t.count} ${EN_UNITS[t.unit]}`],
    ['full width', formatThroughput(t).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))],
  ];
  // the sentence at the top of the notice names the rate in the notice's words
  for (const [lang, labels] of [['zh', zh] as const, ['en', en] as const]) {
    const sentence = labels.throughput(t, periodSeconds(t) / t.people);
    expect(sentence).toContain(labels.rate(t));
    list.push([`${lang} sentence`, labels.rate(t)]);
  }
  // people per one unit, when that is a short decimal whose digits the tool can hold (2.3/min)
  const perUnit = t.people / t.count;
  const places = [0, 1, 2, 3].find((p) => Number.isInteger(perUnit * 10 ** p));
  if (t.count > 1 && places !== undefined && perUnit * 10 ** places <= 100_000) {
    list.push(['per unit', `${perUnit}/${t.unit}`]);
  }
  return list;
}

/** People per second, compared exactly: a × period(b) = b × period(a). */
function sameRate(a: Throughput, b: Throughput): boolean {
  return a.people * periodSeconds(b) === b.people * periodSeconds(a);
}

const RATES: Throughput[] = [
  { people: 20, count: 10, unit: 'min' },
  { people: 23, count: 10, unit: 'min' },
  { people: 2, count: 1, unit: 'min' },
  { people: 540, count: 1, unit: 'h' },
  { people: 1, count: 30, unit: 's' },
  { people: 7, count: 3, unit: 'min' },
  { people: 15, count: 4, unit: 'min' },
  { people: 45, count: 2, unit: 'h' },
];

describe('every wording of a rate parses back to it', () => {
  it.each(RATES.flatMap((t) => wordings(t).map(([kind, text]) => [formatThroughput(t), kind, text, t] as const)))(
    '%s, %s: %s',
    (canonical, kind, text, t) => {
      const parsed = parseThroughput(text);
      expect(sameRate(parsed, t)).toBe(true);
      // only the decimal wording changes the period, into one that keeps it exact
      if (kind !== 'per unit') expect(formatThroughput(parsed)).toBe(canonical);
    },
  );

  it('for any rate the tool can hold', () => {
    const rate = fc.record({
      people: fc.integer({ min: 1, max: 100_000 }),
      count: fc.integer({ min: 1, max: 1000 }),
      unit: fc.constantFrom('s' as const, 'min' as const, 'h' as const),
    });
    fc.assert(
      fc.property(rate, (t) => {
        for (const [kind, text] of wordings(t)) {
          const parsed = parseThroughput(text);
          expect(sameRate(parsed, t)).toBe(true);
          if (kind !== 'per unit') expect(parsed).toEqual(t);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseThroughput, other wordings', () => {
  it.each([
    ['2.3/min', '23/10min'],
    ['2.30/min', '23/10min'],
    ['0.5/s', '5/10s'],
    ['1.5/0.5min', '15/5min'],
    ['每10分钟拍23人', '23/10min'],
    ['23人每10分钟', '23/10min'],
    ['每个小时540人', '540/h'],
    ['540 an hour', '540/h'],
    ['20 students every 10 minutes', '20/10min'],
    ['23 PER 10 MIN', '23/10min'],
  ])('%s → %s', (text, canonical) => {
    expect(formatThroughput(parseThroughput(text))).toBe(canonical);
  });

  it.each(['每10分钟', '每人', '2.3', '0.0/min', '1.000001/min', '每10分钟0人', '23/10 fortnights', '10/min/h'])(
    'refuses %j',
    (text) => {
      expect(() => parseThroughput(text)).toThrow(CapturePlanError);
    },
  );
});
