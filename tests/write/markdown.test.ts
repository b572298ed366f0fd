import { describe, expect, it } from 'vitest';
import { noticeTable } from '../../src/core/notice/notice-table.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { escapeInline, renderMarkdown } from '../../src/write/markdown.js';
import { rosterOf, settingsOf } from '../helpers.js';

describe('escapeInline', () => {
  it.each([
    ['软件|1', '软件\\|1'],
    ['a*b_c', 'a\\*b\\_c'],
    ['[链接](http://x)', '\\[链接\\](http://x)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['一\n二\r\n三', '一 二 三'],
    ['`code`', '\\`code\\`'],
    ['# 标题', '\\# 标题'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (text, expected) => {
    expect(escapeInline(text)).toBe(expected);
  });
});

describe('renderMarkdown', () => {
  it('keeps every table row at seven cells whatever the roster says', () => {
    const plan = schedule(
      rosterOf([
        ['软件|1', 20, '何|芬'],
        ['a\nb', 20, '何|芬'],
      ]),
      settingsOf(),
    );
    const md = renderMarkdown(noticeTable(plan, { lang: 'zh', round: 10, gather: 10 }));
    const rows = md.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
    expect(md).toContain('| 1 | 软件\\|1 | 20 | 何\\|芬 |');
  });
});
