// Measures `--order optimize`'s heuristic (rooms of 9–60 counselors, where the exact search runs out of states)
// against a plain baseline (issue 16): 2 000 random orders that keep each college together, each counselor's classes
// in a random order, each order improved by moving one counselor at a time until no move helps. Both are placed by
// the tool's own placeRoom and judged by its objectiveOf / compareObjectives, so the figures follow the objective.
// Instances are seeded, the same every run (tests/core/heuristic-instances.ts says how they are drawn).
// For 9–11 counselors the exact search is also run with a large budget, to count how often each finds the optimum.
// Each instance's baseline stops early, even inside a climb, when BASELINE_WORK classes have been placed (default
// 3 000 000; the starts it began are printed): 2 000 climbs of 60 counselors would take hours.
// Usage: node scripts/compare-heuristic.mjs [instances=54] [starts=2000]  (bundles src/ itself; no build needed)
// EXACT_STATES=0 skips the exact optimum of 9–11 counselors; EXACT_TRY=1 also times the exact search's failed try.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'compare-heuristic-'));
await build({
  absWorkingDir: root,
  stdin: {
    contents: [
      "export { placeRoom } from './src/core/schedule/place.ts';",
      "export { compareObjectives, objectiveOf } from './src/core/schedule/objective.ts';",
      "export { optimizeRoom } from './src/core/schedule/optimize.ts';",
      "export { exactRoom } from './src/core/schedule/exact.ts';",
      "export { generator, instance } from './tests/core/heuristic-instances.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: join(dir, 'core.mjs'),
  logLevel: 'error',
});
const core = await import(join(dir, 'core.mjs'));
rmSync(dir, { recursive: true, force: true });
const { placeRoom, compareObjectives, objectiveOf, optimizeRoom, exactRoom, generator, instance } = core;

const INSTANCES = Number(process.argv[2] ?? 54);
const STARTS = Number(process.argv[3] ?? 2000);
// states for the exact search of 9–11 counselors (0 skips it)
const EXACT = Number(process.env.EXACT_STATES ?? 200_000);
const WORK = Number(process.env.BASELINE_WORK ?? 3_000_000);

/** The best of an order placed as is and filling breaks, or undefined. */
function score(order, inst) {
  let best;
  for (const fillBreaks of [false, true]) {
    const result = placeRoom(order, { ...inst.queue, fillBreaks });
    if ('unplaceable' in result) continue;
    const objective = objectiveOf(result.placed, inst.queue, inst.groups);
    if (!best || compareObjectives(objective, best.objective) < 0) best = { order, objective };
  }
  return best;
}

/** Moving counselor i to j keeps every college together. */
function sameRun(order, i, j) {
  const college = order[i][0].college;
  for (let k = Math.min(i, j); k <= Math.max(i, j); k++) if (order[k][0].college !== college) return false;
  return true;
}

/** A random order: colleges shuffled, counselors within each, classes within each counselor. */
function randomOrder(groups, random) {
  const shuffle = (list) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const colleges = [];
  for (const g of groups) {
    const last = colleges.at(-1);
    if (last && last[0][0].college === g[0].college) last.push(g);
    else colleges.push([g]);
  }
  return shuffle(colleges).flatMap((c) => shuffle(c).map((g) => shuffle(g)));
}

/** The baseline: `STARTS` random orders, each climbed by single moves until none helps. */
function baseline(inst) {
  const random = generator(77);
  const classes = inst.groups.reduce((n, g) => n + g.length, 0);
  let best;
  let s = 0;
  for (let placed = 0; s < STARTS && (s === 0 || placed < WORK); s++) {
    let current = score(randomOrder(inst.groups, random), inst);
    placed += 2 * classes;
    for (let improved = true; improved && placed < WORK; ) {
      improved = false;
      const order = current.order;
      for (let i = 0; i < order.length && !improved && placed < WORK; i++)
        for (let j = 0; j < order.length && !improved && placed < WORK; j++) {
          if (i === j || !sameRun(order, i, j)) continue;
          const moved = [...order];
          moved.splice(j, 0, moved.splice(i, 1)[0]);
          const next = score(moved, inst);
          placed += 2 * classes;
          if (next && compareObjectives(next.objective, current.objective) < 0) {
            current = next;
            improved = true;
          }
        }
    }
    if (!best || compareObjectives(current.objective, best.objective) < 0) best = current;
  }
  return { objective: best.objective, starts: s };
}

const rows = [];
let exactRuns = 0;
let exactMatches = 0;
for (let i = 0; i < INSTANCES; i++) {
  const inst = instance(i);
  const t0 = performance.now();
  const found = optimizeRoom(inst.groups, inst.queue);
  const ms = performance.now() - t0;
  // what of that time the exact search took before it ran out of states (optimize.ts's budget)
  const t2 = performance.now();
  if (process.env.EXACT_TRY) exactRoom(inst.groups, inst.queue, 20_000);
  const exactMs = performance.now() - t2;
  const t1 = performance.now();
  const { objective: base, starts } = baseline(inst);
  const baseMs = performance.now() - t1;
  const ours = found.report.objective;
  const cmp = compareObjectives(ours, base);
  let exact = '';
  if (EXACT > 0 && inst.groups.length <= 11) {
    const e = exactRoom(inst.groups, inst.queue, EXACT);
    if (e.complete && e.placed) {
      const best = objectiveOf(e.placed, inst.queue, inst.groups);
      exactRuns++;
      if (compareObjectives(ours, best) <= 0) exactMatches++;
      exact = compareObjectives(ours, best) <= 0 ? ' = optimum' : ` (optimum ${best.overflow}s/${best.splits} splits)`;
    }
  }
  rows.push({ cmp, ours, base, ms });
  const classes = inst.groups.reduce((n, g) => n + g.length, 0);
  console.log(
    `#${i} ${inst.groups.length} counselors, ${classes} classes, ${inst.queue.slots.length} sessions` +
      `${inst.colleges ? `, ${inst.colleges} colleges` : ''}: ${cmp < 0 ? 'win' : cmp > 0 ? 'loss' : 'tie'}` +
      `, heuristic ${ours.overflow}s over/${ours.splits} splits/${ours.idle}s idle in ${Math.round(ms)} ms${process.env.EXACT_TRY ? ` (exact try ${Math.round(exactMs)} ms)` : ''}` +
      `, baseline (${starts} starts) ${base.overflow}s/${base.splits}/${base.idle}s in ${Math.round(baseMs)} ms${exact}`,
  );
}
const count = (f) => rows.filter(f).length;
const worst = Math.max(0, ...rows.map((r) => r.ours.overflow - r.base.overflow));
const sum = (f) => rows.reduce((s, r) => s + f(r), 0);
const times = rows.map((r) => r.ms).sort((a, b) => a - b);
console.log(
  `heuristic vs baseline (${STARTS} starts) over ${rows.length} instances: ${count((r) => r.cmp < 0)} wins, ` +
    `${count((r) => r.cmp === 0)} ties, ${count((r) => r.cmp > 0)} losses; worst overflow gap ${(worst / 60).toFixed(1)} min; ` +
    `split counselors ${sum((r) => r.ours.splits)} vs ${sum((r) => r.base.splits)}; ` +
    `heuristic median ${Math.round(times[times.length >> 1])} ms, max ${Math.round(times.at(-1))} ms; ` +
    `9–11 counselors: optimum matched ${exactMatches} of ${exactRuns}`,
);
