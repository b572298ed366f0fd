import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

describe('capture-plan build of a workbook with one sheet per college', () => {
  it('reads every class of the three college sheets and names the sheets it skipped on stderr', async () => {
    const dir = workdir('campus-sheets.xlsx');
    const run = await runCli(['build', 'campus-sheets.xlsx', '-d', '2024-04-22', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')).toEqual([
      '! campus-sheets.xlsx：没有读取工作表“汇总”、“说明”（没有班级名单的表头：班级名称、人数、辅导员）。',
      '! campus-sheets.xlsx：没有读取隐藏的工作表“2023届”；要读取，请在 Excel 里取消隐藏，或用 --sheet 指定。',
      '',
    ]);
    const plan = JSON.parse(run.stdout) as {
      summary: { classes: number; people: number };
      classes: { name: string; source: { file: string; sheet: string; row: number } }[];
    };
    expect(plan.summary).toMatchObject({ classes: 12, people: 360 });
    // the plan lists classes in schedule order; which sheet and row each came from is what the reader decides
    const sources = Object.fromEntries(plan.classes.map((c) => [c.name, `${c.source.sheet}!${c.source.row}`]));
    expect(sources).toEqual({
      计科2001: '计算机学院!3',
      计科2002: '计算机学院!4',
      软件2001: '计算机学院!5',
      软件2002: '计算机学院!6',
      网络2001: '计算机学院!7',
      会计2001: '经济管理学院!3',
      会计2002: '经济管理学院!4',
      市营2001: '经济管理学院!5',
      电商2001: '经济管理学院!6',
      视传2001: '艺术学院!3',
      环设2001: '艺术学院!4',
      音乐2001: '艺术学院!5',
    });
    expect(plan.classes.every((c) => c.source.file === 'campus-sheets.xlsx')).toBe(true);
  });

  it('reports a bad cell of the second sheet with the sheet’s name, with the other sheets’ problems, and writes nothing', async () => {
    const dir = workdir('bad/campus-problems.xlsx');
    const run = await runCli(['build', 'campus-problems.xlsx', '-d', '2024-04-22'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      'capture-plan: campus-problems.xlsx 工作表“经济管理学院” 第4行 C列（人数）：人数应为整数，这里是“三十八”。',
      'capture-plan: campus-problems.xlsx 工作表“艺术学院” 第6行 B列（班级名称）：班级“数媒2001”在工作表“计算机学院”第 8 行已有，同一个班只能在一个工作表里。',
      '',
    ]);
    expect(readdirSync(dir)).toEqual(['campus-problems.xlsx']);
  });
});
