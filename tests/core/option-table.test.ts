import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { CONFIG_SCHEMA } from '../../src/core/config.js';
import type { OptionSpec } from '../../src/core/options/spec.js';
import { OPTIONS } from '../../src/core/options/table.js';

const SPECS: readonly OptionSpec[] = OPTIONS;

/** `capture-plan <args>` run in-process: what it printed on stdout. */
async function printed(args: string[]): Promise<string> {
  let out = '';
  const io = {
    cwd: process.cwd(),
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => true },
    env: {},
    now: new Date(2024, 3, 22),
  };
  expect(await main(args, io)).toBe(0);
  return out;
}

/** The flags and help of each line of a help text's Options section (help wrapped onto later lines joined). */
function optionsSection(help: string, lang: 'zh' | 'en'): { flags: string; help: string }[] {
  const section = help
    .split(lang === 'zh' ? '选项:\n' : 'Options:\n')[1]!
    .split('\n\n')[0]!
    .split('\n');
  const options: { flags: string; help: string }[] = [];
  for (const line of section) {
    const m = /^ {2}(-\S.*?) {2,}(.*)$/.exec(line);
    if (m) options.push({ flags: m[1]!, help: m[2]! });
    else options.at(-1)!.help += ` ${line.trim()}`;
  }
  return options.filter((o) => o.flags !== '-h, --help');
}

describe('the option table', () => {
  it.each([
    ['build', 'zh'],
    ['build', 'en'],
    ['whatif', 'zh'],
    ['whatif', 'en'],
  ] as const)('gives `%s --help` (%s) its options, in order, with their help and defaults', async (command, lang) => {
    const help = await printed([command, '--help', '--lang', lang]);
    const shown = optionsSection(help, lang).map((o) => ({ flags: o.flags, help: o.help.replace(/\s+/g, '') }));
    const taken = SPECS.filter((o) => o.flags !== undefined && o.commands.includes(command));
    if (command === 'whatif') taken.sort((a, b) => a.whatifPlace! - b.whatifPlace!);
    expect(shown).toEqual(
      taken.map((o) => {
        const text = (command === 'whatif' ? o.whatifHelp : undefined)?.[lang] ?? o.help![lang];
        const shownDefault =
          o.default === undefined ? '' : lang === 'zh' ? `（默认值：${o.default}）` : ` (default: ${o.default})`;
        return { flags: o.flags, help: `${text}${shownDefault}`.replace(/\s+/g, '') };
      }),
    );
  });

  it('gives the config schema its keys, in order, with their descriptions', () => {
    const described = Object.entries(CONFIG_SCHEMA.shape).map(([key, type]) => [key, type.description]);
    expect(described).toEqual(SPECS.filter((o) => o.config !== undefined).map((o) => [o.key, o.config]));
  });

  it('gives the shipped JSON Schema the same keys', () => {
    const shipped = JSON.parse(
      readFileSync(new URL('../../schema/capture-plan.config.schema.json', import.meta.url), 'utf8'),
    ) as { properties: Record<string, unknown> };
    expect(Object.keys(shipped.properties)).toEqual(Object.keys(CONFIG_SCHEMA.shape));
  });

  it('lists each option once, whatif’s flags each at its own place', () => {
    expect(new Set(SPECS.map((o) => o.key)).size).toBe(SPECS.length);
    const places = SPECS.filter((o) => o.flags !== undefined && o.commands.includes('whatif')).map(
      (o) => o.whatifPlace,
    );
    expect([...places].sort((a, b) => a! - b!)).toEqual(places.map((_, i) => i + 1));
    expect(SPECS.filter((o) => o.whatifPlace !== undefined && !o.commands.includes('whatif'))).toEqual([]);
  });
});
