import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagsOf } from '../src/core/options/command-options.js';
import type { OptionSpec } from '../src/core/options/spec.js';
import { OPTIONS } from '../src/core/options/table.js';
import { runCli, workdir } from './e2e/run-cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The README's section under a heading, up to the next heading. */
function section(heading: string): string {
  return readme.split(`\n${heading}\n`)[1]!.split('\n#')[0]!;
}

describe('README', () => {
  it.each(flagsOf('build').map((o) => [o.flags, o.default]))('documents %s with its default', (flags, defaultValue) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${flags.replace('|', '\\|')}\``));
    expect(row, `README options table has no row for ${flags}`).toBeDefined();
    if (defaultValue !== undefined) expect(row).toContain(defaultValue);
  });

  it.each(flagsOf('whatif').map((o) => [o.flags]))('documents whatif %s', (flags) => {
    const rows = section('### 比较几种方案（whatif）')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    const long = /--[\w-]+/.exec(flags)![0];
    expect(rows.some((row) => row.startsWith(`| \`${flags}\``) || row.includes(`\`${long}\``))).toBe(true);
  });

  it.each(flagsOf('audit').map((o) => [o.flags]))('documents audit %s', (flags) => {
    const rows = section('### 检查已有的时间表（audit）')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    const long = /--[\w-]+/.exec(flags)![0];
    expect(rows.some((row) => row.startsWith(`| \`${flags}\``) || row.includes(`\`${long}\``))).toBe(true);
  });

  it('lists every key of the config file', () => {
    const listed = /可用的键：([^。]*)。/.exec(section('### 配置文件'))![1]!.match(/`[^`]+`/g)!;
    const keys = (OPTIONS as readonly OptionSpec[]).filter((o) => o.config !== undefined && o.key !== '$schema');
    expect(listed.map((k) => k.slice(1, -1)).sort()).toEqual(keys.map((o) => o.key).sort());
  });

  it('starts with the two quick-start commands', () => {
    const block = /## Quick start\n\n```sh\n([^`]*)```/.exec(readme)?.[1]?.trim().split('\n');
    expect(block).toEqual(['npm install && npx capture-plan build fixtures/seed-roster.csv -d 2024-04-22', 'npm test']);
  });

  describe('拍摄当天：按进度重排（replan）', () => {
    const replan = section('### 拍摄当天：按进度重排（replan）');

    it.each(
      flagsOf('replan')
        .filter((o) => /--(now|done|absent|rate|tell) /.test(o.flags))
        .map((o) => [o.flags]),
    )('documents replan %s', (flags) => {
      expect(replan.split('\n').some((row) => row.startsWith(`| \`${flags}\``))).toBe(true);
    });

    it('runs as written and prints the lines shown', async () => {
      const command = /```sh\n(npx capture-plan replan [^\n]*)\n```/.exec(replan)![1]!;
      const shown = /```\n(实际速度[^`]*)```/.exec(replan)![1]!.trim().split('\n');
      const dir = workdir();
      mkdirSync(join(dir, 'fixtures'));
      cpSync(new URL('../fixtures/seed-roster.csv', import.meta.url), join(dir, 'fixtures', 'seed-roster.csv'));
      const run = await runCli(command.split(' ').slice(2), { cwd: dir });
      expect(run.code).toBe(0);
      const printed = run.stdout.trimEnd().split('\n');
      expect(printed.slice(-shown.length)).toEqual(shown);
      expect(readFileSync(join(dir, '通知辅导员.txt'), 'utf8').trimEnd().split('\n')).toEqual(shown);
    });
  });
});
