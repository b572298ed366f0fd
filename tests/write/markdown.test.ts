import { describe, expect, it } from 'vitest';
import { noticeTable } from '../../src/core/notice/notice-table.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { escapeInline, renderMarkdown } from '../../src/write/markdown.js';
import { rosterOf, settingsOf } from '../helpers.js';

describe('escapeInline', () => {
  it.each([
    ['软件|1', '软件\\|1'],
    ['a*b_c', 'a\\*b\\_c'],
    ['[链接](http://x)', '\\[链接\\](http\\://x)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['一\n二\r\n三', '一 二 三'],
    ['`code`', '\\`code\\`'],
    ['# 标题', '\\# 标题'],
    ['back\\slash', 'back\\\\slash'],
    // GFM: strikethrough, bare-URL and e-mail autolinks, math; checked with micromark and its GFM and math extensions
    ['~~删除~~ https://evil.example $x$', '\\~\\~删除\\~\\~ https\\://evil.example \\$x\\$'],
    ['www.evil.example a@b.example', 'www\\.evil.example a\\@b.example'],
    ['WWW.X mailto:x', 'WWW\\.X mailto\\:x'],
    ['&lt;b&gt; &#42;', '&amp;lt;b&amp;gt; &\\#42;'],
    ['8:30 wwwx.cn 软件2101.1 rate: 20 & co', '8:30 wwwx.cn 软件2101.1 rate: 20 & co'],
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

  it('a class named like GFM strikethrough, an autolink and math stays text in the table', () => {
    const plan = schedule(rosterOf([['~~删除~~ https://evil.example $x$', 20, 'a@b.example']]), settingsOf());
    const md = renderMarkdown(noticeTable(plan, { lang: 'zh', round: 10, gather: 10 }));
    expect(md).toContain('| 1 | \\~\\~删除\\~\\~ https\\://evil.example \\$x\\$ | 20 | a\\@b.example |');
  });
});
