import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const BUILD = ['build', 'students-gbk.csv', '-d', '2024-04-22', '--json'];

describe('capture-plan build on a list of students', () => {
  it('counts the students into classes, says so on stderr, and schedules the classes', async () => {
    const run = await runCli(BUILD, { cwd: workdir('students-gbk.csv') });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('! students-gbk.csv：按学生名单统计：118 名学生，5 个班。\n');
    const plan = JSON.parse(run.stdout) as {
      summary: { classes: number; people: number; counselors: number; fits: boolean };
      classes: { seq: number; name: string; headcount: number; counselor: string; source: { row: number } }[];
    };
    expect(plan.summary).toMatchObject({ classes: 5, people: 118, counselors: 3, fits: true });
    expect(plan.classes.map((c) => [c.seq, c.name, c.headcount, c.counselor, c.source.row])).toEqual([
      [1, '软件20211', 24, '杜宇飞', 3],
      [2, '软件20212', 23, '杜宇飞', 27],
      [3, '网络20211', 25, '李永江', 50],
      [4, '电商20213(专升本)', 22, '何芬', 75],
      [5, '物流20211', 24, '何芬', 97],
    ]);
  });

  it('says it in English with --lang en', async () => {
    const run = await runCli([...BUILD, '--lang', 'en'], { cwd: workdir('students-gbk.csv') });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('! students-gbk.csv: counted from a list of students: 118 students in 5 classes.\n');
  });
});
