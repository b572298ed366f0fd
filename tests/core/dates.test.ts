import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/core/dates.js';

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
