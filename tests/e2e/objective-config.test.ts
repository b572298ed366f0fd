import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const ARGS = ['build', 'seed-roster.csv', '-d', '2024-04-22', '-t', '25/10min', '--order', 'optimize', '--json'];

/** The counselors in plan order, and the room's optimization report, of a run in `dir`. */
async function planIn(dir: string, more: string[] = []) {
  const run = await runCli([...ARGS, ...more], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  const plan = JSON.parse(run.stdout);
  const counselors = [...new Set(plan.classes.map((c: { counselor: string }) => c.counselor))];
  return { counselors, report: plan.summary.optimization[0], weights: plan.summary.objectiveWeights };
}

describe('the objective’s weights through the CLI', () => {
  it('the config file’s weights change the chosen plan, and the JSON gives the weights used', async () => {
    const plain = await planIn(workdir('seed-roster.csv'));
    expect(plain.counselors).toEqual(['杜宇飞', '何芬', '李永江', '唐小淋', '朱银先']);
    expect(plain.report).toMatchObject({ keptRosterOrder: true, returns: 1, shortVisits: 0, splitCounselors: 1 });
    expect(plain.report.costMinutes).toBeCloseTo(18.6, 5);
    expect(plain.report.savingMinutes).toBeCloseTo(17.4, 5);
    expect(plain.weights).toEqual({
      returnCost: 15,
      minVisit: 20,
      shortCost: 60,
      reorderGain: 20,
    });

    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'capture-plan.config.json'), JSON.stringify({ reorderGain: 0, returnCost: 30 }));
    const tuned = await planIn(dir);
    expect(tuned.counselors).toEqual(['何芬', '李永江', '杜宇飞', '唐小淋', '朱银先']);
    expect(tuned.report).toMatchObject({ keptRosterOrder: false, returns: 0 });
    expect(tuned.report.savingMinutes).toBeUndefined();
    expect(tuned.weights).toMatchObject({ reorderGain: 0, returnCost: 30 });
    // a flag overrides the config file: a return at 30 makes the roster order 32.4 minutes dearer, kept under 40
    const kept = await planIn(dir, ['--reorder-gain', '40']);
    expect(kept.counselors).toEqual(plain.counselors);
    expect(kept.report.savingMinutes).toBeCloseTo(32.4, 5);
  });

  it('refuses a weight out of range, naming the option', async () => {
    const run = await runCli([...ARGS, '--return-cost', '601'], { cwd: workdir('seed-roster.csv') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--return-cost 应为 0 到 600 之间的整数分钟');
  });
});
