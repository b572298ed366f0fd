import { describe, expect, it } from 'vitest';
import { noticeTable } from '../../src/core/notice/notice-table.js';
import { smallestFittingRate } from '../../src/core/schedule/fit.js';
import { planJson } from '../../src/core/schedule/plan-json.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { renderIcs } from '../../src/write/ics.js';
import { renderMarkdown } from '../../src/write/markdown.js';
import { renderSummary } from '../../src/write/terminal.js';
import { collegeRosterOf, settingsOf } from '../helpers.js';

// 200 000 classes: the lists of classes (the roster, the plan's and the notice's rows) are past the ~125 000 items at
// which spreading one into a call (Math.max(...xs), push(...xs)) threw RangeError (exit 3). tests/spread.test.ts keeps
// every such spread out of src/; this runs the writers at that size. Six classes a counselor, as a big roster has: one
// counselor a class (200 000 blocks and events) costs the notice table alone ~13 s of CPU, too long for every run.
// Not here, as each takes tens of seconds at this size on a shared 2-core machine: the .xlsx, .html and .docx writers
// (their spreads were over columns, colleges and sheet parts).
const CLASSES = 200_000;
const PLAIN = { red: String, green: String, yellow: String, bold: String, dim: String };

describe(`a plan of ${CLASSES} classes`, () => {
  const roster = collegeRosterOf(
    Array.from(
      { length: CLASSES },
      (_, i) => [`班${i}`, 20 + (i % 20), `辅导员${Math.floor(i / 6)}`, `学院${Math.floor(i / 600)}`] as const,
    ),
  );
  const settings = settingsOf({ throughput: '600/1min', dates: '2024-04-22..2024-05-20' });

  it('is scheduled, its smallest fitting rate found, and written as JSON, Markdown, a calendar and a summary', async () => {
    const plan = schedule(roster, settings);
    expect(plan.summary.fits).toBe(true);
    expect(smallestFittingRate(roster, settings)?.throughput.people).toBeGreaterThan(0);
    const notice = noticeTable(plan, { lang: 'zh', round: 10, gather: 10 });
    expect(notice.table.rows).toHaveLength(CLASSES);
    expect(notice.events.length).toBeGreaterThanOrEqual(Math.ceil(CLASSES / 6));
    const json = JSON.stringify(planJson(plan));
    expect(json).toContain('"name":"班199999"');
    const markdown = renderMarkdown(notice);
    expect(markdown).toContain('| 班199999 |');
    const ics = renderIcs(notice.events, new Date(0));
    expect(ics.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(notice.events.length);
    const summary = await renderSummary(notice, ['notice.md'], PLAIN);
    expect(summary).toContain(`共 ${CLASSES} 个班`);
  }, 300_000);
});
