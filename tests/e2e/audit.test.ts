import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

/** The audit's JSON of a run with --json. */
function json(stdout: string) {
  return JSON.parse(stdout) as {
    schemaVersion: number;
    rate: string;
    windows: {
      counselor: string;
      start: string;
      end: string;
      givenMinutes: number;
      neededMinutes: number;
      overMinutes: number;
      impliedThroughput: string;
      classes: string[];
    }[];
    problems: { kind: string }[];
    summary: { windows: number; windowsOver: number; overMinutes: number; fits: boolean; holdsFrom: string | null };
  };
}

describe('capture-plan audit on the reference notice’s table', () => {
  it.each(['reference-timetable.csv', 'reference-timetable.xlsx'])(
    '%s: at its own 20/10min none of its six windows holds; it holds from 24/10min',
    async (file) => {
      const dir = workdir(`audit/${file}`);
      const run = await runCli(['audit', file, '-t', '20/10min', '--json'], { cwd: dir });
      expect(run.code).toBe(1);
      const audit = json(run.stdout);
      expect(audit.schemaVersion).toBe(1);
      expect(audit.rate).toBe('20/10min');
      expect(audit.summary).toEqual({
        windows: 6,
        windowsOver: 6,
        overMinutes: 46,
        fits: false,
        holdsFrom: '24/10min',
      });
      expect(audit.windows[0]).toMatchObject({
        counselor: '杜宇飞',
        start: '2024-04-22T08:30:00',
        end: '2024-04-22T10:10:00',
        givenMinutes: 100,
        neededMinutes: 109.5,
        overMinutes: 9.5,
        impliedThroughput: '21.9/10min',
      });
      expect(audit.windows[0]!.classes).toHaveLength(7);
      expect(audit.windows.map((w) => w.counselor)).toEqual(['杜宇飞', '何芬', '李永江', '李永江', '唐小淋', '朱银先']);
      expect(audit.problems).toEqual([]);
    },
  );

  it('says on the terminal which counselor’s window is short and by how much', async () => {
    const dir = workdir('audit/reference-timetable.xlsx');
    const run = await runCli(['audit', 'reference-timetable.xlsx', '-t', '20/10min'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('杜宇飞'))?.split(/\s{2,}/)).toEqual([
      '杜宇飞',
      '2024年4月22日',
      '8:30-10:10',
      '7',
      '219',
      '100',
      '109.5',
      '+9.5',
      '每10分钟21.9人',
      '不够',
    ]);
    expect(run.stdout).toContain(
      '✗ 6 段时间不够，共超出 46 分钟。按这份时间表的时间，拍摄速度至少要每10分钟24人，每段才都够。',
    );
  });

  it('prints what the README shows, for the check and for the re-timed side by side', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const blocks = readme.split('### 检查已有的时间表（audit）')[1]!.split('\n```\n\n```\n').slice(1);
    const shown = blocks.map((b) => b.split('\n```')[0]!);
    const dir = workdir();
    copyFileSync(new URL('../../fixtures/audit/reference-timetable.xlsx', import.meta.url), join(dir, '通知表格.xlsx'));
    const check = await runCli(['audit', '通知表格.xlsx', '-t', '20/10min'], { cwd: dir });
    expect(check.stdout.trimEnd()).toBe(shown[0]);
    const retimed = await runCli(['audit', '通知表格.xlsx', '-t', '20/10min', '-o', 'timetable.xlsx', 'notice.md'], {
      cwd: dir,
    });
    expect(retimed.stdout.trimEnd().endsWith(shown[1]!)).toBe(true);
  });

  it.each([
    ['24/10min', 0],
    ['23/10min', 1],
  ])('at %s the exit code is %i', async (rate, code) => {
    const dir = workdir('audit/reference-timetable.csv');
    expect((await runCli(['audit', 'reference-timetable.csv', '-t', rate], { cwd: dir })).code).toBe(code);
  });

  it('-o re-times the same classes in the same order through build’s writers, old and new side by side', async () => {
    const dir = workdir('audit/reference-timetable.xlsx');
    const run = await runCli(
      ['audit', 'reference-timetable.xlsx', '-t', '24/10min', '-o', 'timetable.xlsx', 'notice.md'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('按每10分钟24人重新排的时间：');
    expect(run.stdout).toMatch(/杜宇飞\s+8:30-10:10\s+8:30-10:00\n/);
    expect(run.stdout).toMatch(/李永江\s+11:40-12:00，13:30-15:30\s+11:30-11:50，13:30-15:20\n/);
    expect(run.stdout).toContain('已写入 timetable.xlsx, notice.md');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'timetable.xlsx'));
    const sheet = book.getWorksheet('拍摄安排')!;
    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 2 && typeof row.getCell(2).value === 'string' && !/个班/.test(String(row.getCell(2).value)))
        names.push(String(row.getCell(2).value));
    });
    const published = readFileSync(new URL('../../fixtures/seed-roster.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[1]);
    expect(names).toEqual(published);
    expect(sheet.getCell('F3').value).toBe('8:30-10:00');
    // the re-timed timetable holds at the rate it was planned at, within its rounding
    const again = await runCli(['audit', 'timetable.xlsx', '-t', '24/10min', '--tolerance', '10'], { cwd: dir });
    expect(again.code).toBe(0);
  });

  it('refuses to write the re-timed timetable over the one it read', async () => {
    const dir = workdir('audit/reference-timetable.xlsx');
    const run = await runCli(['audit', 'reference-timetable.xlsx', '-o', 'reference-timetable.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/reference-timetable\.xlsx/);
  });
});

describe('a notice that build wrote passes its own audit at its own rate, within its rounding step', () => {
  it.each([
    ['notice.md', 'zh'],
    ['notice.html', 'zh'],
    ['timetable.xlsx', 'zh'],
    ['notice.md', 'en'],
    ['timetable.xlsx', 'en'],
  ])('%s (%s)', async (file, lang) => {
    const dir = workdir('seed-roster.csv');
    const rate = ['-t', '25/10min', '--round', '10', '--lang', lang];
    const built = await runCli(['build', 'seed-roster.csv', '-d', '2024-04-22', ...rate, '-o', file], { cwd: dir });
    expect(built.code).toBe(0);
    const strict = await runCli(['audit', file, ...rate, '--json'], { cwd: dir });
    const audit = json(strict.stdout);
    expect(audit.summary.windows).toBeGreaterThanOrEqual(5);
    expect(audit.windows.flatMap((w) => w.classes)).toHaveLength(30);
    expect(Math.max(...audit.windows.map((w) => w.overMinutes))).toBeLessThanOrEqual(10);
    expect((await runCli(['audit', file, ...rate, '--tolerance', '10'], { cwd: dir })).code).toBe(0);
  });
});

describe('a malformed timetable is refused with exit 2 and one line naming file, row and column', () => {
  const header = '序号,班级名称,人数,辅导员,日期安排,时间安排';
  it.each([
    ['1,软件20211,31,杜宇飞,2024年4月22日,八点半\n', 't.csv 第2行 F列（时间安排）：认不出时间“八点半”'],
    [
      '1,软件20211,31,杜宇飞,2024年4月22日,10:10-8:30\n',
      't.csv 第2行 F列（时间安排）：时间“10:10-8:30”的结束时间不晚于开始时间',
    ],
    [
      '1,软件20211,31,杜宇飞,2024年4月22日,8:30-9:00\n2,软件20212,28,杜宇飞,,9:00\n',
      't.csv 第3行 F列（时间安排）：认不出时间“9:00”',
    ],
    ['1,软件20211,31,杜宇飞,4月22日,8:30-9:00\n', 't.csv 第2行 E列（日期安排）：认不出日期“4月22日”'],
  ])('%j', async (rows, message) => {
    const dir = workdir();
    writeFileSync(join(dir, 't.csv'), `${header}\n${rows}`);
    const run = await runCli(['audit', 't.csv'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`capture-plan: ${message}`);
    expect(run.stderr).not.toMatch(/at \w+ \(/);
  });

  it('a roster without a time-window column', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(['audit', 'seed-roster.csv'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('capture-plan: seed-roster.csv 第1行：这份表格没有时间安排列');
  });

  it('a timetable without a date column and no -d', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 't.csv'), '班级,人数,辅导员,时间\n软件20211,31,杜宇飞,8:30-9:00\n');
    const run = await runCli(['audit', 't.csv'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('-d');
    const dated = await runCli(['audit', 't.csv', '-d', '2024-04-22', '--json'], { cwd: dir });
    expect(json(dated.stdout).windows[0]!.start).toBe('2024-04-22T08:30:00');
  });
});
