import { formatMinutes } from '../format.js';
import type { Labels, Lang } from '../i18n/labels.js';
import { labelsFor } from '../i18n/labels-for.js';
import { formatSessions, type Settings } from '../settings.js';
import { formatThroughput } from '../throughput.js';
import { clockWithSeconds, isoDateTime } from '../time.js';
import type { Layout, Scenario } from './whatif.js';

/** The what-if comparison as people read it: the terminal writer only pads and colours it. */
export interface WhatifTable {
  header: string[];
  rows: { cells: string[]; fits: boolean }[];
  layoutsHeading: string;
  /** Per session layout, the smallest whole rate that fits and when the day then ends. */
  layouts: string[];
}

/** Labels, scenario names (only the settings that vary), end times and minutes of a what-if comparison. */
export function whatifTable(comparison: { scenarios: Scenario[]; layouts: Layout[] }, lang: Lang): WhatifTable {
  const labels = labelsFor(lang);
  const w = labels.whatif;
  const name = scenarioNamer(
    comparison.scenarios.map((s) => s.settings),
    labels,
  );
  return {
    header: [
      w.columns.scenario,
      w.columns.fits,
      w.columns.end,
      w.columns.overflow,
      w.columns.idle,
      w.columns.split,
      w.columns.moved,
    ],
    rows: comparison.scenarios.map((s, i) => ({
      cells: [
        `${name(s.settings)}${i === 0 ? ` (${w.baseline})` : ''}`,
        s.summary.fits ? w.yes : w.no,
        endText(s.summary.end, s.settings),
        formatMinutes(s.summary.overflowSeconds),
        formatMinutes(s.idleSeconds),
        s.splitCounselors.length === 0 ? w.none : s.splitCounselors.join(labels.listSeparator),
        w.moved(s.moved.count, formatMinutes(s.moved.maxShiftSeconds)),
      ],
      fits: s.summary.fits,
    })),
    layoutsHeading: w.layoutsHeading,
    layouts: comparison.layouts.map((layout) => {
      const rooms = layout.settings.rooms
        ? `${w.partSeparator}${layout.settings.rooms.map((r) => r.name).join(',')}`
        : '';
      const title = `${formatSessions(layout.settings.sessions).join(',')}${w.partSeparator}${layout.settings.dates.join(',')}${rooms}`;
      return layout.fit
        ? w.layout(title, formatThroughput(layout.fit.throughput), endText(layout.fit.end, layout.settings))
        : w.noRate(title);
    }),
  };
}

/** Names a scenario by the settings that vary across the comparison only. */
function scenarioNamer(all: Settings[], labels: Labels): (s: Settings) => string {
  const rate = (s: Settings) => formatThroughput(s.throughput);
  const sessions = (s: Settings) => formatSessions(s.sessions).join(',');
  const dates = (s: Settings) => s.dates.join(',');
  const rooms = (s: Settings) => (s.rooms ?? []).map((r) => r.name).join(',') || labels.whatif.none;
  const parts = [rate, sessions, dates, rooms].filter((part) => new Set(all.map(part)).size > 1);
  return (s) => (parts.length === 0 ? [rate] : parts).map((part) => part(s)).join(labels.whatif.partSeparator);
}

/** The end as a clock time on a one-date plan, else with its date. */
function endText(end: number, settings: Settings): string {
  const iso = isoDateTime(end);
  return settings.dates.length === 1 && iso.startsWith(settings.dates[0]!)
    ? clockWithSeconds(end % 86_400)
    : iso.replace('T', ' ');
}
