import { formatSessions, type Settings } from '../settings.js';
import { formatThroughput } from '../throughput.js';
import { isoDateTime } from '../time.js';
import type { Layout, Scenario } from './whatif.js';

/** The what-if comparison as JSON (`whatif --json`); times are exact local date-times. */
export function whatifJson(comparison: { scenarios: Scenario[]; layouts: Layout[] }): object {
  return {
    schemaVersion: 1,
    scenarios: comparison.scenarios.map((s, i) => ({
      baseline: i === 0,
      settings: settingsJson(s.settings),
      fits: s.summary.fits,
      end: isoDateTime(s.summary.end),
      overflowMinutes: s.summary.overflowSeconds / 60,
      idleMinutes: s.idleSeconds / 60,
      ...(s.settings.rooms ? { idleMinutesByRoom: s.idleByRoom.map((idle) => idle / 60) } : {}),
      splitCounselors: s.splitCounselors,
      movedClasses: s.moved.count,
      maxShiftMinutes: s.moved.maxShiftSeconds / 60,
    })),
    layouts: comparison.layouts.map((l) => ({
      sessions: settingsJson(l.settings).sessions,
      dates: l.settings.dates,
      smallestFittingThroughput: l.fit ? formatThroughput(l.fit.throughput) : null,
      endAtThatThroughput: l.fit ? isoDateTime(l.fit.end) : null,
    })),
  };
}

function settingsJson(settings: Settings): {
  throughput: string;
  sessions: string[];
  dates: string[];
  rooms?: string[];
} {
  return {
    throughput: formatThroughput(settings.throughput),
    sessions: formatSessions(settings.sessions),
    dates: settings.dates,
    ...(settings.rooms ? { rooms: settings.rooms.map((r) => r.name) } : {}),
  };
}
