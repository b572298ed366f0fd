import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

/** fixtures/campus-roster.csv: a 学院 column, 王芳 teaching in 经济管理学院 and in 艺术学院, two rows out of place. */
const CAMPUS = ['build', 'campus-roster.csv', '-d', '2024-04-22'];

interface JsonClass {
  name: string;
  counselor: string;
  college?: string;
  start: string;
  end: string;
}

/** The classes of a --json plan, in schedule order. */
function classesOf(stdout: string): JsonClass[] {
  return JSON.parse(stdout).classes as JsonClass[];
}

describe('a campus roster with a 学院 column', () => {
  it('keeps each college together, tells the two 王芳 apart, and says which rows moved', async () => {
    const dir = workdir('campus-roster.csv');
    const run = await runCli([...CAMPUS, '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.summary).toMatchObject({ classes: 12, people: 441, counselors: 6, fits: true });
    expect(plan.classes.map((c: JsonClass) => c.college)).toEqual([
      ...Array(5).fill('计算机学院'),
      ...Array(4).fill('经济管理学院'),
      ...Array(3).fill('艺术学院'),
    ]);
    // 网络20211 (row 12) joins 赵磊's classes; 物流20211 (row 13) joins 陈静's
    expect(plan.classes.map((c: JsonClass) => c.name).slice(2, 5)).toEqual(['软件20211', '软件20212', '网络20211']);
    expect(plan.blocks.map((b: { counselor: string; college: string }) => `${b.college}/${b.counselor}`)).toEqual([
      '计算机学院/李明',
      '计算机学院/赵磊',
      '经济管理学院/王芳',
      '经济管理学院/陈静',
      '艺术学院/王芳',
      '艺术学院/刘洋',
    ]);
    expect(plan.summary.colleges.map((c: { name: string; people: number }) => [c.name, c.people])).toEqual([
      ['计算机学院', 189],
      ['经济管理学院', 169],
      ['艺术学院', 83],
    ]);
    expect(plan.summary.colleges[2].runs).toEqual([
      {
        date: '2024-04-22',
        start: '2024-04-22T11:29:00',
        end: '2024-04-22T13:42:30',
        classes: 3,
        people: 83,
      },
    ]);
    expect(run.stderr.split('\n').filter((l) => l.includes('已并入'))).toEqual([
      '! campus-roster.csv：第12行 网络20211 已并入 计算机学院 赵磊 的班级（第4–5行），紧接着拍摄（同一位辅导员的班级总是连在一起）。',
      '! campus-roster.csv：第13行 物流20211 已并入 经济管理学院 陈静 的班级（第8行），紧接着拍摄（同一位辅导员的班级总是连在一起）。',
    ]);
  });

  it('prints a 学院 column merged per college, and a per-college table with a window per session', async () => {
    const dir = workdir('campus-roster.csv');
    expect((await runCli([...CAMPUS, '-o', 'notice.md', 'timetable.xlsx'], { cwd: dir })).code).toBe(0);
    const notice = readFileSync(join(dir, 'notice.md'), 'utf8');
    expect(notice).toContain('| 序号 | 学院 | 班级名称 | 人数 | 辅导员 | 日期安排 | 时间安排 | 集合时间 |');
    expect(notice).toContain('| 6 | 经济管理学院 | 会计20211 | 45 | 王芳 |  | 10:00-10:50 | 9:54 |');
    expect(notice).toContain('| 7 |  | 会计20212 | 44 |  |  |  | 10:17 |');
    expect(notice).toContain('## 各学院拍摄时间');
    expect(notice).toContain('| 艺术学院 | 2024年4月22日 | 11:30-12:00、13:30-13:50 | 3 | 83 |');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'timetable.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['拍摄安排', '逐班时间', '现场签到', '汇总', '学院安排']);
    const main = workbook.getWorksheet('拍摄安排')!;
    expect(main.getRow(2).values).toEqual([
      undefined,
      '序号',
      '学院',
      '班级名称',
      '人数',
      '辅导员',
      '日期安排',
      '时间安排',
      '集合时间',
    ]);
    expect(main.getCell('B8').value).toBe('经济管理学院');
    expect(main.getCell('B8').isMerged).toBe(true);
    expect(workbook.getWorksheet('学院安排')!.getCell('A3').value).toBe('计算机学院');
  });

  it('--split college: one notice and calendar per college, with the campus times, beside the campus files', async () => {
    const dir = workdir('campus-roster.csv');
    const run = await runCli([...CAMPUS, '-o', 'notice.md', 'schedule.ics', '--split', 'college'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      [
        'campus-roster.csv',
        'notice.md',
        'notice-计算机学院.md',
        'notice-经济管理学院.md',
        'notice-艺术学院.md',
        'schedule.ics',
        'schedule-计算机学院.ics',
        'schedule-经济管理学院.ics',
        'schedule-艺术学院.ics',
      ].sort(),
    );
    const art = readFileSync(join(dir, 'notice-艺术学院.md'), 'utf8');
    expect(art).toContain('- 学院：艺术学院');
    expect(art).toContain('| 1 | 艺术学院 | 视传20211 | 28 | 王芳 | 2024年4月22日 | 11:30-12:00 | 11:19 |');
    expect(art).toContain('共 3 个班、83 人、2 位辅导员，11:30 开始');
    expect(art).not.toContain('计算机学院');
    const campus = readFileSync(join(dir, 'notice.md'), 'utf8');
    expect(campus).toContain('| 10 | 艺术学院 | 视传20211 | 28 | 王芳 |  | 11:30-12:00 | 11:19 |');
    const events = (file: string) => readFileSync(join(dir, file), 'utf8').match(/BEGIN:VEVENT/g)?.length ?? 0;
    expect(events('schedule-艺术学院.ics')).toBe(2);
    expect(
      events('schedule-计算机学院.ics') + events('schedule-经济管理学院.ics') + events('schedule-艺术学院.ics'),
    ).toBe(events('schedule.ics'));
  });

  it('--split college needs colleges: one line, exit 2, nothing written', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(['build', 'seed-roster.csv', '-d', '2024-04-22', '--split', 'college'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('capture-plan: --split college 需要名单里有学院：加一列“学院”，或每个学院一个工作表。\n');
    expect(readdirSync(dir)).toEqual(['seed-roster.csv']);
  });

  it('gives the two 王芳 a calendar each', async () => {
    const dir = workdir('campus-roster.csv');
    expect((await runCli([...CAMPUS, '--ics-per-counselor', 'cal'], { cwd: dir })).code).toBe(0);
    expect(
      readdirSync(join(dir, 'cal'))
        .filter((f) => f.includes('王芳'))
        .sort(),
    ).toEqual(['经济管理学院 王芳.ics', '艺术学院 王芳.ics']);
  });

  it('keeps a college within the hours the config gives it, and names a 王芳 by college', async () => {
    const dir = workdir('campus-roster.csv');
    const config = {
      colleges: { 计算机学院: { available: ['13:30-18:00'] } },
      counselors: { '艺术学院/王芳': { available: ['08:30-12:00'] } },
    };
    writeFileSync(join(dir, 'capture-plan.config.json'), JSON.stringify(config));
    const run = await runCli([...CAMPUS, '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const classes = classesOf(run.stdout);
    for (const c of classes.filter((x) => x.college === '计算机学院')) expect(c.start >= '2024-04-22T13:30').toBe(true);
    for (const c of classes.filter((x) => x.college === '艺术学院' && x.counselor === '王芳'))
      expect(c.end <= '2024-04-22T12:00').toBe(true);
  });

  it('refuses a bare name two colleges share in the config, listing the colleges', async () => {
    const dir = workdir('campus-roster.csv');
    writeFileSync(
      join(dir, 'capture-plan.config.json'),
      JSON.stringify({ counselors: { 王芳: { available: ['13:30-18:00'] } } }),
    );
    const run = await runCli([...CAMPUS], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '配置里的辅导员“王芳”在名单中有 2 位（经济管理学院、艺术学院），请写成“学院/姓名”，如“经济管理学院/王芳”。',
    );
    expect(existsSync(join(dir, 'notice.md'))).toBe(false);
  });

  it('--fee with colleges: what each college owes, in the table and in --json', async () => {
    const dir = workdir('campus-roster.csv');
    const run = await runCli([...CAMPUS, '--fee', '15', '-o', 'notice.md', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.colleges.map((c: { fee: number }) => c.fee)).toEqual([2835, 2535, 1245]);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toContain(
      '| 计算机学院 | 2024年4月22日 | 8:30-10:00 | 5 | 189 | 2835 |',
    );
  });

  it('says when a college is photographed over two days, in the terminal and under the per-college table', async () => {
    const dir = workdir('campus-roster.csv');
    const run = await runCli(
      ['build', 'campus-roster.csv', '-d', '2024-04-22..2024-04-23', '-t', '6/10min', '-o', 'notice.md'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(0);
    const note = '经济管理学院分 2 天拍摄（2024年4月22日、2024年4月23日），学院老师每天都需到场。';
    expect(run.stdout.split('\n')).toContain(note);
    const notice = readFileSync(join(dir, 'notice.md'), 'utf8');
    expect(notice).toContain(
      '| 经济管理学院 | 2024年4月22日 | 15:30-18:00 | 2 | 89 |\n|  | 2024年4月23日 | 8:30-10:40 | 2 | 80 |',
    );
    expect(notice).toContain(`- ${note}`);
  });
});
