import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, validateConfig } from '../../src/core/config.js';

describe('validateConfig', () => {
  it('accepts every option, lists where the flag takes one', () => {
    const json = {
      $schema: './schema.json',
      roster: 'r.csv',
      throughput: '23/10min',
      sessions: ['08:30-12:00', '13:30-18:00'],
      date: '2024-04-22',
      location: '宜宾校区',
      out: ['notice.md'],
      sheet: 2,
      round: 5,
      gather: 15,
      lang: 'en',
      template: 't.md',
      icsPerCounselor: 'cal',
      strict: true,
    };
    expect(validateConfig(json, 'c.json', 'zh')).toEqual({ values: json });
  });

  it.each([
    [{ Throughput: '20/10min' }, 'zh', [['Throughput', 'throughput']]],
    [{ ics_per_counselor: 'cal' }, 'en', [['ics_per_counselor', 'icsPerCounselor']]],
    [{ zzz: 1 }, 'en', [['zzz', '']]],
    [{ round: 0 }, 'en', [['round', 'Too small: expected number to be >=1']]],
    [{ round: '10' }, 'en', [['round', 'Invalid input: expected number, received string']]],
    [{ sessions: [1] }, 'zh', [['sessions', '应为文本或文本列表']]],
    [{ lang: 'fr' }, 'en', [['lang', 'Invalid option: expected one of "zh"|"en"']]],
    [
      { out: 'a.md', strict: 'yes', gather: 1.5 },
      'en',
      [
        ['gather', 'Invalid input: expected int, received number'],
        ['strict', 'Invalid input: expected boolean, received string'],
      ],
    ],
  ] as const)('%j → every problem with its key path', (json, lang, expected) => {
    const result = validateConfig(json, 'c.json', lang);
    expect(
      'problems' in result &&
        result.problems.map((p) => {
          const params = p.params as { path: string; expected?: string; suggestion?: string };
          return [params.path, params.expected ?? params.suggestion];
        }),
    ).toEqual(expected);
  });

  it('names nested paths, and the file', () => {
    const result = validateConfig({ date: ['2024-04-22', ''] }, 'c.json', 'en');
    expect('problems' in result && result.problems).toEqual([
      expect.objectContaining({
        key: 'configInvalid',
        params: { path: 'date[1]', expected: 'Too small: expected string to have >=1 characters' },
        where: { file: 'c.json' },
      }),
    ]);
  });

  it('the shipped JSON Schema is the one the code validates with', () => {
    const shipped = JSON.parse(
      readFileSync(new URL('../../schema/capture-plan.config.schema.json', import.meta.url), 'utf8'),
    );
    expect(shipped).toEqual(configJsonSchema());
  });

  it('the example configs are valid', () => {
    for (const path of ['../../fixtures/capture-plan.config.json', '../../examples/ci/capture-plan.config.json']) {
      const json = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
      expect(validateConfig(json, path, 'en')).toEqual({ values: json });
    }
  });
});
