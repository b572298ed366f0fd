import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NoticeTable, noticeTable } from '../../src/core/notice/notice-table.js';
import type { Roster } from '../../src/core/roster/model.js';
import { planFix } from '../../src/core/schedule/fix.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { renderHtml } from '../../src/write/html.js';
import { rosterOf, seedRoster, settingsOf } from '../helpers.js';
import { roomNames, roomsRoster } from '../rooms-roster.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

const HOSTILE_CLASS = '<img src=x onerror=alert(1)>';
const HOSTILE_ROSTER = rosterOf([
  [HOSTILE_CLASS, 30, '</td><svg onload=window.__xss=2>'],
  ['a & b "c"', 25, '</td><svg onload=window.__xss=2>'],
  ['<script>window.__xss=1</script>', 20, 'x" onmouseover="window.__xss=3'],
  ['<img src=x onerror="window.__xss=4">', 20, 'x" onmouseover="window.__xss=3'],
]);

/** What the test reads of an element in the page (the project compiles without the DOM library). */
interface Boxed {
  textContent: string | null;
  rowSpan?: number;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
}
interface Styled {
  ownerDocument: { defaultView: { getComputedStyle(element: Styled): { color: string; textAlign: string } } | null };
}

/** Text, rowSpan, the texts of its td children and the rendered box of every element matching a selector. */
function cellsOf(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements: Boxed[]) =>
    elements.map((e) => {
      const { left, right, top, bottom } = e.getBoundingClientRect();
      const cells = Array.from(e.querySelectorAll(':scope > td'), (td) => td.textContent ?? '');
      return { text: e.textContent ?? '', rowSpan: e.rowSpan ?? 1, cells, left, right, top, bottom };
    }),
  );
}

function noticeOf(roster: Roster, location: string): NoticeTable {
  const settings = settingsOf({ throughput: '20/10min' });
  const plan = schedule(roster, settings);
  const fix = plan.summary.fits ? undefined : planFix(roster, settings);
  return noticeTable(plan, { lang: 'zh', round: 10, gather: 10, location, ...(fix ? { fix } : {}) });
}

/** A notice of the generated roster for `rooms` rooms (18 classes each) over the given dates. */
function roomsNotice(rooms: number, dates: string, throughput: string, classesPerRoom = rooms): NoticeTable {
  const settings = settingsOf({ throughput, dates });
  const roster = roomsRoster(classesPerRoom);
  const named = rooms > 1 ? { rooms: roomNames(rooms).map((name) => ({ name, throughput: settings.throughput })) } : {};
  const plan = schedule(roster, { ...settings, ...named });
  return noticeTable(plan, { lang: 'zh', round: 10, gather: 10, location: '宜宾校区' });
}

const available = existsSync(CHROMIUM);
if (!available && process.env.CI) {
  describe('notice HTML in a browser', () => {
    it('needs Chromium', () => {
      throw new Error(
        `${CHROMIUM} is missing: on CI the browser test of the HTML notice must run, so install Chromium there.`,
      );
    });
  });
} else if (!available) {
  console.warn(`[notice-html] ${CHROMIUM} not found: skipping the browser test (set CI to make this a failure).`);
}

(available ? describe : describe.skip)('notice HTML in a browser', () => {
  let browser: Browser;
  let dir: string;
  const seed = noticeOf(seedRoster(), '宜宾校区 A1-108教室');

  /** Opens a notice as a file:// page, recording any dialog it tries to open. */
  async function open(name: string, notice: NoticeTable): Promise<{ page: Page; dialogs: string[] }> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, renderHtml(notice, stringWidth));
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, dialogs };
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'capture-plan-html-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders the seed notice: merged table, warning, the classes not scheduled and timeline', async () => {
    const { page, dialogs } = await open('notice-zh', seed);
    try {
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.title()).toBe(seed.headline);
      expect(await page.locator('table.timetable > tbody > tr').count()).toBe(30);

      const first = await cellsOf(page, 'table.timetable > tbody > tr:first-child > td');
      expect(first.find((c) => c.text === seed.table.rows[0]!.cells[3]!.text)?.rowSpan).toBe(7);
      expect(first.find((c) => c.text === seed.table.rows[0]!.cells[4]!.text)?.rowSpan).toBe(26);

      // A class's time, read as a person reads it: the cell under the time header whose box spans the class's row.
      const timeLabel = seed.table.columns.find((c) => c.key === 'time')!.label;
      const header = (await cellsOf(page, 'table.timetable > thead th')).find((c) => c.text === timeLabel)!;
      const rows = await cellsOf(page, 'table.timetable > tbody > tr');
      const row = rows.find((r) => r.cells.includes('网络20213(专升本)'))!;
      const mid = (row.top + row.bottom) / 2;
      const covering = (await cellsOf(page, 'table.timetable > tbody td')).filter((c) => {
        const centre = (c.left + c.right) / 2;
        return centre > header.left && centre < header.right && c.top <= mid && c.bottom >= mid;
      });
      expect(covering.map((c) => c.text)).toEqual(['13:30-13:40']);
      const timeOf = async (name: string) => {
        const r = rows.find((x) => x.cells.includes(name))!;
        const y = (r.top + r.bottom) / 2;
        return (await cellsOf(page, 'table.timetable > tbody td'))
          .filter((c) => (c.left + c.right) / 2 > header.left && (c.left + c.right) / 2 < header.right)
          .filter((c) => c.top <= y && c.bottom >= y)
          .map((c) => c.text);
      };
      expect(await timeOf('计科202110(专升本)')).toEqual(['17:30-17:50']);
      expect(await timeOf('计科20219(专升本)')).toEqual(['未排入']);
      const note = page.locator('figure p.overflow');
      expect(await note.textContent()).toBe('未排入：4 个班、131 人（朱银先）');
      expect(await note.evaluate((p: Styled) => p.ownerDocument.defaultView!.getComputedStyle(p).color)).toBe(
        'rgb(192, 0, 0)',
      );

      const warning = page.locator('div.warning[role="alert"]');
      expect(await warning.isVisible()).toBe(true);
      expect(await warning.textContent()).toContain(seed.warning);

      const overflowColour = await page
        .locator('tr.overflow td')
        .first()
        .evaluate((td: Styled) => td.ownerDocument.defaultView!.getComputedStyle(td).color);
      expect(overflowColour).toBe('rgb(192, 0, 0)');

      const svg = page.locator('svg.timeline');
      expect(await svg.count()).toBe(1);
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(50);
      expect(await page.locator('svg.timeline rect.bar').count()).toBe(
        seed.timeline[0]!.rows.reduce((n, r) => n + r.bars.length, 0),
      );

      expect(dialogs).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'notice-zh.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it.each([1, 3, 7])('prints %i room(s) over two days by date, then room, numbered as printed', async (rooms) => {
    const notice = roomsNotice(rooms, '2024-04-22..2024-04-23', '10/10min');
    const { page } = await open(`notice-rooms-${rooms}`, notice);
    try {
      const texts = (selector: string) => page.locator(`table.timetable > tbody ${selector}`).allTextContents();
      expect(await texts('td.col-seq')).toEqual(notice.table.rows.map((_, i) => String(i + 1)));
      expect(await texts('td.col-date')).toEqual(['2024年4月22日', '2024年4月23日']);
      // one room cell per room and day it works (a room may be done on the first day: rooms are compared by cost)
      const roomCol = notice.table.columns.findIndex((c) => c.key === 'room');
      const roomCells =
        roomCol < 0
          ? []
          : notice.table.rows.flatMap((r) => (r.cells[roomCol]!.rowSpan > 0 ? [r.cells[roomCol]!.text] : []));
      if (rooms > 1) expect(await texts('td.col-room')).toEqual(roomCells);
      if (rooms > 1) expect(roomCells.slice(0, rooms)).toEqual(roomNames(rooms));
      // the merged room cell is centred, as the college, counselor and date cells are
      const alignOf = (column: string) =>
        page
          .locator(`table.timetable > tbody td.col-${column}`)
          .first()
          .evaluate((td: Styled) => td.ownerDocument.defaultView!.getComputedStyle(td).textAlign);
      if (rooms > 1) expect([await alignOf('room'), await alignOf('date')]).toEqual(['center', 'center']);
      // each day's date cell stands beside exactly that day's rows, in every room
      const dates = await cellsOf(page, 'table.timetable > tbody td.col-date');
      const rowsOfDay = notice.table.rows.filter((r) => r.cells.some((c) => c.text === '2024年4月23日')).length;
      expect(dates.map((d) => d.rowSpan)).toEqual([notice.table.rows.length - rowsOfDay, rowsOfDay]);
      expect(await page.locator('section.timelines > h2').textContent()).toBe('每天安排一览');
      await page.screenshot({ path: join(ARTIFACTS, `notice-rooms-${rooms}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it("labels a long day's hours far enough apart that none touch", async () => {
    // 216 classes in two rooms over three days at 20/10min: a full day's axis (what does not fit is 未排入, not drawn
    // on into the night), its hour labels as close as they come
    const notice = roomsNotice(2, '2024-04-22..2024-04-24', '20/10min', 12);
    expect(notice.timeline[2]!.hours.length).toBeGreaterThanOrEqual(10);
    const { page } = await open('notice-long-day', notice);
    try {
      const days = page.locator('svg.timeline');
      expect(await days.count()).toBe(3);
      for (let day = 0; day < 3; day++) {
        const labels = await cellsOf(page, `section.timelines figure:nth-of-type(${day + 1}) svg.timeline > text`);
        expect(labels.length).toBeGreaterThan(3);
        labels.sort((a, b) => a.left - b.left);
        for (let i = 1; i < labels.length; i++) expect(labels[i]!.left).toBeGreaterThan(labels[i - 1]!.right);
        expect(labels.length).toBeLessThanOrEqual(notice.timeline[day]!.hours.length);
      }
      await page.locator('section.timelines').screenshot({ path: join(ARTIFACTS, 'timeline-three-days.png') });
    } finally {
      await page.close();
    }
  });

  it('renders hostile roster text as text', async () => {
    const notice = noticeOf(HOSTILE_ROSTER, '"><img src=x onerror="window.__xss=5">');
    const { page, dialogs } = await open('notice-hostile', notice);
    try {
      expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(
        await page
          .locator('body img, body script, main svg:not(.timeline, .counselor), [onerror], [onload], [onmouseover]')
          .count(),
      ).toBe(0);
      const cells = await page.locator('table.timetable > tbody td').allTextContents();
      expect(cells).toContain(HOSTILE_CLASS);
      expect(cells).toContain('a & b "c"');
      expect(cells).toContain('<script>window.__xss=1</script>');
      expect(await page.locator('dl.facts dd').allTextContents()).toContain('"><img src=x onerror="window.__xss=5">');
      expect(await page.locator('svg.timeline rect.bar title').first().textContent()).toContain(HOSTILE_CLASS);
      await page.screenshot({ path: join(ARTIFACTS, 'notice-hostile.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });
});
