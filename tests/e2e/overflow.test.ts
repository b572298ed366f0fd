import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

/** A clock time of 24:00 or later, wherever it stands in a text (not the tail of 14:24:30). */
const PAST_MIDNIGHT = /(?<![\d:])(?:2[4-9]|[3-9]\d):[0-5]\d/;

/** The seed roster four times over (120 classes, 20 counselors, 4208 people): three days at 20/10min hold 2880. */
function bigRoster(dir: string): void {
  const seed = readFileSync(join(dir, 'seed-roster.csv'), 'utf8').trim().split('\n').slice(1);
  const rows = [1, 2, 3, 4].flatMap((k) =>
    seed.map((line) => {
      const [, name, headcount, counselor] = line.split(',');
      return `${name}-${k},${headcount},${counselor}${k}`;
    }),
  );
  writeFileSync(join(dir, 'big.csv'), `班级名称,人数,辅导员\n${rows.join('\n')}\n`);
}

describe('a plan that does not fit', () => {
  it('the seed over one day: the notice names the classes not scheduled and what fixes it', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(['build', 'seed-roster.csv', '-d', '2024-04-22', '-o', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const notice = readFileSync(join(dir, 'notice.md'), 'utf8');
    for (const text of [notice, run.stdout]) {
      expect(text).toContain('还有 4 个班、131 人未排入');
      expect(text).toContain('把拍摄速度提高到每10分钟23人（17:43:29 结束）');
      expect(text).toContain('或按同样的时段再加 1 天（2024年4月23日）');
      expect(text).toContain('或按同样的速度用 2 个教室同时拍摄');
      expect(text).not.toContain('延长');
    }
    expect(notice).toContain('| 27 | 计科202111(专升本) | 34 |  |  | 未排入 |  |');
    expect(run.stdout).toContain('未排入：4 个班、131 人（朱银先）');
  });

  it('three days of 120 classes: no time of 24:00 or later in any output, the rest 未排入 with the fixes', async () => {
    const dir = workdir('seed-roster.csv');
    bigRoster(dir);
    const outputs = ['notice.md', 'notice.html', 'timetable.xlsx', 'schedule.ics'];
    const run = await runCli(['build', 'big.csv', '-d', '2024-04-22..2024-04-24', '-o', ...outputs], { cwd: dir });
    expect(run.code).toBe(0);
    const markdown = readFileSync(join(dir, 'notice.md'), 'utf8');
    const html = readFileSync(join(dir, 'notice.html'), 'utf8');
    const htmlText = html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'timetable.xlsx'));
    const cells: string[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    for (const [name, text] of [
      ['terminal', run.stdout],
      ['notice.md', markdown],
      ['notice.html', htmlText],
      ['timetable.xlsx', cells.join('\n')],
    ] as const) {
      expect(PAST_MIDNIGHT.exec(text)?.[0], name).toBeUndefined();
      expect(text, name).toContain('未排入');
      expect(text, name).toContain('或按同样的时段再加 2 天（2024年4月25日、2024年4月26日）');
    }
    expect(markdown.match(/\| 未排入 \|/g)).toHaveLength(8); // one per counselor with classes left
    expect(run.stdout).toContain('未排入：41 个班、1439 人（李永江3、唐小淋3、朱银先3、杜宇飞4、何芬4…）');
    // 逐班时间: a class not scheduled has no times
    const times = workbook.getWorksheet('逐班时间')!;
    const last = times.getRow(times.rowCount).values as unknown[];
    expect(last.slice(2)).toEqual(['计科20219(专升本)-4', 32, '朱银先4', undefined, undefined, '未排入']);
    // calendars: no event for the classes not scheduled, none past the last session
    const ends = [...readFileSync(join(dir, 'schedule.ics'), 'utf8').matchAll(/DTEND:(\d{8}T\d{6})/g)].map((m) => m[1]);
    expect(ends.length).toBeGreaterThan(0);
    for (const end of ends) expect(end! <= '20240424T180000', end).toBe(true);

    const json = JSON.parse(
      (await runCli(['build', 'big.csv', '-d', '2024-04-22..2024-04-24', '--json'], { cwd: dir })).stdout,
    );
    expect(json.summary).toMatchObject({
      fits: false,
      end: '2024-04-25T05:59:00',
      unscheduled: { classes: 41, people: 1439 },
      fix: { throughput: '30/10min', extraDays: 2, extraDates: ['2024-04-25', '2024-04-26'], rooms: 2 },
    });
    expect(json.classes.filter((c: { scheduled?: boolean }) => c.scheduled === false)).toHaveLength(41);
  });

  it('a Friday that does not fit: the extra day is the Monday after', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(['build', 'seed-roster.csv', '-d', '2024-04-26', '--json'], { cwd: dir });
    expect(JSON.parse(run.stdout).summary.fix).toMatchObject({ extraDays: 1, extraDates: ['2024-04-29'] });
    expect(run.stderr).toContain('再加 1 天（2024年4月29日）');
  });
});
