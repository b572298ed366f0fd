import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const DAY = ['seed-roster.csv', '-d', '2024-04-22'];
const REPLAN = ['replan', ...DAY, '--now', '10:40', '--done', '软件20217'];

/** The UID and SEQUENCE lines of a calendar. */
function uids(ics: string): string[] {
  return ics.split('\r\n').filter((line) => line.startsWith('UID:'));
}

describe('capture-plan replan', () => {
  it('writes build’s outputs of the new plan, the lines to send, and prints them', async () => {
    const dir = workdir('seed-roster.csv');
    expect((await runCli(['build', ...DAY, '-o', 'schedule.ics'], { cwd: dir })).code).toBe(0);
    const published = readFileSync(join(dir, 'schedule.ics'), 'utf8');
    const run = await runCli(
      [...REPLAN, '--absent', '网络20212', '-o', 'notice.md', 'timetable.xlsx', 'schedule.ics', '--tell', '通知.txt'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('实际速度 每10分钟16.8人（已拍 219 人，用时 130 分钟）');
    expect(run.stdout).toContain('10:40 起其余班级按每10分钟16.8人重新排定。');
    expect(run.stdout).toContain(
      '何芬老师：您班级的拍摄时间由 10:20-12:00、13:30-13:40 调整为 10:40-12:00、13:30-14:10、未排入（推迟 20.5 分钟），请现在就到场。网络20212（未排入）未按时到场，改在其他班级之后拍摄。',
    );
    expect(run.stdout).toContain('已写入 notice.md, timetable.xlsx, schedule.ics, 通知.txt');
    const tell = readFileSync(join(dir, '通知.txt'), 'utf8').split('\n');
    expect(tell.slice(0, 4)).toEqual([
      '实际速度 每10分钟16.8人（已拍 219 人，用时 130 分钟）',
      '10:40 起其余班级按每10分钟16.8人重新排定。',
      '',
      '需要通知：',
    ]);
    expect(tell[4]).toMatch(/^何芬老师：/);
    const notice = readFileSync(join(dir, 'notice.md'), 'utf8');
    expect(notice).toContain('| 1 | 软件20211（已拍） | 31 |');
    expect(notice).toContain('网络20212（未到，最后拍）');
    expect(notice).toContain('调整：10:40 起其余班级按每10分钟16.8人重新排定。');
    expect(notice).toContain('每10分钟16.8人');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'timetable.xlsx'));
    const names = book.getWorksheet('逐班时间')!.getColumn(2).values.map(String);
    expect(names).toContain('软件20217（已拍）');
    expect(names).not.toContain('电商20213(专升本)（已拍）');
    const ics = readFileSync(join(dir, 'schedule.ics'), 'utf8');
    // the same events, updated in place: 朱银先 no longer fits the day, so has no event now
    expect(uids(ics)).toEqual(uids(published).filter((_, i) => i !== 5));
    expect(ics.match(/SEQUENCE:640/g)).toHaveLength(uids(ics).length);
    expect(published).not.toContain('SEQUENCE');
  });

  it('--json adds done, absent and summary.replan to the plan, and writes no file', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...REPLAN, '--rate', 'planned', '--absent', '网络20212', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.schemaVersion).toBe(1);
    expect(plan.classes.filter((c: { done?: boolean }) => c.done).map((c: { name: string }) => c.name)).toHaveLength(7);
    expect(plan.classes.at(-1)).toMatchObject({ name: '网络20212', counselor: '何芬', absent: true });
    // one block per counselor, as build's: the absent class is the last segment of 何芬's
    const blocks = plan.blocks.filter((b: { counselor: string }) => b.counselor === '何芬');
    expect(blocks).toHaveLength(1);
    expect(blocks[0].classes.at(-1)).toBe('网络20212');
    expect(blocks[0].segments).toHaveLength(3);
    const { replan } = plan.summary;
    expect([replan.now, replan.measuredThroughput, replan.rate]).toEqual([
      '2024-04-22T10:40:00',
      '16.8/10min',
      '20/10min',
    ]);
    expect(replan.delays[0]).toMatchObject({
      counselor: '何芬',
      minutes: 20.5,
      was: [
        { start: '2024-04-22T10:19:30', end: '2024-04-22T11:53:30' },
        { start: '2024-04-22T13:30:00', end: '2024-04-22T13:40:30' },
      ],
    });
    expect(replan.delays[0].now[0]).toEqual({ start: '2024-04-22T10:40:00', end: '2024-04-22T11:59:00' });
    expect(run.stderr).toContain('需要通知：');
    expect(readdirSync(dir)).toEqual(['seed-roster.csv']);
  });

  it('with colleges and rooms, names each counselor with its college, then tells each college', async () => {
    const dir = workdir('campus-roster.csv');
    const args = ['replan', 'campus-roster.csv', '-d', '2024-04-22', '--rooms', 'A,B', '--now', '09:30'];
    const run = await runCli([...args, '--done', '计科20212', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const { delays } = JSON.parse(run.stdout).summary.replan;
    expect(delays[0]).toMatchObject({ counselor: '赵磊', college: '计算机学院', minutes: 19 });
    expect(delays[0].line).toBe(
      '计算机学院 赵磊老师：您班级的拍摄时间由 9:10-10:10 调整为 9:30-11:20（推迟 19 分钟），请现在就到场。',
    );
    const college = delays.find((d: { counselor?: string }) => d.counselor === undefined);
    expect(college).toMatchObject({ college: '计算机学院', minutes: 19 });
    expect(college.line).toBe('计算机学院：本学院的拍摄时间由 8:30-10:10 调整为 8:30-11:20（推迟 19 分钟）。');
  });

  it('on the second of two days reads --now with its date, and names the days in the lines', async () => {
    const dir = workdir('seed-roster.csv');
    const args = ['replan', 'seed-roster.csv', '-d', '2024-04-22..2024-04-23', '--now', '2024-04-23T09:00'];
    const run = await runCli([...args, '--done', '计科20217(专升本)', '-o', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2024年4月23日 9:00 起其余班级按每10分钟22.3人重新排定。');
    // ahead of the plan: the rest starts where the done class was planned to end, so the shown times stay
    expect(run.stdout).toContain(
      '朱银先老师：您班级的拍摄时间由 2024年4月22日 17:30-17:50；2024年4月23日 8:30-9:40 调整为 2024年4月22日 17:30-17:50；2024年4月23日 8:30-9:40（开始时间不变），请现在就到场。',
    );
  });

  it('speaks English with --lang en', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...REPLAN, '--rate', 'planned', '--lang', 'en', '-o', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('actual rate 16.8 per 10 min (219 photographed in 130 minutes)');
    expect(run.stdout).toContain(
      "何芬: your classes' photo time changes from 10:20-12:00, 13:30-13:40 to 10:40-12:00, 13:30-14:00 (20.5 minutes later); please come now.",
    );
  });

  it.each([
    [['--done', '软件20271'], '--done 的班级“软件20271”不在名单中，是不是“软件20211”？'],
    [['--absent', '网络2021'], '--absent 的班级“网络2021”不在名单中，是不是“网络20211”？'],
    [['--absent', '软件20212'], '班级“软件20212”在 --done 之前已拍完（或就是它），不能同时写在 --absent 里。'],
    [['--now', '08:00'], '--now 08:00 不在计划的时间之内（8:30 开始，18:52 结束）。'],
    [['--now', '2024-04-23T10:40'], '--now 2024-04-23T10:40 不在计划的时间之内（8:30 开始，18:52 结束）。'],
    [['--now', '10点40'], '--now 应是时间（如 10:40）或日期和时间（如 2024-04-23T10:40），这里是“10点40”。'],
    [
      ['--rate', 'fast'],
      '--rate 应是 measured（实际速度）、planned（计划速度）或一个速度（如 18/10min），这里是“fast”。',
    ],
    [['--tell', 'a.docx'], '--tell 的文件应是 .txt 或 .md，这里是“a.docx”。'],
  ])('refuses %j in one line, exit 2, nothing written', async (args, message) => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(
      [...REPLAN, ...args, '-o', 'notice.md', '--tell', 'x.txt'].slice(0, args[0] === '--tell' ? -2 : undefined),
      { cwd: dir },
    );
    expect([run.code, run.stderr]).toEqual([2, `capture-plan: ${message}\n`]);
    expect(readdirSync(dir)).toEqual(['seed-roster.csv']);
  });

  it('needs --now', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(['replan', ...DAY, '--done', '软件20217'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, 'capture-plan: replan 需要 --now：现在的时间，如 --now 10:40。\n']);
  });

  it.each(['zh', 'en'])('has a help in %s with its own options first, then build’s', async (lang) => {
    const run = await runCli(['replan', '--help', '--lang', lang], { cwd: workdir() });
    const flags = [...run.stdout.matchAll(/^ {2}(-[^ ]+(?: [^ ]+)*?) {2,}/gm)].map((m) => m[1]);
    expect(flags.slice(0, 5)).toEqual([
      '--now <time>',
      '--done <class>',
      '--absent <classes>',
      '--rate <rate>',
      '--tell <file>',
    ]);
    expect(flags).toContain('-t, --throughput <rate>');
    expect(run.stdout).toContain('capture-plan replan 名单.xlsx -d 2024-04-22 --now 10:40 --done 软件20217');
  });
});
