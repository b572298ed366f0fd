// The benchmark's report (scripts/bench.mjs): Markdown tables of the cases, then the issues' targets.
import { SIZES } from './config.mjs';
import { mb, ms, ratio, table } from './format.mjs';
import { median } from './running.mjs';
import { targets, targetsTable } from './targets.mjs';

export const PHASES = [
  'read',
  'parse',
  'schedule',
  'fit',
  'json',
  'notice table',
  'write xlsx',
  'write md',
  'write html',
  'save',
];

/** Phase times as one compact cell: "read 12 · parse 3 · …". */
export function phaseCell(phases) {
  const names = [...PHASES, ...Object.keys(phases).filter((p) => !PHASES.includes(p))];
  return (
    names
      .filter((p) => phases[p] !== undefined)
      .map((p) => `${p} ${ms(phases[p])}`)
      .join(' · ') || '–'
  );
}

/** The table of every case with its floor. */
export function casesTable(rows) {
  return table(
    [
      'classes',
      'in → out',
      'wall ms',
      'peak RSS MB',
      'phases (ms)',
      'floor',
      'floor ms',
      'floor RSS MB',
      'wall ÷ floor',
      'RSS ÷ floor',
    ],
    'rlrrllrrrr',
    rows.map((r) => [
      r.size.n.toLocaleString('en-US'),
      `${r.format} → ${r.out}`,
      r.run.ok ? ms(r.run.ms) : '✗ failed',
      r.run.ok ? mb(r.run.rssKb) : '–',
      r.run.ok ? phaseCell(r.run.phases) : 'see Failures',
      r.floorName,
      ms(r.floor.ms),
      mb(r.floor.rssKb),
      r.run.ok ? ratio(r.run.ms, r.floor.ms) : '–',
      r.run.ok ? ratio(r.run.rssKb, r.floor.rssKb) : '–',
    ]),
  );
}

/** The table of the floors themselves. */
export function floorsTable(m) {
  const nodeMs = median(m.floors.node.map((f) => f.ms));
  const importMs = median(m.floors.exceljs.map((f) => f.ms));
  const body = [
    ['`node -e 0`', ms(nodeMs), mb(m.floorRss.node)],
    ['`node -e "require(\'exceljs\')"`', ms(importMs), mb(m.floorRss.exceljs)],
    ...m.rows
      .filter((r) => r.format === 'XLSX')
      .map((r) => [
        `exceljs floor, ${r.size.n.toLocaleString('en-US')} classes (read + write one sheet)`,
        ms(r.floor.ms),
        mb(r.floor.rssKb),
      ]),
  ];
  return table(['floor', 'wall ms', 'peak RSS MB'], 'lrr', body);
}

/** Machine and run facts, so figures from different machines are not compared blindly. */
export async function machine() {
  const os = await import('node:os');
  return `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
}

/** Prints the whole report on stdout. */
export async function report(m, startedAt) {
  const list = targets(m);
  const out = [
    `## Benchmark (${new Date().toISOString().slice(0, 10)})`,
    '',
    `${await machine()}; whole bench ${((Date.now() - startedAt) / 1000).toFixed(0)} s. Medians of ${SIZES.map((s) => `${s.runs} (${s.n.toLocaleString('en-US')})`).join(', ')} runs, each run interleaved with its floor.`,
    '',
    ...casesTable(m.rows),
    '',
    ...floorsTable(m),
    '',
    '### Targets (issues 7, 15 and 18)',
    '',
    ...targetsTable(list),
    '',
  ];
  const missed = list.filter((t) => !t.met);
  out.push(
    missed.length === 0
      ? 'All targets met.'
      : `NOT MET (${missed.length} of ${list.length}): ${missed.map((t) => t.name).join('; ')}`,
  );
  out.push(...failures(m));
  console.log(out.join('\n'));
}

/** The runs that did not exit 0, each once, with the child's message (empty when all ran). */
export function failures(m) {
  const replans = m.replan ? [m.replan.json.run, m.replan.json.build, m.replan.files.run, m.replan.files.build] : [];
  const summaries = [
    ...(m.rows ?? []).flatMap((r) => [r.run, r.floor, r.importFloor]),
    ...(m.whatif ? [m.whatif.run, m.whatif.build] : []),
    ...replans,
    ...(m.calendars ? [m.calendars.disk, m.calendars.memory].filter(Boolean) : []),
  ];
  const errors = [...new Set(summaries.map((s) => s?.error).filter(Boolean))];
  if (m.rows && m.schedule?.medianMs === undefined) errors.push('`scripts/bench-schedule.mjs` failed (see stderr)');
  return errors.length === 0 ? [] : ['', '### Failures', '', ...errors.map((e) => `- ${e}`)];
}
