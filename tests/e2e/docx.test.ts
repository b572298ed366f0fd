import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/read/docx-text.js';
import { runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22', '--location', '宜宾校区 A1-108教室'];
const CAMPUS = ['build', 'campus-roster.csv', '-d', '2024-04-22', '--fee', '15'];

const textOf = (dir: string, name: string) => documentText(readFileSync(join(dir, name)))!.split('\n');

describe('capture-plan build -o notice.docx', () => {
  it('writes the Word notice; the same run again gives the same bytes', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '-o', 'notice.docx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已写入 notice.docx');
    const first = readFileSync(join(dir, 'notice.docx'));
    expect(first.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    const lines = textOf(dir, 'notice.docx');
    expect(lines.slice(0, 2)).toEqual([
      '学历图像采集拍摄安排',
      '日期：2024年4月22日（星期一）\u3000\u3000地点：宜宾校区 A1-108教室',
    ]);
    expect(lines).toContain('| 8 | 电商20213(专升本) | 40 | 何芬 |  | 10:20-12:00 | 10:09 |');
    expect((await runCli([...SEED, '-o', 'notice.docx'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'notice.docx')).equals(first)).toBe(true);
  });

  it('--check: fresh after a build; stale with the changed rows after the roster changes', async () => {
    const dir = workdir('seed-roster.csv');
    expect((await runCli([...SEED, '-o', 'notice.docx'], { cwd: dir })).code).toBe(0);
    expect((await runCli([...SEED, '-o', 'notice.docx', '--check'], { cwd: dir })).code).toBe(0);
    const roster = readFileSync(join(dir, 'seed-roster.csv'), 'utf8');
    writeFileSync(join(dir, 'seed-roster.csv'), roster.replace('软件20212,28', '软件20212,38'));
    const before = readFileSync(join(dir, 'notice.docx'));
    const run = await runCli([...SEED, '-o', 'notice.docx', '--check'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ notice.docx 已过期，');
    expect(run.stdout).toContain(
      '    - | 2 | 软件20212 | 28 |  |  |  | 8:35 |\n    + | 2 | 软件20212 | 38 |  |  |  | 8:35 |',
    );
    expect(readFileSync(join(dir, 'notice.docx'))).toEqual(before);
  });

  it('--template fills the Word and HTML notices: the template’s headings and paragraphs, the real table', async () => {
    const dir = workdir('seed-roster.csv', 'notice-template.md');
    const run = await runCli(
      [...SEED, '-t', '23/10min', '--template', 'notice-template.md', '-o', 'notice.docx', 'notice.html'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    const lines = textOf(dir, 'notice.docx');
    expect(lines[0]).toBe('关于毕业生学历电子注册图像采集的安排');
    expect(lines).toContain('四、拍摄时间与地点');
    expect(lines).toContain('•\t日期：2024年4月22日（星期一）');
    expect(lines).toContain('1.\t穿着整洁得体；背景为蓝色，请不要穿蓝色衣服，不要穿吊带或无袖上衣。');
    expect(lines).toContain('| 1 | 软件20211 | 31 | 杜宇飞 | 2024年4月22日 | 8:30-10:10 | 8:20 |');
    expect(lines.join('\n')).not.toContain('{{');
    // the plan fits: the line holding only {{warning}} leaves nothing
    expect(lines.some((l) => l.startsWith('注意'))).toBe(false);
    const html = readFileSync(join(dir, 'notice.html'), 'utf8');
    expect(html).toContain('<h1>关于毕业生学历电子注册图像采集的安排</h1>');
    expect(html).toContain('<h2>四、拍摄时间与地点</h2>');
    expect(html).toContain('<ul>\n<li>日期：2024年4月22日（星期一）</li>');
    expect(html).toContain('<ol>\n<li>穿着整洁得体；');
    expect(html).toMatch(/<table class="timetable">[\s\S]*<td class="col-class">软件20211<\/td>/);
    expect(html).not.toContain('{{');
    expect(html).not.toContain('<svg');
  });

  it('--split college writes one Word notice per college beside the campus one', async () => {
    const dir = workdir('campus-roster.csv');
    const run = await runCli([...CAMPUS, '-o', 'notice.docx', '--split', 'college'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.docx'))
        .sort(),
    ).toEqual(['notice.docx', 'notice-计算机学院.docx', 'notice-经济管理学院.docx', 'notice-艺术学院.docx'].sort());
    const art = textOf(dir, 'notice-艺术学院.docx');
    expect(art).toContain('| 1 | 艺术学院 | 视传20211 | 28 | 王芳 | 2024年4月22日 | 11:30-12:00 | 11:19 |');
    expect(art.join('\n')).not.toContain('计算机学院');
    const campus = textOf(dir, 'notice.docx');
    expect(campus).toContain('各学院拍摄时间');
    expect(campus).toContain('拍摄费用：每人 15 元，共 441 人，合计 6615 元，拍摄时按班缴纳。');
  });
});
