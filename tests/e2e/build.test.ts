import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22', '--location', '宜宾校区 A1-108教室'];
const expected = (name: string) => readFileSync(new URL(`../expected/${name}`, import.meta.url), 'utf8');

describe('capture-plan build', () => {
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
        'E3:E28',
        'E29:E32',
        'F3:F9',
        'F10:F14',
        'F16:F23',
        'F29:F32',
        'A35:G35',
      ]),
    );
    expect(merges).not.toEqual(expect.arrayContaining(['F15:F15']));
    expect([sheet.getCell('F28').value, sheet.getCell('F29').value, sheet.getCell('G29').value]).toEqual([
      '17:30-17:50',
      '未排入',
      null,
    ]);
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
    expect(signIn.getRow(32).values).toEqual([undefined, 30, '计科20219(专升本)', 32, '朱银先', '未排入']);
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
      unscheduled: { classes: 4, people: 131 },
      fix: { throughput: '23/10min', end: '2024-04-22T17:43:29', extraDays: 1, extraDates: ['2024-04-23'], rooms: 2 },
    });
    expect(
      plan.classes.filter((c: { scheduled?: boolean }) => c.scheduled === false).map((c: { seq: number }) => c.seq),
    ).toEqual([27, 28, 29, 30]);
    expect(plan.classes[29]).toMatchObject({ end: '2024-04-22T18:52:30', scheduled: false });
    expect(plan.classes[25]).not.toHaveProperty('scheduled');
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
    const local = '2025-01-15'; // the local date of runCli's fixed clock (NOW): no race with midnight
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
