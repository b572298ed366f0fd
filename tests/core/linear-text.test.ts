import { describe, expect, it } from 'vitest';
import { parseFee } from '../../src/core/money.js';
import { fillTemplate, PLACEHOLDERS, type Placeholder } from '../../src/core/notice/template.js';
import { templateBlocks } from '../../src/core/notice/template-blocks.js';
import { parseDates, parseThroughput } from '../../src/core/settings.js';
import { replaceBetweenMarkers } from '../../src/write/markers.js';
import { cpuMs } from '../cpu-time.js';

const values = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `<${p}>`])) as Record<Placeholder, string>;

/**
 * The fewest milliseconds `f` takes in three runs (a shared machine's load only ever adds), its throw included: a
 * refused text must be refused quickly too.
 */
function timed(f: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = cpuMs();
    try {
      f();
    } catch {}
    best = Math.min(best, cpuMs() - started);
  }
  return best;
}

// Each of these took from seconds to hours with the regular expressions they replace (2 KB of `{{ ` took 33 s).
describe('user text is read in linear time', () => {
  it.each([
    ['100 KB of `{{ ` without `}}`', '{{ '.repeat(34_000)],
    ['`{{` and 100 KB of spaces', `{{${' '.repeat(100_000)}`],
    ['100 KB of `{{a` with a lone `}` at the end', `${'{{a'.repeat(34_000)}}`],
    ['a heading of 100 KB of ` #` then text', `# ${' #'.repeat(50_000)}x`],
    ['100 KB of `** \\` marks', '** \\'.repeat(25_000)],
  ])('a template of %s fills in well under a second, as text', (_, text) => {
    expect(timed(() => fillTemplate(text, values, 't.md'))).toBeLessThan(1000);
    expect(timed(() => templateBlocks(text, values, 't.md'))).toBeLessThan(1000);
    expect(fillTemplate(text, values, 't.md')).toBe(text);
  });

  it('a placeholder sits on one line: one broken over lines is left as text', () => {
    expect(fillTemplate('{{\ntitle\n}} {{ title }}', values, 't.md')).toBe('{{\ntitle\n}} <title>');
  });

  it.each([
    ['a rate with 20 000 blanks before a typo', () => parseThroughput(`20/${' '.repeat(20_000)}x`)],
    ['a rate led by 每 and 20 000 blanks', () => parseThroughput(`每${' '.repeat(20_000)}x`)],
    ['a rate with 100 000 zeros', () => parseThroughput(`20.${'0'.repeat(100_000)}1/min`)],
    ['a date with 100 000 blanks', () => parseDates(`2024${' '.repeat(100_000)}x`)],
    ['a fee with 100 000 blanks', () => parseFee(`1${' '.repeat(100_000)}x`, { option: '--fee', max: 1000 })],
    [
      'a notice section ending in 100 000 blank lines and text',
      () => replaceBetweenMarkers('<!-- capture-plan:start --><!-- capture-plan:end -->', `${'\n'.repeat(1e5)}x`, 'n'),
    ],
  ])('%s is read in well under a second', (_, f) => {
    expect(timed(f)).toBeLessThan(1000);
  });

  it('the rewritten readers still read what they read', () => {
    expect(parseThroughput('20 人  /  10   分钟')).toEqual(parseThroughput('20人/10分钟'));
    expect(parseThroughput('2.30/min')).toEqual({ people: 23, count: 10, unit: 'min' });
    expect(parseDates('2024 / 4 / 22')).toEqual(parseDates('2024-04-22'));
    expect(parseFee(' 15.50 元 ', { option: '--fee', max: 1000 })).toBe(1550);
  });
});
