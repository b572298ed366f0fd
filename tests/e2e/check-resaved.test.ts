import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { staleOutputs } from '../../src/commands/check.js';
import { runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22'];

/** Whether LibreOffice's soffice is on the PATH. */
function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

const SOFFICE = hasSoffice();
if (!SOFFICE) console.warn('check-resaved: soffice (LibreOffice) is not installed; the re-save test is skipped');

/** Opens the workbook in LibreOffice and saves it back as .xlsx, as staff do, with a profile of its own. */
async function resaveInLibreOffice(dir: string, file: string): Promise<void> {
  const out = join(dir, 'resaved');
  mkdirSync(out);
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  await promisify(execFile)(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, join(dir, file)],
    { timeout: 90_000 },
  );
  copyFileSync(join(out, file), join(dir, file));
}

describe('build --check reads a workbook as a reader sees it', () => {
  it.skipIf(!SOFFICE)(
    'a timetable re-saved in LibreOffice is fresh; one edited cell is named with its old and new text',
    async () => {
      const dir = workdir('seed-roster.csv');
      expect((await runCli(SEED, { cwd: dir })).code).toBe(0);
      const written = readFileSync(join(dir, 'timetable.xlsx'));
      await resaveInLibreOffice(dir, 'timetable.xlsx');
      const resaved = readFileSync(join(dir, 'timetable.xlsx'));
      expect(resaved.equals(written)).toBe(false);
      // LibreOffice splits CJK and Latin into rich text runs: what the old check printed as raw JSON
      expect(resaved.length).not.toBe(written.length);

      const fresh = await runCli([...SEED, '--check'], { cwd: dir });
      expect(fresh.stdout).toBe('✓ 所有输出都是最新的。\n');
      expect(fresh.code).toBe(0);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(resaved as unknown as ArrayBuffer);
      workbook.getWorksheet('拍摄安排')!.getCell('C4').value = 29;
      writeFileSync(join(dir, 'timetable.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
      const stale = await runCli([...SEED, '--check'], { cwd: dir });
      expect(stale.code).toBe(1);
      expect(stale.stdout).toBe(
        '✗ timetable.xlsx 已过期，1 处不同：\n    拍摄安排 C4：29 → 28\n\n运行这条命令更新：\n  npx capture-plan build seed-roster.csv -d 2024-04-22\n',
      );
    },
    120_000,
  );

  it('in English too, with the sheet, cell, old and new text; an empty cell is said to be empty', async () => {
    const dir = workdir('seed-roster.csv');
    const args = [...SEED, '--lang', 'en', '-o', 'timetable.xlsx'];
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'timetable.xlsx'));
    const sheet = workbook.getWorksheet('Schedule')!;
    const name = sheet.getCell('B3').text;
    sheet.getCell('B3').value = null;
    await workbook.xlsx.writeFile(join(dir, 'timetable.xlsx'));
    const run = await runCli([...args, '--check'], { cwd: dir });
    expect(run.stdout).toContain(`✗ timetable.xlsx is stale, 1 difference:\n    Schedule B3: (empty) → ${name}\n`);
  });
});

describe('build --check of text outputs', () => {
  it('a notice saved with a byte order mark and CRLF line ends is fresh', async () => {
    const dir = workdir('seed-roster.csv');
    expect((await runCli([...SEED, '-o', 'notice.md', 'notice.html'], { cwd: dir })).code).toBe(0);
    for (const file of ['notice.md', 'notice.html']) {
      const text = readFileSync(join(dir, file), 'utf8');
      writeFileSync(join(dir, file), `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    }
    const run = await runCli([...SEED, '-o', 'notice.md', 'notice.html', '--check'], { cwd: dir });
    expect(run.stdout).toBe('✓ 所有输出都是最新的。\n');
  });

  it('shows each changed stretch at its line, old and new paired, and counts what it does not show', async () => {
    const dir = workdir('seed-roster.csv');
    expect((await runCli([...SEED, '-o', 'notice.md'], { cwd: dir })).code).toBe(0);
    const lines = readFileSync(join(dir, 'notice.md'), 'utf8').split('\n');
    const first = lines.findIndex((l) => l.includes('软件20211'));
    const edited = lines.map((l, i) => (i >= first && i < first + 12 ? l.replace(/\| (\d+) \|/, '| $1x |') : l));
    edited.splice(2, 1);
    writeFileSync(join(dir, 'notice.md'), edited.join('\n'));
    const run = await runCli([...SEED, '-o', 'notice.md', '--check'], { cwd: dir });
    expect(run.code).toBe(1);
    const shown = run.stdout.split('\n');
    expect(shown[0]).toBe('✗ notice.md 已过期，13 处不同：');
    expect(shown[1]).toBe('    第 3 行：');
    expect(shown[2]).toBe(`    + ${lines[2]}`);
    expect(shown[3]).toBe(`    第 ${first} 行：`);
    expect(shown[4]).toBe(`    - ${edited[first - 1]}`);
    expect(shown[5]).toBe(`    + ${lines[first]}`);
    expect(shown.filter((l) => l.startsWith('    - '))).toHaveLength(9);
    expect(shown).toContain('    ……另有 3 处不同');
  });

  it('past 400 edits, the lines between the common head and tail are one run, counted and cut to the first 10', async () => {
    const dir = workdir();
    const rows = Array.from({ length: 20_000 }, (_, i) => `| ${i + 1} | 班级${i + 1} | 30 |`);
    writeFileSync(join(dir, 'n.md'), ['# 标题', ...rows, '结尾'].join('\n'));
    const now = ['# 标题', ...rows.map((row) => row.replace('30', '31')), '结尾'].join('\n');
    const [stale] = await staleOutputs([{ path: join(dir, 'n.md'), shownAs: 'n.md', contents: now }]);
    expect(stale!.changes).toBe(20_000);
    expect(stale!.differences).toEqual([
      { kind: 'lines', line: 2, was: rows.slice(0, 10), now: rows.slice(0, 10).map((r) => r.replace('30', '31')) },
    ]);
  });
});
