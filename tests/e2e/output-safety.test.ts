import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22'];

/** The seed roster with 何芬 renamed `counselor`. */
function rosterWith(dir: string, counselor: string): void {
  const seed = readFileSync(join(dir, 'seed-roster.csv'), 'utf8');
  writeFileSync(join(dir, 'seed-roster.csv'), seed.replaceAll('何芬', counselor));
}

describe('output names', () => {
  it('an 80-character Chinese counselor name gets a calendar whose name is cut to 200 bytes, with a hash', async () => {
    const dir = workdir('seed-roster.csv');
    const name = '欧阳'.repeat(40);
    rosterWith(dir, name);
    const run = await runCli([...SEED, '-o', 'n.md', '--ics-per-counselor', 'cal'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const long = readdirSync(join(dir, 'cal')).filter((f) => f.startsWith('欧阳'));
    expect(long).toHaveLength(1);
    expect(long[0]).toMatch(/^(欧阳)+欧?-[0-9a-f]{8}\.ics$/);
    expect(Buffer.byteLength(long[0]!, 'utf8')).toBeLessThanOrEqual(200);
    const ics = readFileSync(join(dir, 'cal', long[0]!), 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events[0]!.getFirstPropertyValue('summary')).toContain(name);
  });

  it('a 245-character -o name is written (its temporary file has a shorter name)', async () => {
    const dir = workdir('seed-roster.csv');
    const name = `${'n'.repeat(242)}.md`;
    const run = await runCli([...SEED, '-o', name], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([name, 'seed-roster.csv']);
  });

  it('a name too long for the disk is one line and exit 2, and the calendar folder it made is gone', async () => {
    const dir = workdir('seed-roster.csv');
    const name = `${'n'.repeat(300)}.md`;
    const run = await runCli([...SEED, '-o', name, '--ics-per-counselor', 'cal'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`capture-plan: 无法写入“${name}”：文件名或路径太长，请换一个短一些的名字或文件夹。\n`);
    expect(readdirSync(dir)).toEqual(['seed-roster.csv']);
  });

  it('an output under a file is exit 2 naming it, and nothing is left', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli([...SEED, '-o', 'seed-roster.csv/n.md', '--ics-per-counselor', 'cal', '--lang', 'en'], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('capture-plan: cannot write "seed-roster.csv/n.md": its folder does not exist.\n');
    expect(readdirSync(dir)).toEqual(['seed-roster.csv']);
  });
});

describe('no input is an output', () => {
  it('refuses a calendar that would replace the roster, sitting in the calendar folder under a counselor name', async () => {
    const dir = workdir('seed-roster.csv');
    mkdirSync(join(dir, 'cal'));
    const roster = readFileSync(join(dir, 'seed-roster.csv'), 'utf8');
    writeFileSync(join(dir, 'cal', '何芬.ics'), roster);
    const run = await runCli(
      ['build', 'cal/何芬.ics', '-d', '2024-04-22', '-o', 'n.md', '--ics-per-counselor', 'cal'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('capture-plan: 输出文件“cal/何芬.ics”就是输入的名单，不能覆盖它。\n');
    expect(readFileSync(join(dir, 'cal', '何芬.ics'), 'utf8')).toBe(roster);
    expect(readdirSync(join(dir, 'cal'))).toEqual(['何芬.ics']);
  });

  it.each([
    ['the template itself', 't.md', () => {}],
    ['a symbolic link to it', 'link.md', (dir: string) => symlinkSync('t.md', join(dir, 'link.md'))],
    ['a hard link to it', 'hard.md', (dir: string) => linkSync(join(dir, 't.md'), join(dir, 'hard.md'))],
  ])('refuses --template t.md with -o naming %s', async (_case, out, link) => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 't.md'), '# {{title}}\n\n{{table}}\n');
    link(dir);
    const run = await runCli([...SEED, '--template', 't.md', '-o', out], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`capture-plan: 输出文件“${out}”就是这次读取的通知模板，不能覆盖它：请换一个输出文件名。\n`);
    expect(readFileSync(join(dir, 't.md'), 'utf8')).toBe('# {{title}}\n\n{{table}}\n');
  });

  it('refuses a hard link to the roster as an output', async () => {
    const dir = workdir('seed-roster.csv');
    linkSync(join(dir, 'seed-roster.csv'), join(dir, 'r.md'));
    const run = await runCli([...SEED, '-o', 'r.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('“r.md”就是输入的名单');
  });

  it('refuses a config file that lists itself in out, and leaves it as it was', async () => {
    const dir = workdir('seed-roster.csv');
    const config = `${JSON.stringify({ roster: 'seed-roster.csv', date: '2024-04-22', out: ['n.md', 'capture-plan.config.json'] })}\n`;
    writeFileSync(join(dir, 'capture-plan.config.json'), config);
    const run = await runCli(['build'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('“capture-plan.config.json”就是这次读取的配置文件');
    expect(readFileSync(join(dir, 'capture-plan.config.json'), 'utf8')).toBe(config);
    expect(existsSync(join(dir, 'n.md'))).toBe(false);
  });

  it('still replaces the marked section of an existing notice named by -o (read, then written: the same output)', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'n.md'), '前言\n<!-- capture-plan:start -->\n旧\n<!-- capture-plan:end -->\n后记\n');
    const run = await runCli([...SEED, '-o', 'n.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const notice = readFileSync(join(dir, 'n.md'), 'utf8');
    expect(notice.startsWith('前言\n<!-- capture-plan:start -->\n')).toBe(true);
    expect(notice).not.toContain('旧');
    expect(notice.endsWith('<!-- capture-plan:end -->\n后记\n')).toBe(true);
  });
});

describe('after a killed run', () => {
  it('the next run that writes there removes the temporary files left, and says so', async () => {
    const dir = workdir();
    const lines = ['班级名称,人数,辅导员'];
    for (let i = 0; i < 40_000; i++) lines.push(`班${i},${20 + (i % 26)},辅导员${Math.floor(i / 6)}`);
    writeFileSync(join(dir, 'big.csv'), `${lines.join('\n')}\n`);
    const args = ['build', 'big.csv', '-d', '2025-01-01..2025-12-31', '-t', '120/10min', '-o', 'n.md', 'p.json'];
    let left: string[] = [];
    for (let attempt = 0; attempt < 5 && left.length === 0; attempt++) {
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: 'ignore' });
        const poll = setInterval(() => {
          if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) child.kill('SIGKILL');
        }, 1);
        child.on('exit', () => {
          clearInterval(poll);
          resolve();
        });
      });
      left = readdirSync(dir).filter((f) => f.includes('.capture-plan-'));
    }
    expect(left.length, 'the run was never caught while writing').toBeGreaterThan(0);
    const run = await runCli([...args, '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^! 已删除上次运行被中断时留下的 \d+ 个临时文件：\.(n\.md|p\.json)\.capture-plan-\d+-[0-9a-f]{8}\.tmp/,
    );
    expect(readdirSync(dir).sort()).toEqual(['big.csv', 'n.md', 'p.json']);
  }, 120_000);
});
