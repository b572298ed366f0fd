import { type Problem, problem, type Where } from '../errors.js';
import { cellText, isBlank, type RawCell } from './raw-table.js';

/** The largest believable class; anything above is a typo. */
const MAX_HEADCOUNT = 1000;

/** A person's name as one key: Chinese names padded with spaces for alignment (张  三) lose them. */
export function personName(text: string): string {
  return /[\u4e00-\u9fff]/.test(text) ? text.replace(/[\s\u3000]+/g, '') : text;
}

/** The index of the first non-blank cell at or after `from`, if any. */
export function firstFilledFrom(cells: readonly RawCell[], from: number): number | undefined {
  for (let i = from; i < cells.length; i++) if (!isBlank(cells[i])) return i;
  return undefined;
}

/** A whole number from a cell: 31, "31", "31人", "３１"; undefined otherwise. */
export function wholeNumber(cell: RawCell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : undefined;
  if (typeof cell === 'string' && /^\d{1,9}$/.test(cell)) return Number(cell);
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '').replace(/人$/, '');
  return /^[+-]?\d+(\.0+)?$/.test(text) ? Number(text) : undefined;
}

/** The headcount of a cell, or undefined with a problem at the cell (`at`, asked only then) added. */
export function checkHeadcount(cell: RawCell | undefined, at: () => Where, problems: Problem[]): number | undefined {
  const value = cellText(cell);
  if (value === '') {
    problems.push(problem('headcountMissing', {}, at()));
    return undefined;
  }
  const n = wholeNumber(cell);
  if (n === undefined) problems.push(problem('headcountNotWhole', { value }, at()));
  else if (n <= 0) problems.push(problem('headcountNotPositive', { value }, at()));
  else if (n > MAX_HEADCOUNT) problems.push(problem('headcountTooLarge', { value, limit: MAX_HEADCOUNT }, at()));
  else return n;
  return undefined;
}
