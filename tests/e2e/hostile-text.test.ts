import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const DAY = ['-d', '2024-04-22'];

/** A folder holding `roster.csv` with these class rows under the usual header. */
function rosterDir(rows: string[]): string {
  const dir = workdir();
  writeFileSync(join(dir, 'roster.csv'), `班级名称,人数,辅导员\n${rows.join('\n')}\n`);
  return dir;
}

describe('control characters in roster text', () => {
  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['ESC (a screen-clearing sequence)', '\u001b[2J', 'U+001B'],
    ['DEL', '\u007f', 'U+007F'],
    ['C1 CSI', '\u009b31m', 'U+009B'],
  ])('%s in a cell is refused with exit 2 and a line naming the cell', async (_, bad, code) => {
    const dir = rosterDir(['软件2101,30,张三', `"软件${bad}2102",30,张三`]);
    writeFileSync(join(dir, 'notice.md'), 'keep me');
    const run = await runCli(['build', 'roster.csv', ...DAY, '-o', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `capture-plan: roster.csv 第3行 A列（班级名称）：有控制字符 ${code}，不是能显示的文字（文件可能已损坏或被改过）；请在 Excel 里删掉这个字符后另存。\n`,
    );
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe('keep me');
  });

  it('a line break typed into a cell (Alt+Enter) and a tab are kept, as before', async () => {
    const dir = rosterDir(['"软件\n2101",30,张三', '"软件\t2102",30,张三']);
    const run = await runCli(['build', 'roster.csv', ...DAY, '-o', 'n.json'], { cwd: dir });
    expect(run.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, 'n.json'), 'utf8'));
    expect(plan.classes.map((c: { name: string }) => c.name)).toEqual(['软件\n2101', '软件\t2102']);
  });
});

describe('the terminal shows control characters escaped; files keep the text', () => {
  it('bidi overrides in roster text, escape sequences in the title and a file name', async () => {
    const dir = rosterDir(['软件\u202e1012,30,张三', '软件2102,30,李\u2066四']);
    const title = '\u001b]0;pwned\u0007\u001b[31m假的红字';
    const run = await runCli(['build', 'roster.csv', ...DAY, '--title', title, '-o', 'n.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(run.stdout).toContain('\\x1b]0;pwned\\x07\\x1b[31m假的红字');
    expect(run.stdout).toContain('李\\u2066四');
    const notice = readFileSync(join(dir, 'n.md'), 'utf8');
    expect(notice).toContain('软件\u202e1012');
    expect(notice).toContain('\u001b\\]0;pwned\u0007\u001b');
  });

  it('in an error line', async () => {
    const run = await runCli(['build', 'a\u001b[2J\u009b.csv', ...DAY, '--lang', 'en'], { cwd: workdir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('capture-plan: a\\x1b[2J\\x9b.csv: file not found; check the path.\n');
  });

  it('in a warning line', async () => {
    const dir = rosterDir(['软件2101,30,张三', '软件2102,30,李四', '软件\u202e2103,30,张三']);
    const run = await runCli(['build', 'roster.csv', ...DAY, '-o', 'n.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('软件\\u202e2103');
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
