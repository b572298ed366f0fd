import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22'];

describe('the rate the tool advises, given back as -t', () => {
  it.each([
    ['zh', /提高到(每10分钟\d+人)/],
    ['en', /raise the rate to (\d+ per 10 min)/],
  ])('%s: the advice parses and fits', async (lang, advice) => {
    const dir = workdir('seed-roster.csv');
    const first = await runCli([...SEED, '--lang', lang, '--json'], { cwd: dir });
    const said = `${first.stdout}${first.stderr}`.match(advice)?.[1];
    expect(said).toBeDefined();
    const again = await runCli([...SEED, '--lang', lang, '-t', said!, '--json'], { cwd: dir });
    expect(again.code).toBe(0);
    const plan = JSON.parse(again.stdout);
    expect(plan.settings.throughput).toBe('23/10min');
    expect(plan.summary.fits).toBe(true);
  });

  it('whatif compares rates in the notice wording and as decimals', async () => {
    const dir = workdir('seed-roster.csv');
    const run = await runCli(
      ['whatif', 'seed-roster.csv', '-d', '2024-04-22', '-t', '每10分钟20人,2.3/min', '--json'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(0);
    const rates = JSON.parse(run.stdout).scenarios.map(
      (s: { settings: { throughput: string } }) => s.settings.throughput,
    );
    expect(rates).toEqual(['20/10min', '23/10min']);
  });
});
