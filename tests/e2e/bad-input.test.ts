import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

/** Every bad fixture through the built CLI: exit 2, the place in the message, the old output untouched. */
const cases: [string, RegExp][] = [
  ['bad/empty.csv', /^capture-plan: empty\.csv：文件是空的。$/m],
  ['bad/header-only.csv', /header-only\.csv 第1行：只有表头，没有任何班级。/],
  [
    'bad/no-header.csv',
    /no-header\.csv 第1行：找不到表头：需要班级、人数、辅导员三列，找到了 姓名，缺少 班级名称、辅导员。表头可以写作：班级\/班级名称/,
  ],
  ['bad/legacy.xls', /legacy\.xls：这是旧版 Excel 97-2003（\.xls）文件，请在 Excel 中“另存为” \.xlsx 后再运行。/],
  ['bad/legacy-renamed.xlsx', /legacy-renamed\.xlsx：这是旧版 Excel/],
  ['bad/truncated.xlsx', /truncated\.xlsx：XLSX 文件已损坏或不完整/],
  ['bad/not-a-zip.xlsx', /not-a-zip\.xlsx：XLSX 文件已损坏或不完整/],
  ['bad/no-worksheets.xlsx', /no-worksheets\.xlsx：这个工作簿里没有工作表。/],
  ['bad/binary.csv', /binary\.csv：这不是表格文件/],
  ['bad/unclosed-quote.csv', /unclosed-quote\.csv 第3行：引号没有闭合/],
  ['bad/extra-cells.csv', /extra-cells\.csv 第3行 E列：这一行多出 2 个单元格（表头只有 4 列）：多余1, 多余2。/],
];

describe('bad rosters through the CLI', () => {
  it.each(cases)('%s', async (name, message) => {
    const file = name.split('/').pop()!;
    const dir = workdir(name);
    writeFileSync(join(dir, 'notice.md'), 'keep me');
    const run = await runCli(['build', file, '-d', '2024-04-22', '-o', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe('keep me');
  });

  it('lists every bad headcount, name and duplicate at once, with row and column', async () => {
    const dir = workdir('bad/bad-headcounts.csv');
    const run = await runCli(['build', 'bad-headcounts.csv', '-d', '2024-04-22', '--json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'capture-plan: bad-headcounts.csv 第3行 C列（人数）：人数应为整数，这里是“abc”。',
      'capture-plan: bad-headcounts.csv 第4行 C列（人数）：人数应为整数，这里是“31.5”。',
      'capture-plan: bad-headcounts.csv 第5行 C列（人数）：人数应大于 0，这里是 0。',
      'capture-plan: bad-headcounts.csv 第6行 C列（人数）：人数应大于 0，这里是 -3。',
      'capture-plan: bad-headcounts.csv 第7行 C列（人数）：人数 5000 不合常理（一个班最多 1000 人），请检查是否多打了数字。',
      'capture-plan: bad-headcounts.csv 第8行 B列（班级名称）：班级名称为空。',
      'capture-plan: bad-headcounts.csv 第9行 B列（班级名称）：班级“软件20211”重复，第 2 行已有同名班级。',
    ]);
  });

  it('caps a long list at 20 lines and says how many more', async () => {
    const dir = workdir();
    const rows = Array.from({ length: 25 }, (_, i) => `班${i},x,甲`).join('\n');
    writeFileSync(join(dir, 'many.csv'), `班级名称,人数,辅导员\n${rows}\n`);
    const run = await runCli(['build', 'many.csv', '--lang', 'en', '--json'], { cwd: dir });
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe(
      'capture-plan: many.csv, row 2, column B (人数): the headcount must be a whole number, not "x".',
    );
    expect(lines[20]).toBe('capture-plan: … and 5 more problem(s) not listed.');
  });

  it('warns about filled counselors and a total that does not add up, and still builds', async () => {
    const dir = workdir('messy/merged-export.csv', 'messy/total-mismatch.csv');
    const merged = await runCli(['build', 'merged-export.csv', '-d', '2024-04-22', '--json'], { cwd: dir });
    expect(merged.code).toBe(0);
    expect(merged.stderr).toContain('有 25 行辅导员为空，已沿用上一行的辅导员');
    const mismatch = await runCli(['build', 'total-mismatch.csv', '-d', '2024-04-22', '--json'], { cwd: dir });
    expect(mismatch.code).toBe(0);
    expect(mismatch.stderr).toContain(
      'total-mismatch.csv 第32行 C列（人数）：合计行写的是 1050 人，但各班人数加起来是 1052 人。',
    );
  });

  it("says which rows joined their counselor when a counselor's rows are apart, and still builds them together", async () => {
    const dir = workdir();
    const rows = ['计科2101,31,王芳', '计科2102,30,王芳', '软件2101,35,李明', '计科2103,29,王芳', '软件2102,33,李明'];
    writeFileSync(join(dir, 'apart.csv'), `班级名称,人数,辅导员\n${rows.join('\n')}\n`);
    const run = await runCli(['build', 'apart.csv', '-d', '2024-04-22', '-o', 'n.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('! apart.csv：第5行 计科2103 已并入 王芳 的班级（第2–3行），紧接着拍摄');
    expect(run.stderr).toContain('! apart.csv：第6行 软件2102 已并入 李明 的班级（第4行），紧接着拍摄');
    const table = readFileSync(join(dir, 'n.md'), 'utf8');
    expect(table.indexOf('计科2103')).toBeLessThan(table.indexOf('软件2101'));
  });

  it.each([
    'messy/gbk.csv',
    'messy/registrar.xlsx',
    'messy/semicolon.csv',
    'messy/tab.csv',
    'messy/utf8-bom.csv',
    'messy/second-sheet.xlsx',
  ])('%s builds the same notice as the seed roster', async (name) => {
    const dir = workdir(name);
    const run = await runCli(
      ['build', name.split('/').pop()!, '-d', '2024-04-22', '--location', '宜宾校区 A1-108教室', '-o', 'notice.md'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe(
      readFileSync(new URL('../expected/seed-notice.zh.md', import.meta.url), 'utf8'),
    );
  });
});
