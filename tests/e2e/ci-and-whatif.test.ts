import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ciExample, runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22'];

describe('config file', () => {
  it('capture-plan.config.json in the current folder supplies the options; flags win', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(
      join(dir, 'capture-plan.config.json'),
      JSON.stringify({ roster: 'seed-roster.csv', throughput: '23/10min', date: ['2024-04-22'], location: '宜宾校区' }),
    );
    const fromConfig = await runCli(['build', '--json'], { cwd: dir });
    expect(fromConfig.code).toBe(0);
    expect(JSON.parse(fromConfig.stdout).settings).toEqual({
      throughput: '23/10min',
      sessions: ['08:30-12:00', '13:30-18:00'],
      dates: ['2024-04-22'],
    });
    const flagWins = await runCli(['build', '--json', '-t', '20/10min'], { cwd: dir });
    expect(JSON.parse(flagWins.stdout).settings.throughput).toBe('20/10min');
  });

  it('--config names another file; its relative paths start from its folder', async () => {
    const dir = workdir();
    mkdirSync(join(dir, 'plan'));
    cpSync(fileURLToPath(new URL('../../fixtures/seed-roster.csv', import.meta.url)), join(dir, 'plan', 'roster.csv'));
    writeFileSync(
      join(dir, 'plan', 'cfg.json'),
      JSON.stringify({ roster: 'roster.csv', date: '2024-04-22', out: ['out/notice.md'] }),
    );
    mkdirSync(join(dir, 'plan', 'out'));
    const run = await runCli(['build', '--config', 'plan/cfg.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已写入 ${join('plan', 'out', 'notice.md')}`);
    expect(readdirSync(join(dir, 'plan', 'out'))).toEqual(['notice.md']);
  });

  it.each([
    [
      { throughpt: '20/10min' },
      'capture-plan: capture-plan.config.json：配置里没有 throughpt 这一项，是不是 throughput？可用的项见 README 或 schema/capture-plan.config.schema.json。',
    ],
    [
      { round: 'ten' },
      'capture-plan: capture-plan.config.json：配置项 round 有误：无效输入：期望 数字，实际接收 string',
    ],
  ])('%j is refused with its key path', async (json, line) => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'capture-plan.config.json'), JSON.stringify(json));
    const run = await runCli(SEED, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(line);
  });

  it('a config that is not JSON is refused', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'capture-plan.config.json'), '{ "throughput": "20/10min", }');
    const run = await runCli(SEED, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      'capture-plan: capture-plan.config.json 第1行：配置文件不是有效的 JSON（检查这一行附近：多余或缺少的逗号、引号、括号）。',
    );
  });

  it('no roster anywhere is a clear error', async () => {
    const run = await runCli(['build'], { cwd: workdir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('没有指定名单文件');
  });
});

describe('notice regenerated in place, and --check', () => {
  it('the committed example is up to date', async () => {
    const run = await runCli(['build', '--check'], { cwd: ciExample() });
    expect(run.stdout).toBe('✓ 所有输出都是最新的。\n');
    expect(run.code).toBe(0);
  });

  it('replaces only the text between the markers, keeping CRLF and everything outside byte for byte', async () => {
    const dir = ciExample();
    const head = '# 标题\r\n\r\n前言，有尾随空格  \r\n';
    const tail = '\r\n结尾\u00A0\r\n';
    writeFileSync(
      join(dir, 'notice.md'),
      `${head}<!-- capture-plan:start -->\r\nold\r\n<!-- capture-plan:end -->${tail}`,
    );
    expect((await runCli(['build'], { cwd: dir })).code).toBe(0);
    const text = readFileSync(join(dir, 'notice.md'), 'utf8');
    expect(text.startsWith(`${head}<!-- capture-plan:start -->\r\n- 日期：2024年4月22日（星期一）\r\n`)).toBe(true);
    expect(text.endsWith(`\r\n<!-- capture-plan:end -->${tail}`)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text).not.toContain('# 学历图像采集拍摄安排');
  });

  it('broken markers are an error and nothing is written', async () => {
    const dir = ciExample();
    writeFileSync(join(dir, 'notice.md'), '<!-- capture-plan:end -->\n<!-- capture-plan:start -->\n');
    const run = await runCli(['build'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('标记有误（end before start）');
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe(
      '<!-- capture-plan:end -->\n<!-- capture-plan:start -->\n',
    );
  });

  it('a stale output exits 1 with the file, a diff of the table and the command that fixes it; nothing is written', async () => {
    const dir = ciExample();
    const roster = readFileSync(join(dir, 'roster.csv'), 'utf8');
    writeFileSync(join(dir, 'roster.csv'), roster.replace('软件20212,28', '软件20212,38'));
    const before = readFileSync(join(dir, 'notice.md'));
    const run = await runCli(['build', '--check'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '✗ notice.md 已过期，15 处不同：\n    第 14 行：\n    - | 2 | 软件20212 | 28 |  |  |  | 8:33 |\n    + | 2 | 软件20212 | 38 |  |  |  | 8:33 |\n    - | 3 | 软件20213 | 36 |  |  |  | 8:45 |\n',
    );
    expect(run.stdout).toContain(
      '✗ timetable.xlsx 已过期，73 处不同：\n    拍摄安排 C4：28 → 38\n    拍摄安排 G5：8:45 → 8:50\n',
    );
    expect(run.stdout).toContain('    拍摄安排 G13：10:46 → 10:50\n    ……另有 63 处不同\n');
    expect(run.stdout).toContain('运行这条命令更新：\n  npx capture-plan build\n');
    expect(readFileSync(join(dir, 'notice.md'))).toEqual(before);
    expect((await runCli(['build'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['build', '--check'], { cwd: dir })).code).toBe(0);
  });

  it('a missing output is stale; the fix command repeats the options given', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '--location', '宜宾校区 A1-108教室', '-o', 'n.md', '--check'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ n.md 不存在。');
    expect(run.stdout).toContain(
      'npx capture-plan build seed-roster.csv -d 2024-04-22 --location "宜宾校区 A1-108教室" -o n.md\n',
    );
  });

  it('an XLSX is compared by content, not bytes', async () => {
    const dir = ciExample();
    expect((await runCli(['build', '--check'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000' } })).code).toBe(0);
  });
});

describe('deterministic output', () => {
  it('SOURCE_DATE_EPOCH sets the stamp inside the files', async () => {
    const dir = workdir('seed-roster.csv');
    await runCli([...SEED, '-o', 's.ics'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(readFileSync(join(dir, 's.ics'), 'utf8')).toContain('DTSTAMP:20231114T221320Z');
  });
});

describe('capture-plan whatif', () => {
  it('compares rates on the seed roster: 20/10min does not fit, 23/10min does', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(
      ['whatif', 'seed-roster.csv', '-d', '2024-04-22', '-t', '20/10min,23/10min;25/10min', '--json'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(
      result.scenarios.map((s: { settings: { throughput: string }; fits: boolean; end: string; baseline: boolean }) => [
        s.settings.throughput,
        s.fits,
        s.end,
        s.baseline,
      ]),
    ).toEqual([
      ['20/10min', false, '2024-04-22T18:52:30', true],
      ['23/10min', true, '2024-04-22T17:43:29', false],
      ['25/10min', true, '2024-04-22T17:04:24', false],
    ]);
    expect(result.scenarios[0]).toMatchObject({ overflowMinutes: 52.5, splitCounselors: ['何芬'], movedClasses: 0 });
    expect(result.scenarios[1].movedClasses).toBe(29);
    expect(result.layouts).toEqual([
      {
        sessions: ['08:30-12:00', '13:30-18:00'],
        dates: ['2024-04-22'],
        smallestFittingThroughput: '23/10min',
        endAtThatThroughput: '2024-04-22T17:43:29',
      },
    ]);
  });

  it('prints a table with the baseline marked and every combination of sessions and dates', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(
      [
        'whatif',
        'seed-roster.csv',
        '-d',
        '2024-04-22;2024-04-22..2024-04-23',
        '-s',
        '08:30-12:00,13:30-18:00;08:00-12:00,14:00-17:30',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^方案\s+排得下\s+结束\s+超出\(分\)\s+空档\(分\)\s+被午休拆开的辅导员\s+变动的班级$/);
    expect(lines[1]).toMatch(/^08:30-12:00,13:30-18:00 · 2024-04-22 \(基准\)\s+否\s+18:52:30\s+52\.5/);
    expect(lines.filter((l) => /^08:/.test(l))).toHaveLength(4);
    expect(run.stdout).toContain('08:00-12:00,14:00-17:30 · 2024-04-22：至少 24/10min（17:27:55 结束）');
  });
});
