import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_OPTIONS } from '../src/options.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each(BUILD_OPTIONS.map((o) => [o.flags, o.default]))('documents %s with its default', (flags, defaultValue) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${flags.replace('|', '\\|')}\``));
    expect(row, `README options table has no row for ${flags}`).toBeDefined();
    if (defaultValue !== undefined) expect(row).toContain(defaultValue);
  });

  it('starts with the two quick-start commands', () => {
    const block = /## Quick start\n\n```sh\n([^`]*)```/.exec(readme)?.[1]?.trim().split('\n');
    expect(block).toEqual(['npm install && npx capture-plan build fixtures/seed-roster.csv -d 2024-04-22', 'npm test']);
  });
});
