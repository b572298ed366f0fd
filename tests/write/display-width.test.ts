import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { widthOf } from '../../src/write/display-width.js';

describe('widthOf', () => {
  it.each([
    '软件20211',
    '电商20213(专升本)',
    '电商20213（专升本）',
    'A1-108',
    '',
    '何芬',
    'Ｔｏｔａｌ',
    '😀班',
    'é',
    '한국어',
    'ｶﾀｶﾅ',
    '\u200b零宽',
    '·',
  ])('%j agrees with string-width', async (text) => {
    expect((await widthOf([text]))(text)).toBe(stringWidth(text));
  });

  it('counts the common case without loading string-width', async () => {
    const width = await widthOf(['软件20211', 'A1-108']);
    expect(width.name).toBe('simpleWidth');
    expect(width('电商20213(专升本)')).toBe(17);
  });
});
