import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/core/config.js';
import { runCli, workdir } from './run-cli.js';

// The config is written as text: an object literal's `__proto__` would set its prototype, not a key.
const CONFIG = `{
  "roster": "r.csv",
  "date": "2024-04-22",
  "counselors": { "__proto__": { "available": ["13:30-18:00"] } },
  "classes": { "constructor": { "pinned": "15:00-18:00" } },
  "colleges": { "hasOwnProperty": { "available": ["08:30-10:00"] } }
}`;

describe('names that are JavaScript words are ordinary names in the config', () => {
  it('a counselor named __proto__, a class named constructor and a college named hasOwnProperty are applied', async () => {
    const dir = workdir();
    writeFileSync(
      join(dir, 'r.csv'),
      '学院,班级名称,人数,辅导员\nprototype,constructor,30,__proto__\nprototype,toString,30,__proto__\nhasOwnProperty,软件2,30,valueOf\n',
    );
    writeFileSync(join(dir, 'capture-plan.config.json'), CONFIG);
    const run = await runCli(['build', '--json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    const at = (name: string) => plan.classes.find((c: { name: string }) => c.name === name);
    expect(at('toString').start.slice(11) >= '13:30:00').toBe(true);
    expect(at('constructor').start.slice(11) >= '15:00:00').toBe(true);
    expect(at('软件2').end.slice(11) <= '10:00:00').toBe(true);
  });

  it('keeps every name as an own key, and names it in a problem', () => {
    const json = JSON.parse(
      '{"counselors": {"__proto__": {"available": ["8:30-9:00"]}, "toString": {"available": []}}, "classes": {"prototype": {"pinned": "8:30-9:00"}}}',
    );
    const result = validateConfig(json, 'c.json', 'en');
    expect('problems' in result && result.problems.map((p) => (p.params as { path: string }).path)).toEqual([
      'counselors.toString.available',
    ]);
    const ok = validateConfig(JSON.parse('{"counselors": {"__proto__": {"available": ["8:30-9:00"]}}}'), 'c', 'en');
    expect('values' in ok && Object.entries(ok.values.counselors!)).toEqual([
      ['__proto__', { available: ['8:30-9:00'] }],
    ]);
  });

  it('a __proto__ key at the top of the config is refused as unknown, not dropped', () => {
    const result = validateConfig(JSON.parse('{"__proto__": {"date": "2024-04-22"}}'), 'c.json', 'en');
    expect('problems' in result && result.problems.map((p) => p.key)).toEqual(['configUnknownKey']);
  });
});
