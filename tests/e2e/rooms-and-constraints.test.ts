import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22'];

describe('rooms, order and constraints through the CLI', () => {
  it('--rooms: every output shows the room', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '--rooms', 'A1-108,A1-109', '-o', 'n.md', 't.xlsx', 's.ics', 'p.json'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nA1-108 +█/);
    expect(run.stdout).toContain('14:35:30 结束');
    const md = readFileSync(join(dir, 'n.md'), 'utf8');
    expect(md).toContain('| 序号 | 班级名称 | 人数 | 辅导员 | 拍摄教室 | 日期安排 | 时间安排 | 集合时间 |');
    expect(md).toContain('- 拍摄教室：A1-108、A1-109');
    const plan = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8'));
    expect(plan.schemaVersion).toBe(1);
    expect(plan.classes[0]).toMatchObject({ name: '软件20211', room: 'A1-108' });
    expect(plan.blocks.map((b: { counselor: string; room: string }) => `${b.room} ${b.counselor}`)).toEqual([
      'A1-108 杜宇飞',
      'A1-108 李永江',
      'A1-109 何芬',
      'A1-109 唐小淋',
      'A1-109 朱银先',
    ]);
    expect(plan.settings.rooms).toEqual([
      { name: 'A1-108', throughput: '20/10min' },
      { name: 'A1-109', throughput: '20/10min' },
    ]);
    expect(readFileSync(join(dir, 's.ics'), 'utf8')).toContain('LOCATION:A1-109');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 't.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('E2').value).toBe('拍摄教室');
    expect((sheet.model as { merges: string[] }).merges).toEqual(expect.arrayContaining(['E3:E17', 'E18:E32']));
  });

  it('--order optimize at 22/10min fits and says it is optimal', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '-t', '22/10min', '--order', 'optimize', '-o', 'n.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('顺序已优化：搜索了全部 120 种辅导员顺序及每位辅导员的班级顺序，这是最优的。');
    expect(run.stdout).toContain('✓ 所有班级都排得下，17:59:05 结束。');
  });

  it('counselor availability and class pins from the config file', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(
      join(dir, 'capture-plan.config.json'),
      JSON.stringify({
        roster: 'seed-roster.csv',
        date: '2024-04-22',
        counselors: { 何芬: { available: ['13:30-18:00'] } },
        classes: { 软件20211: { pinned: '13:30-18:00' } },
        changeover: 5,
        reserve: 30,
      }),
    );
    const run = await runCli(['build', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    const start = (name: string) => plan.classes.find((c: { name: string }) => c.name === name).start.slice(11);
    expect(start('电商20213(专升本)') >= '13:30:00').toBe(true);
    expect(start('软件20211') >= '13:30:00').toBe(true);
    expect(plan.settings).toMatchObject({ changeoverMinutes: 5, reserveMinutes: 30 });
  });

  it('shows the make-up time kept free in the notice', async () => {
    const dir = workdir('seed-roster.csv');
    await runCli([...SEED, '-t', '25/10min', '--reserve', '30', '-o', 'n.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'n.md'), 'utf8')).toContain('- 补拍：每天 17:30-18:00 留作补拍');
  });

  it.each([
    [
      { counselors: { 何芬: { available: ['13:30-14:00'] } } },
      '辅导员“何芬”的班级共需 105 分钟，其可到的时间在拍摄时段内共 30 分钟，不够。',
    ],
    [{ counselors: { 何芬X: { available: ['13:30-18:00'] } } }, '配置里的辅导员“何芬X”不在名单中。'],
    [{ classes: { 软件20211: { pinned: '2024-05-01' } } }, '软件20211 的时间“2024-05-01”不在拍摄日期之内。'],
  ])('impossible constraints exit 2 with the name and the reason: %j', async (constraints, message) => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'capture-plan.config.json'), JSON.stringify(constraints));
    writeFileSync(join(dir, 'notice.md'), 'keep');
    const run = await runCli([...SEED, '-o', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe('keep');
  });

  it.each([
    [['--order', 'best'], '--order 只能是 input 或 optimize'],
    [['--changeover', '-5'], '--changeover 应为 0 到 600 之间的整数分钟'],
    [['--rooms', 'A,A'], '教室“A”有误'],
    [['--reserve', '300'], '--reserve 300 分钟比每天最后一段还长'],
  ])('bad options: %j', async (flags, message) => {
    const run = await runCli([...SEED, ...flags, '--json'], { cwd: workdir('seed-roster.csv') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('whatif compares one room with two', async () => {
    const run = await runCli(
      ['whatif', 'seed-roster.csv', '-d', '2024-04-22', '--rooms', 'A1-108;A1-108,A1-109', '--json'],
      { cwd: workdir('seed-roster.csv') },
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(
      result.scenarios.map((s: { settings: { rooms: string[] }; fits: boolean; end: string }) => [
        s.settings.rooms,
        s.fits,
        s.end,
      ]),
    ).toEqual([
      [['A1-108'], false, '2024-04-22T18:52:30'],
      [['A1-108', 'A1-109'], true, '2024-04-22T14:35:30'],
    ]);
  });
});

describe('review regressions', () => {
  it('with --changeover the notice times of one session never overlap', async () => {
    const dir = workdir('seed-roster.csv');
    expect((await runCli([...SEED, '--changeover', '1', '-o', 'n.md'], { cwd: dir })).code).toBe(0);
    const times = [...readFileSync(join(dir, 'n.md'), 'utf8').matchAll(/\| (\d+):(\d+)-(\d+):(\d+) \|/g)].map((m) => [
      Number(m[1]) * 60 + Number(m[2]),
      Number(m[3]) * 60 + Number(m[4]),
    ]);
    for (let i = 1; i < times.length; i++)
      if (times[i]![0]! >= 13 * 60 && times[i - 1]![0]! >= 13 * 60)
        expect(times[i]![0]).toBeGreaterThanOrEqual(times[i - 1]![1]!);
    expect(times.length).toBe(6);
  });

  it.each([
    [['-d', '2044-04-22'], {}],
    [['-d', '2024-04-22'], { SOURCE_DATE_EPOCH: '0' }],
  ])('a workbook for %j %j is written (zip dates clamped)', async (flags, env) => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(['build', 'seed-roster.csv', ...flags, '-o', 't.xlsx'], { cwd: dir, env });
    expect(run.code).toBe(0);
  });

  it('a per-counselor calendar may not overwrite an -o output', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '-o', 'cal/何芬.ics', '--ics-per-counselor', 'cal'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cal/何芬.ics');
  });

  it('a file in place of the calendar folder is named as such', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'cal'), 'x');
    const run = await runCli([...SEED, '-o', 'n.md', '--ics-per-counselor', 'cal'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('“cal”已经是一个文件');
  });
});
