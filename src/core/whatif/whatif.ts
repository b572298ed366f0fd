import type { Roster } from '../roster/model.js';
import { type FittingRate, smallestFittingRate } from '../schedule/fit.js';
import { movedClasses, splitCounselors } from '../schedule/metrics.js';
import { idleSeconds } from '../schedule/objective.js';
import type { DayEnd } from '../schedule/plan.js';
import { dayEndOf, placeRoster } from '../schedule/schedule.js';
import type { Settings } from '../settings.js';

/** One scenario of a what-if comparison. */
export interface Scenario {
  settings: Settings;
  /** When the day ends, and by how much past the last session (a plan's summary, without assembling the plan). */
  summary: DayEnd;
  /** Session time left unused before each room's own last class, summed over the rooms. */
  idleSeconds: number;
  /** The same per room, in the order of the scenario's rooms. */
  idleByRoom: number[];
  splitCounselors: string[];
  /** Against the baseline (the first scenario); zero for the baseline itself. */
  moved: { count: number; maxShiftSeconds: number };
}

/** A session layout (sessions and dates) with the smallest whole rate at which the roster fits in it. */
export interface Layout {
  settings: Settings;
  fit?: FittingRate;
}

/** The values a what-if varies; each list's first value is the baseline's. */
export interface ScenarioValues {
  throughputs: Settings['throughput'][];
  sessions: Settings['sessions'][];
  dates: Settings['dates'][];
  /** Room names per scenario (each room at the scenario's rate); undefined for one unnamed room. */
  rooms: (readonly string[] | undefined)[];
}

/** Every combination of the given values on top of the shared settings; the first combination is the baseline. */
export function scenarioSettings(
  base: Omit<Settings, 'throughput' | 'sessions' | 'dates' | 'rooms'>,
  values: ScenarioValues,
): Settings[] {
  return values.rooms.flatMap((rooms) =>
    values.sessions.flatMap((sessions) =>
      values.dates.flatMap((dates) =>
        values.throughputs.map((throughput) => ({
          ...base,
          throughput,
          sessions,
          dates,
          ...(rooms ? { rooms: rooms.map((name) => ({ name, throughput })) } : {}),
        })),
      ),
    ),
  );
}

/**
 * Schedules every scenario and compares each with the first. Only what the comparison shows is computed: the classes
 * are placed, but no plan is assembled from them.
 */
export function compareScenarios(
  roster: Roster,
  scenarios: readonly Settings[],
): { scenarios: Scenario[]; layouts: Layout[] } {
  const placements = scenarios.map((settings) => placeRoster(roster, settings));
  const moved = movedClasses(placements[0]!);
  const layouts: Layout[] = [];
  for (const settings of scenarios) {
    if (
      layouts.some(
        (l) =>
          l.settings.sessions === settings.sessions &&
          l.settings.dates === settings.dates &&
          l.settings.rooms?.length === settings.rooms?.length,
      )
    )
      continue;
    const fit = smallestFittingRate(roster, settings);
    layouts.push(fit ? { settings, fit } : { settings });
  }
  return {
    scenarios: placements.map((placed, i) => {
      const idleByRoom = placed.byRoom.map((p) => idleSeconds(p, placed.slots, p.lastEnd(placed.slots[0]!.start)));
      return {
        settings: scenarios[i]!,
        summary: dayEndOf(placed),
        idleSeconds: idleByRoom.reduce((sum, s) => sum + s, 0),
        idleByRoom,
        splitCounselors: splitCounselors(placed),
        moved: i === 0 ? { count: 0, maxShiftSeconds: 0 } : moved(placed),
      };
    }),
    layouts,
  };
}
