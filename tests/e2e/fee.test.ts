import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22'];
const OUTPUTS = ['-o', 'timetable.xlsx', 'notice.md', '--json'];
/** The seed roster's people: 30 classes, 1052 students. */
const PEOPLE = 1052;

async function sheets(file: string): Promise<{ signIn: ExcelJS.Worksheet; summary: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { signIn: workbook.getWorksheet('现场签到')!, summary: workbook.getWorksheet('汇总')! };
}

/** A row's values from column A on, as exceljs reads them. */
function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return (sheet.getRow(row).values as unknown[]).slice(1);
}

describe('capture-plan build --fee', () => {
  it('--fee 15: the notice line, the JSON amounts, and the sign-in and summary sheets with totals', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '--fee', '15', ...OUTPUTS], { cwd: dir });
    expect(run.code).toBe(0);

    const notice = readFileSync(join(dir, 'notice.md'), 'utf8');
    expect(notice).toContain('\n拍摄费用：每人 15 元，共 1052 人，合计 15780 元，拍摄时按班缴纳。\n');
    expect(notice.match(/拍摄费用/g)).toHaveLength(1);

    const plan = JSON.parse(run.stdout);
    expect(plan.schemaVersion).toBe(1);
    expect(plan.settings.feePerPerson).toBe(15);
    expect(plan.summary.feeTotal).toBe(PEOPLE * 15);
    expect(plan.classes[0]).toMatchObject({ name: '软件20211', headcount: 31, fee: 465 });
    for (const c of plan.classes) expect(c.fee).toBe(c.headcount * 15);

    const { signIn, summary } = await sheets(join(dir, 'timetable.xlsx'));
    expect(rowValues(signIn, 2)).toEqual([
      '序号',
      '班级名称',
      '人数',
      '辅导员',
      '开始',
      '实到人数',
      '缴费人数',
      '应缴金额',
      '辅导员签字',
    ]);
    expect(signIn.getCell('H3').value).toBe(465);
    expect(signIn.getCell('H32').value).toBe(480);
    expect(rowValues(signIn, 33)).toEqual([
      '合计',
      '30 个班',
      PEOPLE,
      undefined,
      undefined,
      undefined,
      undefined,
      15780,
    ]);
    expect(signIn.getCell('H33').font?.bold).toBe(true);
    expect(signIn.rowCount).toBe(33);

    expect(rowValues(summary, 2).slice(0, 4)).toEqual(['辅导员', '班级数', '人数', '应缴金额']);
    expect([3, 4, 5, 6, 7].map((r) => [summary.getCell(`A${r}`).value, summary.getCell(`D${r}`).value])).toEqual([
      ['杜宇飞', 3285],
      ['何芬', 3135],
      ['李永江', 4695],
      ['唐小淋', 2205],
      ['朱银先', 2460],
    ]);
    expect(rowValues(summary, 8).slice(0, 4)).toEqual(['合计', 30, PEOPLE, 15780]);
    const settings = Array.from({ length: summary.rowCount }, (_, i) => summary.getCell(`A${i + 1}`).value);
    const feeRow = settings.indexOf('收费标准') + 1;
    expect(feeRow).toBeGreaterThan(8);
    expect(summary.getCell(`B${feeRow}`).value).toBe('每人 15 元');
  });

  it('the config file’s "fee": 15 gives the same outputs as --fee 15', async () => {
    const flagged = workdir('seed-roster.csv');
    const configured = workdir('seed-roster.csv');
    writeFileSync(join(configured, 'capture-plan.config.json'), JSON.stringify({ fee: 15 }));
    const byFlag = await runCli([...SEED, '--fee', '15', ...OUTPUTS], { cwd: flagged });
    const byConfig = await runCli([...SEED, ...OUTPUTS], { cwd: configured });
    expect(byConfig.code).toBe(0);
    expect(byConfig.stdout).toBe(byFlag.stdout);
    for (const file of ['timetable.xlsx', 'notice.md'])
      expect(readFileSync(join(configured, file)).equals(readFileSync(join(flagged, file)))).toBe(true);
    expect(JSON.parse(byConfig.stdout).summary.feeTotal).toBe(15780);
  });

  it('--fee 0 writes what no fee writes, and overrides the config file’s fee', async () => {
    const none = workdir('seed-roster.csv');
    const zero = workdir('seed-roster.csv');
    writeFileSync(join(zero, 'capture-plan.config.json'), JSON.stringify({ fee: 15 }));
    const plain = await runCli([...SEED, ...OUTPUTS], { cwd: none });
    const free = await runCli([...SEED, '--fee', '0', ...OUTPUTS], { cwd: zero });
    expect(free.code).toBe(0);
    expect(free.stdout).toBe(plain.stdout);
    for (const file of ['timetable.xlsx', 'notice.md'])
      expect(readFileSync(join(zero, file)).equals(readFileSync(join(none, file)))).toBe(true);
  });

  it('--fee -3 exits 2 with one line and writes nothing', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'notice.md'), 'keep me');
    const run = await runCli([...SEED, '--fee', '-3', ...OUTPUTS], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'capture-plan: --fee 应为每人的拍摄费用（元），0 到 1000 之间、最多两位小数，如 15 或 15.5，这里是“-3”。\n',
    );
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe('keep me');
    expect(existsSync(join(dir, 'timetable.xlsx'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['notice.md', 'seed-roster.csv']);
  });

  it('the terminal summary gives the total; --lang en says it in English', async () => {
    const dir = workdir('seed-roster.csv');
    const zh = await runCli([...SEED, '--fee', '15元', '-o', 'notice.md'], { cwd: dir });
    expect(zh.code).toBe(0);
    expect(zh.stdout.split('\n')).toContain('应收费用：每人 15 元 × 1052 人 = 15780 元。');
    const en = await runCli([...SEED, '--fee', '15', '--lang', 'en', '-o', 'notice.md', 'notice.html'], { cwd: dir });
    expect(en.stdout.split('\n')).toContain('Fees due: 15 yuan × 1052 students = 15780 yuan.');
    const line = 'Photo fee: 15 yuan per student, 1052 students, 15780 yuan in all, paid class by class at the shoot.';
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toContain(`\n${line}\n`);
    expect(readFileSync(join(dir, 'notice.html'), 'utf8')).toContain(`<p class="fee">${line}</p>`);
  });

  it('--fee 15.5: every amount to the fen, shown with two decimals', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '--fee', '15.5', ...OUTPUTS], { cwd: dir });
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.summary.feeTotal).toBe(16306);
    expect(plan.classes[0].fee).toBe(480.5);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toContain('每人 15.50 元，共 1052 人，合计 16306.00 元');
    const { signIn, summary } = await sheets(join(dir, 'timetable.xlsx'));
    expect(signIn.getCell('H3').value).toBe(480.5);
    expect(signIn.getCell('H3').numFmt).toBe('0.00');
    expect(signIn.getCell('H33').value).toBe(16306);
    expect(signIn.getCell('H33').numFmt).toBe('0.00');
    expect(summary.getCell('D3').value).toBe(3394.5);
  });

  it('fills {{fee}} and {{feeTotal}} in a template; without a fee, a line of {{fee}} alone goes', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 't.md'), '# 通知\n\n{{fee}}\n\n应收 {{feeTotal}} 元。\n');
    expect((await runCli([...SEED, '--fee', '15', '--template', 't.md', '-o', 'n.md'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'n.md'), 'utf8')).toBe(
      '# 通知\n\n拍摄费用：每人 15 元，共 1052 人，合计 15780 元，拍摄时按班缴纳。\n\n应收 15780 元。\n',
    );
    expect((await runCli([...SEED, '--template', 't.md', '-o', 'n.md'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'n.md'), 'utf8')).toBe('# 通知\n\n\n应收  元。\n');
  });
});
