import { fail } from './errors.js';

/** An amount of money in fen (1/100 yuan), always a whole number, so sums are exact. */
export type Fen = number;

/** A fee as written, trimmed: 15, 15.5, 15.50, 15元; at most two decimals (one `\s*`, so linear). */
const FEE_TEXT = /^(\d+)(?:\.(\d{1,2}))?\s*元?$/;

/**
 * A fee per person in fen, from text (`--fee`) or a JSON number (the config file), read digit by digit so that no
 * float rounding creeps in; 0 means nothing is collected. A negative, non-numeric, over-precise fee or one above
 * `max` yuan (taken for a typo) is refused with the option's one-line problem.
 */
export function parseFee(given: string | number, limit: { option: string; max: number }): Fen {
  const text = String(given).trim();
  const match = FEE_TEXT.exec(text);
  const fen = match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : Number.NaN;
  if (!(fen <= limit.max * 100)) fail('badFee', { option: limit.option, value: text, max: limit.max });
  return fen;
}

/** Whether amounts at this fee per person are shown with two decimals: only when the fee itself has jiao or fen. */
export function showsCents(perPerson: Fen): boolean {
  return perPerson % 100 !== 0;
}

/** Yuan as text, without grouping: 15, 15780; with `cents` (or an amount with fen), two decimals: 15.50, 31.00. */
export function yuanText(amount: Fen, cents: boolean): string {
  const yuan = Math.floor(amount / 100);
  const fen = amount % 100;
  return cents || fen !== 0 ? `${yuan}.${String(fen).padStart(2, '0')}` : String(yuan);
}

/** Yuan as a JSON number (15.5 for 1550 fen): exact to the fen, as every amount is a whole number of fen. */
export function yuanNumber(amount: Fen): number {
  return amount / 100;
}
