import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../e2e/run-cli.js';
import { fixture } from '../helpers.js';

/** LibreOffice converts .docx only with its Writer installed (Debian's libreoffice-writer). */
const WRITER = '/usr/lib/libreoffice/program/swriter';
const READY = existsSync(WRITER) && existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');
const ARTIFACTS = fileURLToPath(new URL('../../artifacts/docx/', import.meta.url));
const LONG_NAME = '计算机科学与技术（人工智能方向）2020级卓越工程师实验班';

/** 120 classes of 24 counselors in three colleges, some with long names: a plan of several pages over two days. */
function longRoster(): string {
  const rows = Array.from({ length: 120 }, (_, i) => {
    const college = ['计算机学院', '经济管理学院', '艺术学院'][Math.floor(i / 40)]!;
    const name = i % 13 === 5 ? `${LONG_NAME}${i}` : `班级${i + 1}`;
    return `${i + 1},${college},${name},${30 + (i % 11)},辅导员${Math.floor(i / 5) + 1}`;
  });
  return ['序号,学院,班级名称,人数,辅导员', ...rows, ''].join('\n');
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word box of every page, as `pdftotext -bbox` reports them. */
function pagesOf(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({ text: m[5]!, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! }),
      ),
    );
}

/** Pairs of words whose boxes overlap by more than a point each way: text printed over text. */
function overlaps(words: readonly Word[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (x > 1 && y > 1) found.push(`${a.text} × ${b.text}`);
    }
  return found;
}

const pageText = (words: readonly Word[]) => words.map((w) => w.text).join('');

const MISSING = `${WRITER} (libreoffice-writer) or pdftotext/pdftoppm (poppler-utils)`;
if (!READY && process.env.CI) {
  describe('the Word notice printed through LibreOffice', () => {
    it('needs LibreOffice Writer and poppler', () => {
      throw new Error(`${MISSING} is missing: on CI the Word notice must be printed, so install them there.`);
    });
  });
} else if (!READY) {
  console.warn(
    `[notice-docx] ${MISSING} not found: skipping the LibreOffice render test (set CI to make this a failure).`,
  );
}

describe.skipIf(!READY)('the Word notice printed through LibreOffice', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'capture-plan-docx-'));
    for (const name of ['seed-roster.csv', 'campus-roster.csv']) copyFileSync(fixture(name), join(dir, name));
    writeFileSync(join(dir, 'long.csv'), longRoster());
    const builds = [
      ['build', 'seed-roster.csv', '-d', '2024-04-22', '--location', '宜宾校区 A1-108教室', '-o', 'seed.docx'],
      ['build', 'campus-roster.csv', '-d', '2024-04-22', '--fee', '15', '-o', 'campus.docx'],
      ['build', 'long.csv', '-d', '2024-04-22,2024-04-23', '-t', '20/10min', '-o', 'long.docx'],
    ];
    for (const args of builds) expect((await runCli(args, { cwd: dir })).code).toBe(0);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...['seed', 'campus', 'long'].map((n) => join(dir, `${n}.docx`)),
      ],
      { stdio: 'ignore', timeout: 100_000 },
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of ['seed', 'campus', 'long'])
      execFileSync('pdftoppm', ['-png', '-r', '60', '-l', '3', join(dir, `${name}.pdf`), join(ARTIFACTS, name)]);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints every class, counselor and time of the seed on one page, no text over text', () => {
    const pages = pagesOf(join(dir, 'seed.pdf'));
    expect(pages).toHaveLength(1);
    const text = pageText(pages[0]!);
    for (const shown of [
      '学历图像采集拍摄安排',
      '软件20211',
      '计科20219(专升本)',
      '杜宇飞',
      '朱银先',
      '8:30-10:20',
      '合计',
    ])
      expect(text).toContain(shown);
    expect(overlaps(pages[0]!)).toEqual([]);
  });

  it('prints the per-college table and the fee of a campus', () => {
    const pages = pagesOf(join(dir, 'campus.pdf'));
    const text = pages.map(pageText).join('');
    for (const shown of ['各学院拍摄时间', '经济管理学院', '6615', '刘洋']) expect(text).toContain(shown);
    for (const page of pages) expect(overlaps(page)).toEqual([]);
  });

  it('prints a long plan with a counselor, a date and the header on every page, no text over text', () => {
    const pages = pagesOf(join(dir, 'long.pdf'));
    expect(pages.length).toBeGreaterThan(2);
    for (const [i, page] of pages.entries()) {
      const text = pageText(page);
      expect(overlaps(page), `page ${i + 1}`).toEqual([]);
      expect(text, `page ${i + 1}`).toContain('序号学院班级名称');
      expect(text, `page ${i + 1}`).toMatch(/辅导员\d+/);
      // a page of classes past the last session shows 未排入 where a page of scheduled ones shows their date
      expect(text, `page ${i + 1}`).toMatch(/2024年4月2[23]日|未排入/);
      expect(text, `page ${i + 1}`).toMatch(/计算机学院|经济管理学院|艺术学院/);
    }
    expect(readdirSync(ARTIFACTS).filter((f) => f.startsWith('long-')).length).toBeGreaterThan(0);
  });
});
