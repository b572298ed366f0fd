import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { parseFee, showsCents, yuanNumber, yuanText } from '../../src/core/money.js';
import { formatProblem } from '../../src/core/problem-text.js';
import { planFees } from '../../src/core/schedule/fees.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { rosterOf, settingsOf } from '../helpers.js';

const LIMIT = { option: '--fee', max: 1000 };

/** The one problem a fee is refused with, in both languages. */
function refusal(given: string | number): { zh: string; en: string } | undefined {
  try {
    parseFee(given, LIMIT);
  } catch (error) {
    if (!(error instanceof CapturePlanError)) throw error;
    expect(error.problems).toHaveLength(1);
    return { zh: formatProblem(error.problems[0]!, 'zh'), en: formatProblem(error.problems[0]!, 'en') };
  }
  return undefined;
}

describe('parseFee: yuan as written → whole fen', () => {
  it.each([
    ['15', 1500],
    ['15.5', 1550],
    ['15.50', 1550],
    ['15元', 1500],
    ['15.5 元', 1550],
    [' 15 ', 1500],
    ['0.01', 1],
    ['0.1', 10],
    ['0', 0],
    ['1000', 100_000],
    ['1000.00', 100_000],
    [15, 1500],
    [15.5, 1550],
    [0.29, 29],
    [19.99, 1999],
  ] as const)('%j → %i fen', (given, fen) => {
    expect(parseFee(given, LIMIT)).toBe(fen);
  });

  it.each([
    '-3',
    '-0.5',
    'abc',
    '',
    'NaN',
    'Infinity',
    '15.555',
    '15.',
    '.5',
    '1e3',
    '0x10',
    '1,000',
    '1000.01',
    '5000',
  ])('refuses %j with one line naming the option and the value', (given) => {
    const refused = refusal(given);
    expect(refused?.zh).toBe(
      `--fee 应为每人的拍摄费用（元），0 到 1000 之间、最多两位小数，如 15 或 15.5，这里是“${given}”。`,
    );
    expect(refused?.en).toBe(
      `--fee takes the fee per person in yuan, from 0 to 1000 with at most two decimals (15 or 15.5), not "${given}".`,
    );
  });

  it.each([-3, 0.1 + 0.2, 1e-7, Number.NaN, 1000.5])('refuses the JSON number %d', (given) => {
    expect(refusal(given)).toBeDefined();
  });
});

describe('yuan shown', () => {
  it.each([
    [1500, false, '15'],
    [1578000, false, '15780'],
    [1550, true, '15.50'],
    [3100, true, '31.00'],
    [1630600, true, '16306.00'],
    [1, true, '0.01'],
    [1050, false, '10.50'],
    [0, false, '0'],
  ])('%i fen, cents %s → %s', (fen, cents, text) => {
    expect(yuanText(fen, cents)).toBe(text);
  });

  it('shows cents exactly when the fee per person has jiao or fen', () => {
    expect([1500, 1550, 1, 100].map(showsCents)).toEqual([false, true, true, false]);
  });

  it.each([
    [1500, 15],
    [1550, 15.5],
    [48050, 480.5],
    [1, 0.01],
    [1630600, 16306],
  ])('%i fen is the JSON number %d', (fen, yuan) => {
    expect(yuanNumber(fen)).toBe(yuan);
  });
});

describe('planFees', () => {
  it('0.01 yuan × 1000 people is exactly 10 yuan, per class, per counselor and in all', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`班${i + 1}`, 100, i < 3 ? '甲' : '乙'] as const);
    const plan = schedule(rosterOf(rows), settingsOf({ throughput: '60/min' }));
    const fees = planFees(plan, parseFee('0.01', LIMIT));
    expect(fees.classes).toEqual(Array.from({ length: 10 }, () => 100));
    expect(fees.blocks).toEqual([300, 700]);
    expect(fees.total).toBe(1000);
    expect(fees.people).toBe(1000);
    expect(yuanNumber(fees.total)).toBe(10);
    expect(yuanText(fees.total, showsCents(fees.perPerson))).toBe('10.00');
  });

  it('sums a counselor split by the break over both of its segments', () => {
    const plan = schedule(
      rosterOf([
        ['A', 380, '甲'],
        ['B', 30, '乙'],
        ['C', 30, '乙'],
      ]),
      settingsOf({ sessions: '08:30-12:00,13:30-18:00' }),
    );
    expect(plan.blocks[1]!.segments.length).toBe(2);
    expect(planFees(plan, 1550).blocks).toEqual([589_000, 93_000]);
  });
});
