// Measures the HiGHS MIP solver (the `highs` npm package, HiGHS compiled to WebAssembly) against `--order optimize`'s
// exact search (issue 16: "measure both; choose by figures"). highs is not a dependency of capture-plan; to rerun:
//   npm run build && npm i --no-save highs@1.15.3 && node scripts/compare-highs.mjs [seconds per solve, default 10]
// (`npm ci` or the next `npm i` removes it again.)
//
// The MIP is a relaxation of the placement rules, so it gives lower bounds, not plans: a class goes whole into one
// session (x), a counselor is present in a session when one of its classes is (y), a session holds its classes' time
// at the rate plus a changeover before each counselor but one (and half a second a counselor for rounding), and only
// the last session may run over. It ignores order: runs, what a class waits for, a counselor present in sessions 1
// and 3 but not 2. Phase 1 minimizes the seconds over (O); phase 2 the split counselors among assignments with at most
// O over (S): no plan has less overflow than O, and none with that overflow has fewer splits than S, which is the
// report's lowerBound (optimize.ts) in the same terms. Rooms: a counselor goes whole into one room, each room's own
// sessions; overflow and splits are summed over rooms, as the exact search's per-room objectives are.
// Prints the WASM module's load time (import and instantiation), then per instance: each phase's time and status, the bounds, and the exact search's time and
// objective (schedule() with --order optimize) and its own lower bound.
import { schedule } from '../dist/core/schedule/schedule.js';
import { roster, settings } from './bench-roster.mjs';

const limit = Number(process.argv[2] ?? 10);

const cases = [
  ['8 × 8, one day, fits (40/10min)', roster(8, 8), settings('40/10min', '2024-04-22')],
  ['8 × 8, one day, does not fit (30/10min)', roster(8, 8), settings('30/10min', '2024-04-22')],
  ['8 × 8, two days, fits (20/10min)', roster(8, 8), settings('20/10min', '2024-04-22..2024-04-23')],
  ['8 × 8, two days, does not fit (18/10min)', roster(8, 8), settings('18/10min', '2024-04-22..2024-04-23')],
  ['12 × 6, one day (45/10min, changeover 60 s)', roster(12, 6), settings('45/10min', '2024-04-22', 1, 60)],
  ['20 × 5, two days (31/10min)', roster(20, 5), settings('31/10min', '2024-04-22..2024-04-23')],
  ['12 × 4, 3 rooms (10/10min)', roster(12, 4), settings('10/10min', '2024-04-22', 3)],
];

/** The MIP in CPLEX LP text: phase 1 (minimize overflow) or 2 (minimize splits with overflow at most `over`). */
function lp(inst, phase, over) {
  const { groups, rooms, slots, changeover } = inst;
  const rows = [];
  const bins = [];
  const last = slots.length - 1;
  const ids = (c, r, j) => `${c}_${r}_${j}`;
  groups.forEach((g, c) => {
    if (rooms.length > 1) rows.push(`${rooms.map((_, r) => `z${c}_${r}`).join(' + ')} = 1`);
    g.forEach((_, i) => {
      rows.push(`${rooms.flatMap((_, r) => slots.map((_, j) => `x${c}_${i}_${r}_${j}`)).join(' + ')} = 1`);
      rooms.forEach((_, r) => {
        slots.forEach((_, j) => {
          rows.push(`x${c}_${i}_${r}_${j} - y${ids(c, r, j)} <= 0`);
          bins.push(`x${c}_${i}_${r}_${j}`);
        });
      });
    });
    rooms.forEach((_, r) => {
      slots.forEach((_, j) => {
        bins.push(`y${ids(c, r, j)}`);
        if (rooms.length > 1) rows.push(`y${ids(c, r, j)} - z${c}_${r} <= 0`);
      });
    });
    if (rooms.length > 1) bins.push(...rooms.map((_, r) => `z${c}_${r}`));
    // split when present in two sessions or more (of its room)
    const ys = rooms.flatMap((_, r) => slots.map((_, j) => `y${ids(c, r, j)}`)).join(' + ');
    rows.push(`${ys} - ${slots.length - 1} s${c} <= 1`);
    bins.push(`s${c}`);
  });
  rooms.forEach((room, r) => {
    slots.forEach((slot, j) => {
      const terms = [];
      groups.forEach((g, c) => {
        for (const [i, e] of g.entries())
          terms.push(`${((e.headcount * room.period) / room.people).toFixed(6)} x${c}_${i}_${r}_${j}`);
        terms.push(`${changeover - 0.5} y${ids(c, r, j)}`);
      });
      const over = j === last ? ` - o${r}` : '';
      rows.push(`${terms.join(' + ').replaceAll('+ -', '- ')}${over} <= ${slot.end - slot.start + changeover}`);
    });
  });
  const overflow = rooms.map((_, r) => `o${r}`).join(' + ');
  const splits = groups.map((_, c) => `s${c}`).join(' + ');
  if (phase === 2) rows.push(`${overflow} <= ${over}`);
  const wrap = (line) => line.replace(/(.{1,240})( |$)/g, '$1\n ');
  return [
    'Minimize',
    ` obj: ${phase === 1 ? overflow : splits}`,
    'Subject To',
    ...rows.map((row, k) => ` c${k}: ${wrap(row)}`),
    'Binaries',
    ...bins.map((b) => ` ${b}`),
    'End',
  ].join('\n');
}

function solve(highs, text) {
  const start = performance.now();
  const model = highs.createModel({ format: 'lp', data: text });
  try {
    // symmetry detection off: with it, highs 1.15.3 proved "optimal" 1 split on 8 × 8 over two days at 20/10min,
    // where an assignment (and a plan) with none exists; without it, or without presolve, it finds 0
    model.options.set({ output_flag: false, time_limit: limit, mip_rel_gap: 0, mip_detect_symmetry: false });
    model.run();
    const code = model.getModelStatus();
    const status =
      Object.keys(highs.constants.modelStatus).find((k) => highs.constants.modelStatus[k] === code) ?? code;
    const bound = Number(model.info.get('mip_dual_bound'));
    const value = Number(model.info.get('objective_function_value'));
    return { ms: Math.round(performance.now() - start), status: String(status), bound, value };
  } finally {
    model.dispose();
  }
}

const loadStart = performance.now();
let loadHighs;
try {
  ({ default: loadHighs } = await import('highs'));
} catch {
  console.error('compare-highs: highs is not installed; run npm i --no-save highs@1.15.3 first');
  process.exit(1);
}
const highs = await loadHighs();
console.log(`highs: WASM module loaded in ${Math.round(performance.now() - loadStart)} ms (time limit ${limit} s)`);

for (const [name, r, s] of cases) {
  const start = performance.now();
  const plan = schedule(r, s);
  const ms = Math.round(performance.now() - start);
  const reports = plan.optimization ?? [];
  const sum = (f) => reports.reduce((n, o) => n + f(o), 0);
  const found = { overflow: sum((o) => o.objective.overflow), splits: sum((o) => o.objective.splits) };
  const own = { overflow: sum((o) => o.lowerBound.overflow), splits: sum((o) => o.lowerBound.splits) };
  const optimal = reports.every((o) => o.optimal);
  const byCounselor = new Map();
  for (const c of r.classes) byCounselor.set(c.counselor, [...(byCounselor.get(c.counselor) ?? []), c]);
  const rooms = (s.rooms ?? [{ throughput: s.throughput }]).map(({ throughput: t }) => ({
    people: t.people,
    period: t.count * { s: 1, min: 60, h: 3600 }[t.unit],
  }));
  const inst = { groups: [...byCounselor.values()], rooms, slots: plan.slots, changeover: s.changeover };
  const p1 = solve(highs, lp(inst, 1));
  // a plan's overflow is whole seconds: no plan has less than the bound rounded up (less a tolerance)
  const overBound = Math.max(0, Math.ceil(p1.bound - 1e-6));
  // phase 2 only above a proved overflow bound: below one not proved, it may have no solution at all
  const p2 = p1.status === 'optimal' ? solve(highs, lp(inst, 2, overBound)) : undefined;
  const splitBound = p2 && Math.max(0, Math.ceil(p2.bound - 1e-6));
  console.log(
    [
      `${name}:`,
      `  exact search: ${ms} ms, ${optimal ? 'optimal' : 'best found'}, overflow ${found.overflow} s, splits ${found.splits}; its lower bound ${own.overflow} s / ${own.splits}`,
      `  highs phase 1 (overflow): ${p1.ms} ms, ${p1.status}, bound ${overBound} s (incumbent ${p1.value.toFixed(1)})`,
      p2
        ? `  highs phase 2 (splits):   ${p2.ms} ms, ${p2.status}, bound ${splitBound} (incumbent ${p2.value.toFixed(1)})`
        : '  highs phase 2 (splits):   not run (phase 1 not proved)',
    ].join('\n'),
  );
}
