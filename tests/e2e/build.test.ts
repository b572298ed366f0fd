import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22', '--location', '宜宾校区 A1-108教室'];
const expected = (name: string) => readFileSync(new URL(`../expected/${name}`, import.meta.url), 'utf8');

describe('capture-plan build (the built bin)', () => {
  it('writes timetable.xlsx and notice.md by default and summarises the day', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(SEED, { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe(expected('seed-notice.zh.md'));
    expect(run.stdout).toContain('共 30 个班、1052 人、5 位辅导员');
    expect(run.stdout).toContain('52.5 分钟');
    expect(run.stdout).toContain('每10分钟23人（17:43:29 结束）');
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(existsSync(join(dir, 'timetable.xlsx'))).toBe(true);
  });

  it('the timetable: the notice table with merged cells, exact times, the sign-in sheet and a summary, print-ready', async () => {
    const dir = workdir('seed-roster.csv');
    expect((await runCli([...SEED, '-o', 'out.xlsx'], { cwd: dir })).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'out.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['拍摄安排', '逐班时间', '现场签到', '汇总']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('2024年4月22日 学历图像采集拍摄安排 · 宜宾校区 A1-108教室');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '序号',
      '班级名称',
      '人数',
      '辅导员',
      '日期安排',
      '时间安排',
      '集合时间',
    ]);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      1,
      '软件20211',
      31,
      '杜宇飞',
      '2024年4月22日',
      '8:30-10:20',
      '8:20',
    ]);
    expect(sheet.getCell('F10').value).toBe('10:20-12:00');
    expect((sheet.getRow(33).values as unknown[]).slice(1, 4)).toEqual(['合计', '30 个班', 1052]);
    expect(sheet.getCell('D33').value).toBeNull();
    expect(String(sheet.getCell('A35').value)).toContain('52.5');
    const merges = (sheet.model as { merges: string[] }).merges;
    expect(merges).toEqual(
      expect.arrayContaining([
        'A1:G1',
        'D3:D9',
        'D10:D15',
        'D16:D23',
        'E3:E32',
        'F3:F9',
        'F10:F14',
        'F16:F23',
        'F28:F32',
        'A35:G35',
      ]),
    );
    expect(merges).not.toEqual(expect.arrayContaining(['F15:F15']));
    expect(sheet.getCell('B31').font?.color?.argb).toBe('FFC00000');
    expect(sheet.getCell('B3').font?.color).toBeUndefined();
    expect(sheet.getCell('B3').font?.bold).toBeUndefined();
    expect(sheet.getCell('B33').font?.bold).toBe(true);
    expect(sheet.getCell('A2').font?.bold).toBe(true);
    expect(sheet.getCell('B5').border?.left?.style).toBe('thin');
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(20);
    for (const ws of workbook.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '2:2',
      });
      expect(ws.headerFooter.oddFooter).toBe('&C&P / &N');
    }
    const times = workbook.worksheets[1]!;
    expect(times.getRow(2).values).toEqual([
      undefined,
      '序号',
      '班级名称',
      '人数',
      '辅导员',
      '日期安排',
      '集合时间',
      '开始',
      '结束',
    ]);
    expect(times.getRow(15).values).toEqual([
      undefined,
      13,
      '网络20213(专升本)',
      21,
      '何芬',
      '2024年4月22日',
      '13:20',
      '13:30:00',
      '13:40:30',
    ]);
    const signIn = workbook.worksheets[2]!;
    expect(signIn.getRow(2).values).toEqual([
      undefined,
      '序号',
      '班级名称',
      '人数',
      '辅导员',
      '开始',
      '实到人数',
      '缴费人数',
      '辅导员签字',
    ]);
    expect(signIn.getRow(32).values).toEqual([undefined, 30, '计科20219(专升本)', 32, '朱银先', '18:36']);
    expect(signIn.rowCount).toBe(32);
    const summary = workbook.worksheets[3]!;
    expect(summary.getRow(2).values).toEqual([undefined, '辅导员', '班级数', '人数', '最早开始', '最晚结束', '时段']);
    expect(summary.getRow(4).values).toEqual([
      undefined,
      '何芬',
      6,
      209,
      '10:19:30',
      '13:40:30',
      '10:19:30-11:53:30、13:30:00-13:40:30',
    ]);
    expect(summary.getCell('A9').value).toBe('本次设置');
    expect([summary.getCell('A10').value, summary.getCell('B10').value]).toEqual([
      '拍摄速度',
      '每10分钟20人 (20/10min)',
    ]);
  });

  it('writes roster text that looks like a formula as plain text', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'r.csv'), '班级名称,人数,辅导员\n=1+1,30,@甲\n+SUM(A1),20,-乙\n');
    expect((await runCli(['build', 'r.csv', '-d', '2024-04-22', '-o', 'out.xlsx'], { cwd: dir })).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'out.xlsx'));
    const sheet = workbook.worksheets[0]!;
    for (const address of ['B3', 'D3', 'B4', 'D4']) expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
    expect([sheet.getCell('B3').value, sheet.getCell('D3').value, sheet.getCell('B4').value]).toEqual([
      '=1+1',
      '@甲',
      '+SUM(A1)',
    ]);
  });

  it('reads the XLSX roster to the same notice as the CSV', async () => {
    const dir = workdir('seed-roster.xlsx');
    const run = await runCli(
      ['build', 'seed-roster.xlsx', '-d', '2024-04-22', '--location', '宜宾校区 A1-108教室', '-o', 'notice.md'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe(expected('seed-notice.zh.md'));
  });

  it('--lang en writes the notice in English', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '--lang', 'en', '-o', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe(expected('seed-notice.en.md'));
    expect(run.stdout).toContain('30 classes, 1052 students, 5 counselors');
  });

  it('--json prints only the plan on stdout and writes no file', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.schemaVersion).toBe(1);
    expect(plan.summary).toEqual({
      classes: 30,
      people: 1052,
      counselors: 5,
      fits: false,
      overflowMinutes: 52.5,
      start: '2024-04-22T08:30:00',
      end: '2024-04-22T18:52:30',
      fix: { throughput: '23/10min', end: '2024-04-22T17:43:29' },
    });
    expect(plan.settings).toEqual({
      throughput: '20/10min',
      sessions: ['08:30-12:00', '13:30-18:00'],
      dates: ['2024-04-22'],
    });
    expect(plan.classes[0]).toMatchObject({
      seq: 1,
      name: '软件20211',
      headcount: 31,
      counselor: '杜宇飞',
      start: '2024-04-22T08:30:00',
      end: '2024-04-22T08:45:30',
    });
    expect(plan.blocks[1]).toEqual({
      counselor: '何芬',
      classes: [
        '电商20213(专升本)',
        '电商20214(专升本)',
        '网络2021(卓越)',
        '网络20211',
        '网络20212',
        '网络20213(专升本)',
      ],
      segments: [
        { start: '2024-04-22T10:19:30', end: '2024-04-22T11:53:30' },
        { start: '2024-04-22T13:30:00', end: '2024-04-22T13:40:30' },
      ],
    });
    expect(run.stderr).toContain('52.5');
    expect(existsSync(join(dir, 'notice.md'))).toBe(false);
    expect(existsSync(join(dir, 'timetable.xlsx'))).toBe(false);
  });

  it('-o plan.json writes the same JSON; several outputs in one run', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '-t', '23/10min', '-o', 'plan.json', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
    expect(plan.summary).toMatchObject({ fits: true, end: '2024-04-22T17:43:29', overflowMinutes: 0 });
    expect(plan.summary.fix).toBeUndefined();
    expect(run.stdout).toContain('✓');
  });

  it.each([
    [['--strict'], 1],
    [['--strict', '-t', '23/10min'], 0],
  ])('%j exits %i', async (flags, code) => {
    const dir = workdir('seed-roster.csv');
    expect((await runCli([...SEED, ...flags, '--json'], { cwd: dir })).code).toBe(code);
  });

  it('defaults the date to today', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(['build', 'seed-roster.csv', '--json'], { cwd: dir });
    const today = new Date();
    const local = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(JSON.parse(run.stdout).settings.dates).toEqual([local]);
    expect(run.stderr).toContain(`没有用 -d 指定拍摄日期，按今天（${local}）排`);
  });

  it('prints help with examples and the version', async () => {
    const dir = workdir();
    const help = await runCli(['build', '--help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--throughput <rate>');
    expect(help.stdout).toContain('示例');
    const version = await runCli(['--version'], { cwd: dir });
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version,
    );
  });

  it('colours only on a terminal: NO_COLOR and pipes get plain text', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(SEED, { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });
});

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
    { title: 'unknown output format', args: [...SEED, '-o', 'notice.docx'], message: /notice\.docx/ },
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
      title: 'a template but no .md output',
      args: [...SEED, '--template', 't.md', '-o', 'n.html'],
      message: /--template 只用于 \.md 输出/,
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
    expect(rows[1]).toMatch(/^何芬\s+█+·+█/);
  });
});

describe('stage timings for the benchmark', () => {
  it('CAPTURE_PLAN_TIMINGS prints each stage, the total and the peak memory as one JSON line on stderr', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '--json'], { cwd: dir, env: { CAPTURE_PLAN_TIMINGS: '1' } });
    const line = JSON.parse(run.stderr.trim().split('\n').pop()!);
    expect(Object.keys(line.timings)).toEqual(expect.arrayContaining(['read', 'parse', 'schedule', 'json', 'save']));
    expect(line.totalMs).toBeGreaterThan(0);
    expect(line.maxRssKb).toBeGreaterThan(10_000);
    expect(JSON.parse(run.stdout).schemaVersion).toBe(1);
  });
});
