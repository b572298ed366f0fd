import { smallestFittingRate, type FittingRate } from './fit.js';
import { idleSeconds, movedClasses, splitCounselors } from './metrics.js';
import type { Plan } from './plan.js';
import type { Roster } from './roster.js';
import { schedule } from './schedule.js';
import type { Settings } from './settings.js';

/** One scenario of a what-if comparison. */
export interface Scenario {
  settings: Settings;
  plan: Plan;
  idleSeconds: number;
  splitCounselors: string[];
  /** Against the baseline (the first scenario); zero for the baseline itself. */
  moved: { count: number; maxShiftSeconds: number };
}

/** A session layout (sessions and dates) with the smallest whole rate at which the roster fits in it. */
export interface Layout {
  settings: Settings;
  fit?: FittingRate;
}

/** Every combination of the given values, the first of each being the baseline; the roster is parsed once. */
export function scenarioSettings(values: { throughputs: Settings['throughput'][]; sessions: Settings['sessions'][]; dates: Settings['dates'][] }): Settings[] {
  return values.sessions.flatMap((sessions) =>
    values.dates.flatMap((dates) => values.throughputs.map((throughput) => ({ throughput, sessions, dates }))),
  );
}

/** Schedules every scenario and compares each with the first. */
export function compareScenarios(roster: Roster, scenarios: readonly Settings[]): { scenarios: Scenario[]; layouts: Layout[] } {
  const plans = scenarios.map((settings) => schedule(roster, settings));
  const baseline = plans[0]!;
  const layouts: Layout[] = [];
  for (const settings of scenarios) {
    if (layouts.some((l) => l.settings.sessions === settings.sessions && l.settings.dates === settings.dates)) continue;
    const fit = smallestFittingRate(roster, settings);
    layouts.push(fit ? { settings, fit } : { settings });
  }
  return {
    scenarios: plans.map((plan, i) => ({
      settings: scenarios[i]!,
      plan,
      idleSeconds: idleSeconds(plan),
      splitCounselors: splitCounselors(plan),
      moved: i === 0 ? { count: 0, maxShiftSeconds: 0 } : movedClasses(baseline, plan),
    })),
    layouts,
  };
}
