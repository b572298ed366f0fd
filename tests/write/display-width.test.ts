import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/write/display-width.js';

describe('displayWidth', () => {
  it.each(['软件20211', '电商20213(专升本)', '电商20213（专升本）', 'A1-108', '', '何芬', 'Ｔｏｔａｌ', '😀班', 'é', '한국어', 'ｶﾀｶﾅ', '\u200b零宽'])('%j agrees with string-width', (text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });
});
