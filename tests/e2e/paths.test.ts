import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

describe('paths and line endings as on Windows laptops', () => {
  it('reads and writes paths with spaces and Chinese characters', async () => {
    const dir = workdir();
    const folder = join(dir, '2024 毕业 照片');
    mkdirSync(folder);
    cpSync(
      fileURLToPath(new URL('../../fixtures/seed-roster.xlsx', import.meta.url)),
      join(folder, '名单 (最终版).xlsx'),
    );
    const run = await runCli(
      [
        'build',
        '2024 毕业 照片/名单 (最终版).xlsx',
        '-d',
        '2024-04-22',
        '-o',
        '2024 毕业 照片/拍摄 安排.xlsx',
        '2024 毕业 照片/通知 草稿.md',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(folder, '通知 草稿.md'), 'utf8')).toContain('| 1 | 软件20211 | 31 | 杜宇飞 |');
    const missing = await runCli(['build', '2024 毕业 照片/没有 这个.csv'], { cwd: dir });
    expect(missing.stderr.trim()).toBe('capture-plan: 2024 毕业 照片/没有 这个.csv：找不到这个文件，请检查路径。');
  });

  it('a CRLF roster and a CRLF template give a CRLF notice with the same content', async () => {
    const dir = workdir('seed-roster.csv');
    const roster = readFileSync(join(dir, 'seed-roster.csv'), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'crlf.csv'), roster);
    writeFileSync(join(dir, 't.md'), '# 通知\r\n\r\n{{date}}\r\n\r\n{{table}}\r\n');
    const run = await runCli(['build', 'crlf.csv', '-d', '2024-04-22', '--template', 't.md', '-o', 'n.md'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const notice = readFileSync(join(dir, 'n.md'), 'utf8');
    expect(notice.replace(/\r\n/g, '')).not.toContain('\n');
    expect(notice).toContain('\r\n| 1 | 软件20211 | 31 | 杜宇飞 | 2024年4月22日 | 8:30-10:20 | 8:20 |\r\n');
  });
});
