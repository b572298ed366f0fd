import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22'];
const OUTPUTS = ['-o', 'timetable.xlsx', 'notice.md', 'notice.html', 'schedule.ics'];
/** A heading with everything a writer must escape: HTML, Markdown emphasis and table bars, a formula's sign. */
const HOSTILE = '=2025届 <img src=x onerror=alert(1)> *毕业生* | 图像采集 & "拍摄"';

/** The summaries of a calendar's events. */
function summaries(ics: string): string[] {
  return new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('summary')));
}

describe('--title: the heading of every output', () => {
  it('names the notice, each timetable sheet, the terminal headline and the calendar events, escaped', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, ...OUTPUTS, '--title', `  ${HOSTILE} `], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`2024年4月22日 ${HOSTILE}`);

    const md = readFileSync(join(dir, 'notice.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('# =2025届 &lt;img src=x onerror=alert(1)&gt; \\*毕业生\\* \\| 图像采集 & "拍摄"');
    const html = readFileSync(join(dir, 'notice.html'), 'utf8');
    const escaped = '=2025届 &lt;img src=x onerror=alert(1)&gt; *毕业生* | 图像采集 &amp; &quot;拍摄&quot;';
    expect(html).toContain(`<title>2024年4月22日 ${escaped}</title>`);
    expect(html).toContain(`<h1>${escaped}</h1>`);
    expect(html).not.toContain('<img');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'timetable.xlsx'));
    for (const sheet of workbook.worksheets.slice(0, 4)) {
      const title = sheet.getCell('A1');
      expect([sheet.name, title.value, title.formula]).toEqual([sheet.name, `2024年4月22日 ${HOSTILE}`, undefined]);
    }

    const events = summaries(readFileSync(join(dir, 'schedule.ics'), 'utf8'));
    expect(events).toHaveLength(6);
    for (const summary of events) expect(summary.startsWith(`${HOSTILE} · `)).toBe(true);
  });

  it('comes from the config file too; without it every heading is as before, in each language', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'capture-plan.config.json'), JSON.stringify({ title: '2025届研究生图像采集' }));
    expect((await runCli([...SEED, '-o', 'notice.md'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toMatch(/^# 2025届研究生图像采集\n/);

    const plain = workdir('seed-roster.csv');
    expect((await runCli([...SEED, '-o', 'notice.md', 'schedule.ics'], { cwd: plain })).code).toBe(0);
    expect(readFileSync(join(plain, 'notice.md'), 'utf8')).toMatch(/^# 学历图像采集拍摄安排\n/);
    expect(summaries(readFileSync(join(plain, 'schedule.ics'), 'utf8'))[0]).toMatch(/^学历图像采集 · 杜宇飞：/);
    const english = await runCli([...SEED, '--lang', 'en', '-o', 'n.md', '--title', ' '], { cwd: plain });
    expect(readFileSync(join(plain, 'n.md'), 'utf8')).toMatch(/^# Graduation photo capture schedule\n/);
    expect(english.stdout.split('\n')[0]).toBe('22 April 2024 Graduation photo capture schedule');
  });

  it('an empty title in the config file is refused with its key', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'capture-plan.config.json'), JSON.stringify({ title: '' }));
    const run = await runCli(SEED, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('title');
  });
});
