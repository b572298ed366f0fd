import { describe, expect, it } from 'vitest';
import { widthOf } from '../../src/write/display-width.js';
import { lineCount } from '../../src/write/wrap-lines.js';

const LONG = '计算机科学与技术（人工智能方向）2020级卓越工程师实验班';

describe('lineCount: the lines a wrapped cell takes', async () => {
  const width = await widthOf(['😀']);
  it.each([
    ['', 10, 1],
    ['软件20211', 20, 1],
    ['软件20211', 9, 1],
    ['软件20211', 8, 2],
    [LONG, 54, 1],
    [LONG, 36, 2],
    [LONG, 16, 4],
    ['计算机科学', 8, 2],
    ['ab cd', 3, 2],
    ['ab cd', 5, 1],
    ['abcdefghij', 4, 3],
    ['一\n二', 10, 2],
    ['一\n\n二', 10, 3],
    // closing punctuation never starts a line: 一二 | 三）四 | 五, not 一二三 | ）四五
    ['一二三）四五', 6, 3],
    // opening punctuation never ends one: 一二 | （三四, not 一二（ | 三四
    ['一二（三四', 6, 2],
    ['Gathering time', 9, 2],
    ['8:30-10:20 (cont.)', 10, 2],
    ['😀😀😀', 4, 2],
    ['x', 0, 1],
  ])('%j in %i columns → %i', (text, capacity, lines) => {
    expect(lineCount(text, capacity, width)).toBe(lines);
  });
});
