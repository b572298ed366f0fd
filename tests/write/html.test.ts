import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { type NoticeTable, noticeTable } from '../../src/core/notice/notice-table.js';
import type { Roster } from '../../src/core/roster/model.js';
import { planFix } from '../../src/core/schedule/fix.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { renderHtml } from '../../src/write/html.js';
import { escapeHtml } from '../../src/write/html-escape.js';
import { renderSvgTimeline } from '../../src/write/svg-timeline.js';
import { rosterOf, seedRoster, settingsOf } from '../helpers.js';

const LOCATION = '宜宾校区 A1-108教室';

function noticeOf(
  roster: Roster,
  options: { throughput?: string; lang?: 'zh' | 'en'; location?: string } = {},
): NoticeTable {
  const settings = settingsOf({ throughput: options.throughput });
  const plan = schedule(roster, settings);
  const fix = plan.summary.fits ? undefined : planFix(roster, settings);
  return noticeTable(plan, {
    lang: options.lang ?? 'zh',
    round: 10,
    gather: 10,
    location: options.location ?? LOCATION,
    ...(fix ? { fix } : {}),
  });
}

const HOSTILE = ['<img src=x onerror=alert(1)>', 'a & b "c"', '<script>window.__xss=1</script>', "it's"] as const;

function hostileRoster(): Roster {
  return rosterOf([
    [HOSTILE[0], 30, '</td><svg onload=alert(2)>'],
    [HOSTILE[1], 25, '</td><svg onload=alert(2)>'],
    [HOSTILE[2], 20, 'x" onmouseover="alert(3)'],
    [HOSTILE[3], 20, 'x" onmouseover="alert(3)'],
  ]);
}

/** The body of the page's <tbody>. */
function tbody(html: string): string {
  return /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('renderHtml', () => {
  const late = renderHtml(noticeOf(seedRoster()), stringWidth);
  const onTime = renderHtml(noticeOf(seedRoster(), { throughput: '23/10min' }), stringWidth);

  it('is a self-contained HTML5 page in the notice language', () => {
    expect(late.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(renderHtml(noticeOf(seedRoster(), { lang: 'en' }), stringWidth)).toContain('<html lang="en">');
    expect(late).toContain('<meta charset="utf-8">');
    const notice = noticeOf(seedRoster());
    expect(late).toContain(`<title>${escapeHtml(notice.headline)}</title>`);
    expect(notice.headline).toContain(LOCATION);
    expect(late).toContain(`<h1>${escapeHtml(notice.title)}</h1>`);
    expect(late).toContain('@page { size: A4 portrait; margin: 15mm; }');
    expect(late).toContain('thead { display: table-header-group; }');
    expect(late).toMatch(/\btr\b[^{}]*\{ break-inside: avoid; \}/);
    expect(late).not.toMatch(/<script/i);
    expect(late).not.toMatch(/https?:/i);
    expect(late).not.toMatch(/<link|@import|url\(/i);
  });

  it('shows the facts and sentences from the model', () => {
    const notice = noticeOf(seedRoster());
    for (const fact of notice.facts) expect(late).toContain(`<dt>${fact.label}</dt><dd>${escapeHtml(fact.value)}</dd>`);
    expect(late).toContain(notice.throughputSentence);
    expect(late).toContain(notice.summarySentence);
    expect(late).toContain(`<h2>${notice.timelineTitle}</h2>`);
  });

  it('warns only when the plan does not fit', () => {
    const notice = noticeOf(seedRoster());
    expect(late).toContain(
      `<div class="warning" role="alert">\n<p class="warning-heading">${escapeHtml(notice.warningHeading)}</p>`,
    );
    expect(late).toContain(escapeHtml(notice.warning!));
    expect(onTime).not.toContain('class="warning"');
    expect(onTime).not.toContain('role="alert"');
  });

  it('renders a row per class with the merges as rowspans and covered cells left out', () => {
    const body = tbody(late);
    expect(body.match(/<tr[ >]/g)).toHaveLength(30);
    const first = /<tr[^>]*>(.*?)<\/tr>/.exec(body)![1]!;
    expect(first).toContain('<td class="col-counselor centred" rowspan="7">杜宇飞</td>');
    expect(first).toContain('rowspan="26">2024年4月22日</td>');
    expect(first).toContain('rowspan="7">8:30-10:20</td>');
    expect(first.match(/<td/g)).toHaveLength(7);
    const rows = body.split('\n').filter((l) => l.startsWith('<tr'));
    expect(rows[1]!.match(/<td/g)).toHaveLength(4);
    expect(rows[12]).toContain('<td class="col-time centred nowrap">13:30-13:40</td>');
    expect(late).toMatch(
      /<tfoot><tr><td class="col-seq centred nowrap">合计<\/td><td class="col-class">30 个班<\/td><td class="col-headcount centred nowrap">1052<\/td>/,
    );
  });

  it('marks the rows running past the last session', () => {
    expect(tbody(late).match(/<tr class="overflow">/g)).toHaveLength(4);
    expect(tbody(onTime)).not.toContain('class="overflow"');
  });

  it('renders hostile roster text as text', () => {
    const html = renderHtml(noticeOf(hostileRoster(), { location: '"><img src=x onerror=alert(4)>' }), stringWidth);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('a &amp; b &quot;c&quot;');
    expect(html).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
    expect(html).toContain('it&#39;s');
    expect(html).toContain('&lt;/td&gt;&lt;svg onload=alert(2)&gt;');
    expect(html).toContain('x&quot; onmouseover=&quot;alert(3)');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(4)&gt;');
    for (const raw of [...HOSTILE, '<img', '<svg onload', '" onmouseover', '<script']) expect(html).not.toContain(raw);
  });
});

describe('renderSvgTimeline', () => {
  const barsOf = (n: NoticeTable) => n.timeline.flatMap((d) => d.rows.flatMap((r) => r.bars));

  it('draws one titled rect per scheduled class, the classes past the last session in a note under it', () => {
    for (const [throughput, overflows] of [
      ['20/10min', true],
      ['23/10min', false],
    ] as const) {
      const notice = noticeOf(seedRoster(), { throughput });
      const day = notice.timeline[0]!;
      const svg = renderSvgTimeline(day, notice.breakLabel, stringWidth);
      const bars = barsOf(notice);
      const rects = svg.match(/<rect class="bar[^"]*"[^>]*><title>[^<]+<\/title><\/rect>/g) ?? [];
      expect(rects).toHaveLength(bars.length);
      expect(rects.map((r) => /<title>([^<]+)<\/title>/.exec(r)![1])).toEqual(bars.map((b) => escapeHtml(b.label)));
      expect(bars.length).toBe(overflows ? 26 : 30);
      expect(svg.includes('fill="#c00000"')).toBe(false);
      const html = renderHtml(notice, stringWidth);
      expect(html.includes('<p class="overflow">未排入：4 个班、131 人（朱银先）</p>')).toBe(overflows);
      expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"[^>]*width="100%"[^>]*role="img"/);
      expect(svg).toContain(`<title>${escapeHtml(day.label)}</title>`);
      expect(svg).toContain(`<title>${notice.breakLabel}</title>`);
      for (const label of ['9:00', '12:00', '18:00']) expect(svg).toContain(`>${label}</text>`);
      for (const row of day.rows) expect(svg).toContain(`</title>${escapeHtml(row.label)}</text>`);
    }
  });

  it('is deterministic and escapes its text', () => {
    const notice = noticeOf(hostileRoster());
    const svg = renderSvgTimeline(notice.timeline[0]!, '<b>', stringWidth);
    expect(svg).toBe(renderSvgTimeline(noticeOf(hostileRoster()).timeline[0]!, '<b>', stringWidth));
    expect(svg).not.toMatch(/\bid=/);
    expect(svg).toContain('<title>&lt;b&gt;</title>');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<svg onload');
  });
});
