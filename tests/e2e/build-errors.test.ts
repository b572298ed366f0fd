import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22', '--location', '宜宾校区 A1-108教室'];

describe('capture-plan build: bad input and options exit 2 and change nothing', () => {
  const cases: { title: string; args: string[]; message: RegExp; setup?: (dir: string) => void }[] = [
    { title: 'missing roster', args: ['build', 'nope.csv', '-d', '2024-04-22'], message: /nope\.csv：找不到这个文件/ },
    { title: 'bad throughput', args: [...SEED, '-t', 'fast'], message: /拍摄速度“fast”看不懂/ },
    { title: 'bad session', args: [...SEED, '-s', '12:00-08:00'], message: /时段“12:00-08:00”看不懂/ },
    { title: 'bad date', args: ['build', 'seed-roster.csv', '-d', 'next monday'], message: /日期“next monday”看不懂/ },
    {
      title: 'a day that does not exist',
      args: ['build', 'seed-roster.csv', '-d', '2024-02-30'],
      message: /日期“2024-02-30”不存在/,
    },
    { title: 'round not dividing an hour', args: [...SEED, '--round', '7'], message: /--round 应为能整除 60 的分钟数/ },
    {
      title: 'a number option given text',
      args: [...SEED, '--gather', 'abc'],
      message: /--gather 应为整数，这里是“abc”/,
    },
    { title: 'bad round', args: [...SEED, '--round', '0'], message: /--round/ },
    { title: 'bad lang', args: [...SEED, '--lang', 'fr'], message: /--lang 只能是 zh 或 en/ },
    { title: 'unknown output format', args: [...SEED, '-o', 'notice.pdf'], message: /notice\.pdf/ },
    { title: 'output is the input', args: [...SEED, '-o', 'seed-roster.csv'], message: /就是输入的名单/ },
    { title: 'output folder missing', args: [...SEED, '-o', 'missing/notice.md'], message: /所在文件夹不存在/ },
    {
      title: 'unknown option',
      args: [...SEED, '--colour'],
      message: /^capture-plan: 没有 --colour 这个选项。运行 capture-plan build --help 查看全部选项。\n$/,
    },
    {
      title: 'a mistyped option',
      args: [...SEED, '--throughtput', '20/10min'],
      message: /^capture-plan: 没有 --throughtput 这个选项，是不是 --throughput？/,
    },
    {
      title: 'a roster after -o',
      args: ['build', '-d', '2024-04-22', '-o', 'notice.md', 'seed-roster.csv'],
      message: /“seed-roster.csv”写在了 -o 后面/,
    },
    {
      title: 'a template but no notice output',
      args: [...SEED, '--template', 't.md', '-o', 'n.xlsx'],
      message: /--template 只用于通知（\.md、\.html、\.docx）/,
    },
    {
      title: 'a class longer than any session',
      args: ['build', 'big.csv', '-d', '2024-04-22'],
      message: /big\.csv 第3行：班级“大班”按当前速度需要 300 分钟/,
      setup: (dir) => writeFileSync(join(dir, 'big.csv'), '班级名称,人数,辅导员\n软件1,30,甲\n大班,600,乙\n'),
    },
  ];

  it.each(cases)('$title', async ({ args, message, setup }) => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'notice.md'), 'keep me');
    setup?.(dir);
    const run = await runCli([...args, ...(args.includes('-o') ? [] : ['-o', 'notice.md', 'timetable.xlsx'])], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe('keep me');
    expect(existsSync(join(dir, 'timetable.xlsx'))).toBe(false);
  });

  it('speaks English errors with --lang en', async () => {
    const dir = workdir();
    const run = await runCli(['build', 'nope.csv', '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('capture-plan: nope.csv: file not found; check the path.');
  });

  it('an output that cannot be replaced leaves every output as it was', async () => {
    if (process.getuid?.() === 0) {
      // root ignores file permissions; simulate an unwritable output with a folder in its place instead
      const dir = workdir('seed-roster.csv');
      writeFileSync(join(dir, 'notice.md'), 'keep me');
      mkdirSync(join(dir, 'timetable.xlsx'));
      const run = await runCli([...SEED, '-o', 'notice.md', 'timetable.xlsx'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('timetable.xlsx');
      expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe('keep me');
      return;
    }
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'notice.md'), 'keep me');
    writeFileSync(join(dir, 'timetable.xlsx'), 'locked');
    chmodSync(join(dir, 'timetable.xlsx'), 0o444);
    const run = await runCli([...SEED, '-o', 'notice.md', 'timetable.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('没有写入权限');
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe('keep me');
  });
});

describe('capture-plan build --sheet', () => {
  it.each([['名单'], ['2']])('--sheet %s picks the roster sheet', async (sheet) => {
    const dir = workdir('messy/second-sheet.xlsx');
    const run = await runCli(['build', 'second-sheet.xlsx', '-d', '2024-04-22', '--sheet', sheet, '--json'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).classes[0].source).toEqual({ file: 'second-sheet.xlsx', sheet: '名单', row: 2 });
  });

  it('an unknown sheet lists the sheets there are', async () => {
    const dir = workdir('messy/second-sheet.xlsx');
    const run = await runCli(['build', 'second-sheet.xlsx', '--sheet', '3', '--json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      'capture-plan: second-sheet.xlsx：没有名为或序号为“3”的工作表；现有：1. 说明, 2. 名单。',
    );
  });
});
