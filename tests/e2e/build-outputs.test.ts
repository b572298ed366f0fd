import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22', '--location', '宜宾校区 A1-108教室'];

describe('capture-plan build: publishable outputs', () => {
  it('writes every format from one run: xlsx, md, html, ics and json', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(
      [...SEED, '-o', 'timetable.xlsx', 'notice.md', 'notice.html', 'schedule.ics', 'plan.json'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已写入 timetable.xlsx, notice.md, notice.html, schedule.ics, plan.json');
    const html = readFileSync(join(dir, 'notice.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('rowspan="7"');
    expect(html).toContain('<svg');
    const ics = readFileSync(join(dir, 'schedule.ics'), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(ics).toContain('DTSTART:20240422T100900');
    expect(ics).toContain('DTSTAMP:20240422T000000Z');
  });

  it('--ics-per-counselor writes one calendar per counselor into the folder', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '-o', 'notice.md', '--ics-per-counselor', 'calendars'], { cwd: dir });
    expect(run.code).toBe(0);
    const files = readdirSync(join(dir, 'calendars')).sort();
    expect(files).toEqual(['何芬.ics', '唐小淋.ics', '朱银先.ics', '李永江.ics', '杜宇飞.ics'].sort());
    expect(readFileSync(join(dir, 'calendars', '何芬.ics'), 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('past 12 files the summary names the first 12 and counts the rest (20 000 calendars made one 300 KB line)', async () => {
    const dir = workdir();
    const rows = Array.from({ length: 20 }, (_, i) => `班${i + 1},30,辅导员${i + 1}`);
    writeFileSync(join(dir, 'r.csv'), `班级,人数,辅导员\n${rows.join('\n')}\n`);
    const run = await runCli(['build', 'r.csv', '-d', '2024-04-22', '-o', 'n.md', '--ics-per-counselor', 'cal'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'cal'))).toHaveLength(20);
    const line = run.stdout.split('\n').find((l) => l.startsWith('已写入'))!;
    expect(line.split(', ')).toHaveLength(13);
    expect(line).toMatch(/^已写入 n\.md, .*, … \+9$/);
  });

  it('--gather moves every gathering time', async () => {
    const dir = workdir('seed-roster.csv');
    expect((await runCli([...SEED, '--gather', '15', '-o', 'notice.md'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toContain(
      '| 1 | 软件20211 | 31 | 杜宇飞 | 2024年4月22日 | 8:30-10:20 | 8:15 |',
    );
  });

  it('--template fills the shipped example notice', async () => {
    const dir = workdir('seed-roster.csv', 'notice-template.md');
    const run = await runCli([...SEED, '-t', '23/10min', '--template', 'notice-template.md', '-o', 'notice.md'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const notice = readFileSync(join(dir, 'notice.md'), 'utf8');
    expect(notice).toContain('- 日期：2024年4月22日（星期一）');
    expect(notice).toContain('- 地点：宜宾校区 A1-108教室');
    expect(notice).toContain('拍摄速度：约每10分钟23人，共 30 个班、1052 人，8:30 开始，预计 17:43:29 结束。');
    expect(notice).toContain('| 1 | 软件20211 | 31 | 杜宇飞 | 2024年4月22日 | 8:30-10:10 | 8:20 |');
    expect(notice).not.toContain('{{');
  });

  it('an unknown placeholder is an error naming it and its line, and nothing is written', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 't.md'), '# 通知\n\n{{date}}\n{{tabel}}\n');
    const run = await runCli([...SEED, '--template', 't.md', '-o', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('t.md 第4行：模板里的占位符 {{tabel}} 不认识');
    expect(existsSync(join(dir, 'notice.md'))).toBe(false);
  });

  it('a missing template is a clear error', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '--template', 'none.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('capture-plan: none.md：找不到这个文件，请检查路径。');
  });

  it('the terminal summary draws the day in 80 columns', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '-o', 'notice.md'], { cwd: dir });
    const lines = run.stdout.split('\n');
    const rows = lines.filter((l) => /^(杜宇飞|何芬|李永江|唐小淋|朱银先)/.test(l));
    expect(rows).toHaveLength(5);
    for (const line of rows) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(rows[1]).toMatch(/^何芬\s+█+\s*·+█/);
  });
});
