import { afterEach, describe, expect, it, vi } from 'vitest';
import { type NoticeTable, noticeTable } from '../../src/core/notice/notice-table.js';
import type { Roster } from '../../src/core/roster/model.js';
import { planFix } from '../../src/core/schedule/fix.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { documentText } from '../../src/read/docx-text.js';
import { renderDocx } from '../../src/write/docx.js';
import { columnWidths } from '../../src/write/docx-table.js';
import { unzip } from '../../src/zip/read.js';
import { rosterOf, seedRoster, settingsOf } from '../helpers.js';

const STAMP = new Date('2024-04-21T16:00:00Z');

function noticeOf(roster: Roster, options: { throughput?: string; dates?: string } = {}): NoticeTable {
  const settings = settingsOf(options);
  const plan = schedule(roster, settings);
  const fix = plan.summary.fits ? undefined : planFix(roster, settings);
  return noticeTable(plan, {
    lang: 'zh',
    round: 10,
    gather: 10,
    location: '宜宾校区 A1-108教室',
    ...(fix ? { fix } : {}),
  });
}

/** 120 classes of 24 counselors over two days: a table of several pages. */
function longRoster(): Roster {
  return rosterOf(
    Array.from({ length: 120 }, (_, i) => [`班级${i + 1}`, 30 + (i % 11), `辅导员${Math.floor(i / 5) + 1}`] as const),
  );
}

async function partsOf(notice: NoticeTable): Promise<Map<string, string>> {
  const entries = unzip(await renderDocx(notice, STAMP))!;
  return new Map(entries.map((e) => [e.name, e.data.toString('utf8')]));
}

/** The `<w:tr>` elements of the document's first table, in order. */
function rowsOf(document: string): string[] {
  const table = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
  return table.split('<w:tr>').slice(1);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('renderDocx', () => {
  it('writes the seed notice: A4 portrait, SimSun, the header row repeated, merges as vMerge', async () => {
    const notice = noticeOf(seedRoster());
    const parts = await partsOf(notice);
    const document = parts.get('word/document.xml')!;
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(parts.get('word/styles.xml')).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="SimSun" w:hAnsi="Times New Roman"\/>/,
    );
    const rows = rowsOf(document);
    expect(rows).toHaveLength(1 + 30 + 1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).every((r) => !r.includes('<w:tblHeader/>') && r.includes('<w:cantSplit/>'))).toBe(true);
    const columns = notice.table.columns.length;
    const marks = rows.slice(1, 31).map((r) => [...r.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((m) => m[1]!));
    marks.forEach((cells, i) => {
      expect(cells).toHaveLength(columns);
      cells.forEach((xml, col) => {
        const { rowSpan } = notice.table.rows[i]!.cells[col]!;
        const merge = rowSpan === 0 ? 'continue' : rowSpan > 1 ? 'restart' : undefined;
        expect(/<w:vMerge w:val="(\w+)"\/>/.exec(xml)?.[1]).toBe(merge);
      });
    });
    const lines = documentText(Buffer.from(await renderDocx(notice, STAMP)))!.split('\n');
    expect(lines[0]).toBe(notice.title);
    expect(lines).toContain('| 序号 | 班级名称 | 人数 | 辅导员 | 日期安排 | 时间安排 | 集合时间 |');
    expect(lines).toContain('| 1 | 软件20211 | 31 | 杜宇飞 | 2024年4月22日 | 8:30-10:20 | 8:20 |');
    expect(lines).toContain('| 2 | 软件20212 | 28 |  |  |  | 8:35 |');
    expect(lines).toContain('| 合计 | 30 个班 | 1052 |  |  |  |  |');
    expect(lines).toContain(`${notice.warningHeading}${notice.colon}${notice.warning}`);
    expect(lines).toContain(notice.summarySentence);
  });

  it('colours the rows past the last session red, and only those', async () => {
    const notice = noticeOf(seedRoster());
    const rows = rowsOf((await partsOf(notice)).get('word/document.xml')!).slice(1, 31);
    const red = rows.map((r) => r.includes('<w:color w:val="C00000"/>'));
    expect(red).toEqual(notice.table.rows.map((r) => r.overflow));
    expect(red.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('keeps a table that fits a page on one page, with the merges of the HTML notice', async () => {
    const notice = noticeOf(seedRoster(), { throughput: '23/10min' });
    const rows = rowsOf((await partsOf(notice)).get('word/document.xml')!);
    // every row but the totals is kept with the next; the date is one merged cell over all 30 rows
    expect(rows.map((r) => r.includes('<w:keepNext/>'))).toEqual([...Array(31).fill(true), false]);
    expect(rows.filter((r) => r.includes('2024年4月22日'))).toHaveLength(1);
  });

  it('breaks a long table between counselors, each with its date beside it', async () => {
    // a plan that fits: every row has a date (a class past the last session would show 未排入 and none)
    const notice = noticeOf(longRoster(), { throughput: '50/10min', dates: '2024-04-22,2024-04-23' });
    const rows = rowsOf((await partsOf(notice)).get('word/document.xml')!).slice(1, -1);
    expect(rows).toHaveLength(120);
    expect(rows.filter((r) => r.includes('2024年4月2')).length).toBeGreaterThan(20);
    const keys = notice.table.columns.map((c) => c.key);
    notice.table.rows.forEach((row, i) => {
      const groupStarts = row.cells[keys.indexOf('counselor')]!.rowSpan > 0;
      const dayStarts = row.cells[keys.indexOf('date')]!.rowSpan > 0;
      // a counselor's first row carries the date (as does a new day's); the row before it is not kept with it
      expect(rows[i]!.includes('2024年4月2')).toBe(groupStarts || dayStarts);
      if (i > 0 && i < 119) expect(rows[i - 1]!.includes('<w:keepNext/>')).toBe(!groupStarts);
    });
  });

  it('gives the same bytes for the same notice at any time of day', async () => {
    const notice = noticeOf(seedRoster());
    vi.useFakeTimers({ now: new Date('2030-01-01T08:00:00Z'), toFake: ['Date'] });
    const first = await renderDocx(notice, STAMP);
    vi.setSystemTime(new Date('2031-06-15T23:59:59Z'));
    const second = await renderDocx(notice, STAMP);
    expect(second.equals(first)).toBe(true);
    const entries = unzip(first)!;
    expect(entries[0]!.name).toBe('[Content_Types].xml');
    const core = entries.find((e) => e.name === 'docProps/core.xml')!.data.toString('utf8');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-04-21T16:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-04-21T16:00:00Z</dcterms:modified>');
    expect(core).not.toMatch(/203[01]-/);
    // every entry dated the stamp's UTC day, 21 April 2024
    const dates = new Set<number>();
    for (
      let at = first.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
      at >= 0;
      at = first.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), at + 4)
    )
      dates.add(first.readUInt16LE(at + 14));
    expect([...dates]).toEqual([((2024 - 1980) << 9) | (4 << 5) | 21]);
  });
});

describe('columnWidths', () => {
  it.each<[string, number[], boolean[], number, number[]]>([
    ['spare room shared in proportion', [1000, 3000], [false, true], 8000, [2000, 6000]],
    ['the wrapping column gives way', [2000, 6000], [false, true], 6000, [2000, 4000]],
    ['none below four characters, then all shrink', [5000, 5000], [false, true], 5000, [2500, 2500]],
    ['the remainder to the widest', [1000, 1000, 1000], [false, false, false], 3001, [1001, 1000, 1000]],
  ])('%s', (_, natural, wrapping, available, expected) => {
    const widths = columnWidths(natural, wrapping, available, 21);
    expect(widths).toEqual(expected);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(available);
  });
});
