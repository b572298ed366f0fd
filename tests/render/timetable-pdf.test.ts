import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeTable } from '../../src/core/notice/notice-table.js';
import { renderXlsx } from '../../src/write/xlsx.js';
import { bigNotice, LONG_COUNSELORS, longNameNotice } from '../write/print-rosters.js';

/**
 * The timetable as LibreOffice prints it: one soffice run converts two workbooks (a 300-class plan over 3 days and 2
 * rooms, and a roster of long names) to PDF, and pdftotext's word boxes show that no text overprints other text
 * and that every page of the main sheet names the counselor, room and date of each class on it.
 */
const ARTIFACTS = fileURLToPath(new URL('../../artifacts/render/', import.meta.url));
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const available = has('soffice') && has('pdftotext');

if (!available && process.env.CI) {
  describe('timetable PDF', () => {
    it('needs LibreOffice and poppler', () => {
      throw new Error('soffice or pdftotext is missing: on CI the render check must run (.ci/run installs them).');
    });
  });
} else if (!available) {
  console.warn(
    '[timetable-pdf] soffice or pdftotext not found: skipping the LibreOffice render check (set CI to make this a failure).',
  );
}

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Each page's words, with their boxes, as pdftotext -bbox reports them. */
function pagesOf(pdf: string): Word[][] {
  const result = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.status, result.stderr).toBe(0);
  const unentity = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return result.stdout
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: unentity(m[5]!),
      })),
    );
}

/**
 * Pairs of words on a page whose boxes overlap: by more than half a point across and a fifth of a line down (the
 * lines of one wrapped cell touch: LibreOffice sets them a little closer than the font's boxes are tall).
 */
function overlaps(words: readonly Word[]): string[] {
  const found: string[] = [];
  const sorted = [...words].sort((a, b) => a.y0 - b.y0);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.y0 < a.y1; j++) {
      const b = sorted[j]!;
      const down = Math.min(a.y1, b.y1) - b.y0;
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      if (across > 0.5 && down > 0.2 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) found.push(`${a.text} / ${b.text}`);
    }
  }
  return found;
}

/** The pages of the main sheet: their header has the class, time and gathering columns. */
const isMainPage = (words: readonly Word[]) =>
  ['班级名称', '时间安排', '集合时间'].every((label) => words.some((w) => w.text === label));

(available ? describe : describe.skip)('timetable PDF, as LibreOffice prints it', () => {
  let dir: string;
  const notices: Record<string, NoticeTable> = {};
  const pages: Record<string, Word[][]> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'capture-plan-render-'));
    notices.big = bigNotice();
    notices.long = longNameNotice();
    const stamp = new Date('2024-04-22T00:00:00Z');
    for (const [name, notice] of Object.entries(notices))
      writeFileSync(join(dir, `${name}.xlsx`), await renderXlsx(notice, stamp));
    // a profile of its own, so that an office suite already running elsewhere on the machine is left alone
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const soffice = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        'big.xlsx',
        'long.xlsx',
      ],
      { cwd: dir, encoding: 'utf8', timeout: 170_000 },
    );
    expect(soffice.status, soffice.stderr).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of Object.keys(notices)) {
      copyFileSync(join(dir, `${name}.pdf`), join(ARTIFACTS, `timetable-${name}.pdf`));
      pages[name] = pagesOf(join(dir, `${name}.pdf`));
    }
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['big', 'long'])('%s: no two words overprint each other, on any page of any sheet', (name) => {
    const found = pages[name]!.flatMap((words, p) => overlaps(words).map((pair) => `page ${p + 1}: ${pair}`));
    expect(found).toEqual([]);
  });

  it('300 classes: every page of the main sheet names the counselor, room and date of each class on it', () => {
    const { table } = notices.big!;
    const col = (key: string) => table.columns.findIndex((c) => c.key === key);
    const groupOf = new Map(
      table.rows.map((row) => [
        row.cells[col('class')]!.text,
        ['counselor', 'room', 'date'].map((key) => row.cells[col(key)]!.text),
      ]),
    );
    const main = pages.big!.filter(isMainPage);
    expect(main.length).toBeGreaterThan(4);
    let classes = 0;
    for (const [p, words] of main.entries()) {
      const texts = new Set(words.map((w) => w.text.replace(/\(续\)$/, '')));
      const labels = new Set(words.filter((w) => groupOf.has(w.text)).flatMap((w) => groupOf.get(w.text)!));
      classes += words.filter((w) => groupOf.has(w.text)).length;
      expect(
        [...labels].filter((label) => !texts.has(label)),
        `main sheet, page ${p + 1}`,
      ).toEqual([]);
    }
    expect(classes).toBe(300);
    expect(main.slice(1).every((words) => words.some((w) => w.text.endsWith('(续)')))).toBe(true);
  });

  it('long names: every page of the main sheet shows a counselor (a long name wrapped: its first line)', () => {
    const main = pages.long!.filter(isMainPage);
    expect(main.length).toBeGreaterThan(1);
    const startsLabel = (text: string) =>
      LONG_COUNSELORS.some((name) => text.length >= Math.min(name.length, 4) && `${name}(续)`.startsWith(text));
    for (const [p, words] of main.entries())
      expect(words.map((w) => w.text).filter(startsLabel), `main sheet, page ${p + 1}`).not.toEqual([]);
    expect(readFileSync(join(ARTIFACTS, 'timetable-long.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
