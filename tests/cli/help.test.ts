import { Command } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { speakHelp } from '../../src/cli/help.js';
import { runCli, workdir } from '../e2e/run-cli.js';

/** What `capture-plan <args>` printed, with its exit code. */
async function run(...args: string[]) {
  return runCli(args, { cwd: workdir() });
}

/** The columns a line takes on a terminal (CJK two each). */
function columns(line: string): number {
  return [...line].reduce((sum, char) => sum + (char.codePointAt(0)! >= 0x1100 ? 2 : 1), 0);
}

describe('help speaks the user’s language, commander’s own words included', () => {
  it('capture-plan --help in Chinese', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    const lines = help.stdout.split('\n');
    expect(lines[0]).toBe('用法: capture-plan [选项] [命令]');
    expect(lines).toContain('选项:');
    expect(lines).toContain('命令:');
    expect(lines).toContain('  -h, --help                显示帮助');
    expect(lines).toContain('  build [选项] [roster]     读名单，写出时间表（.xlsx）和通知（.md）');
    expect(lines).toContain('  audit [选项] <timetable>  检查已有时间表的每段时间够不够，并可重新排时间');
    expect(lines).toContain('  help [命令]               显示某个命令的帮助，如 help build');
    expect(help.stdout).not.toMatch(/Usage|Options|Commands|display help|\[options\]|\[command\]/);
  });

  it('capture-plan build --help in Chinese: headings, defaults, wrapped within 80 columns', async () => {
    const help = await run('build', '--help');
    const lines = help.stdout.split('\n');
    expect(lines[0]).toBe('用法: capture-plan build [选项] [roster]');
    expect(lines).toContain('参数:');
    expect(lines).toContain('选项:');
    expect(lines).toContain('示例:');
    expect(help.stdout).toContain(
      '  -t, --throughput <rate>    拍摄速度：20/10min、每10分钟20人、2/min、120/h\n                             （默认值：20/10min）\n',
    );
    expect(lines).toContain('  --lang <zh|en>             输出语言（默认值：zh）');
    expect(help.stdout).not.toMatch(/Usage|Arguments|Options|default|\[options\]/);
    // wrapped at the terminal width of CJK text; the example command lines are as written
    const described = lines.slice(0, lines.indexOf('示例:'));
    expect(described.filter((line) => columns(line) > 80)).toEqual([]);
    expect(described.filter((line) => /^ {29}[，。、：；）]/.test(line))).toEqual([]);
  });

  it.each([
    ['zh', '  --tolerance <minutes>     每段时间允许超出的分钟数，不超过就算够用'],
    ['en', '  --tolerance <minutes>     minutes a window may run over and still hold\n'],
  ])('audit --help in %s: its argument, its own option and examples', async (lang, tolerance) => {
    const help = await run('audit', '--help', '--lang', lang);
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n')[0]).toMatch(/^(用法|Usage): capture-plan audit \[(选项|options)\] <timetable>$/);
    expect(help.stdout).toContain(tolerance);
    expect(help.stdout).toContain('capture-plan audit 通知表格.xlsx -t 20/10min');
  });

  it('help build is build --help', async () => {
    expect((await run('help', 'build')).stdout).toBe((await run('build', '--help')).stdout);
  });

  it('in English with --lang en', async () => {
    const top = (await run('--help', '--lang', 'en')).stdout.split('\n');
    expect(top[0]).toBe('Usage: capture-plan [options] [command]');
    expect(top).toContain('Options:');
    expect(top).toContain('Commands:');
    expect(top).toContain('  help [command]               show the help of a command, e.g. help build');
    const build = await run('build', '--help', '--lang', 'en');
    const lines = build.stdout.split('\n');
    expect(lines[0]).toBe('Usage: capture-plan build [options] [roster]');
    expect(lines).toContain('Arguments:');
    expect(lines).toContain('  --lang <zh|en>             output language (default: zh)');
    expect(build.stdout).toContain('(default: 20/10min)');
    expect(build.stdout).not.toMatch(/[选项命令默认值]/);
  });

  it.each([
    [['build', '--colour'], '没有 --colour 这个选项。运行 capture-plan build --help 查看全部选项。'],
    [['whatif', '--colour'], '没有 --colour 这个选项。运行 capture-plan whatif --help 查看全部选项。'],
    [['--colour'], '没有 --colour 这个选项。运行 capture-plan --help 查看全部选项。'],
    [['build', '--jsno'], '没有 --jsno 这个选项，是不是 --json？运行 capture-plan build --help 查看全部选项。'],
    [['build', '-t'], '选项 -t, --throughput <rate> 后面要写一个值。'],
    [['bild'], '没有 bild 这个命令，是不是 build？可用的命令：build、whatif、audit、replan。'],
    [['build', 'a.csv', 'b.csv'], '多写了参数：只能给一个名单文件（输出文件写在 -o 后面）。'],
    [
      ['whatif', '--colour', '--lang', 'en'],
      'there is no option --colour. Run capture-plan whatif --help for the options.',
    ],
    [['build', '--lang', 'en', '-t'], 'the option -t, --throughput <rate> needs a value.'],
  ])('commander’s complaint about %j is one line in the user’s language', async (args, line) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`capture-plan: ${line}\n`);
  });
});

describe('help wrapping', () => {
  const text = fc
    .array(
      fc.constantFrom('拍', '摄', '，', '。', '（', '）', '(', ')', 'a', 'bc', '20/10min', ' ', '默认值：', '、'),
      {
        maxLength: 60,
      },
    )
    .map((parts) => parts.join('').trim());

  it('loses no character and keeps each line within the width unless one piece is wider', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<'zh' | 'en'>('zh', 'en'), (description, lang) => {
        const program = speakHelp(new Command('p'), lang).configureOutput({ getOutHelpWidth: () => 60 });
        program.option('--x <v>', description);
        const shown = program.helpInformation();
        const lines = shown.split('\n');
        const first = lines.findIndex((line) => line.startsWith('  --x'));
        const after = lines.slice(first + 1).findIndex((line) => !line.startsWith('         '));
        const item = lines.slice(first, first + 1 + after);
        expect(item.join('').replace(/\s/g, '')).toBe(`--x<v>${description.replace(/\s/g, '')}`);
        for (const line of item) if (columns(line) > 60) expect(line.trim()).not.toMatch(/\s/);
      }),
    );
  });
});
