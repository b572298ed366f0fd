import { formatMinutes } from '../format.js';
import type { Labels, Lang } from '../i18n/labels.js';
import { labelsFor } from '../i18n/labels-for.js';
import { formatSessions, type Settings } from '../settings.js';
import { formatThroughput } from '../throughput.js';
import { clockWithSeconds, isoDateTime } from '../time.js';
import type { Layout, Scenario } from './whatif.js';

/**
 * A cell listing names (rooms, counselors) that a writer may shorten to fit a width: `prefix`, the first items and
 * how many there are in all, `suffix`.
 */
export interface WhatifList {
  prefix: string;
  items: string[];
  separator: string;
  suffix: string;
  /** A shortened list: the items shown (maybe none), how many there are in all, and how many are left out. */
  more: (shown: string, total: number, rest: number) => string;
}

/** A cell of the comparison: a text, or a list that may be shortened. */
export type WhatifCell = string | WhatifList;

/** A cell's text, a list showing its first `count` items (every item by default). */
export function cellText(cell: WhatifCell, count?: number): string {
  if (typeof cell === 'string') return cell;
  const shown = Math.min(count ?? cell.items.length, cell.items.length);
  const names = cell.items.slice(0, shown).join(cell.separator);
  const rest = cell.items.length - shown;
  return `${cell.prefix}${rest === 0 ? names : cell.more(names, cell.items.length, rest)}${cell.suffix}`;
}

/** The what-if comparison as people read it: the terminal writer only shortens lists, pads and colours it. */
export interface WhatifTable {
  header: string[];
  rows: { cells: WhatifCell[]; fits: boolean }[];
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
        name(s.settings, i === 0 ? ` (${w.baseline})` : ''),
        s.summary.fits ? w.yes : w.no,
        endText(s.summary.end, s.settings),
        formatMinutes(s.summary.overflowSeconds),
        formatMinutes(s.idleSeconds),
        s.splitCounselors.length === 0
          ? w.none
          : {
              prefix: '',
              items: s.splitCounselors,
              separator: labels.listSeparator,
              suffix: '',
              more: w.moreCounselors,
            },
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

/** Names a scenario by the settings that vary across the comparison only; its rooms, last, are a list. */
function scenarioNamer(all: Settings[], labels: Labels): (s: Settings, suffix: string) => WhatifCell {
  const w = labels.whatif;
  const rate = (s: Settings) => formatThroughput(s.throughput);
  const sessions = (s: Settings) => formatSessions(s.sessions).join(',');
  const dates = (s: Settings) => s.dates.join(',');
  const roomNames = (s: Settings) => (s.rooms ?? []).map((r) => r.name);
  const rooms = (s: Settings) => roomNames(s).join(',') || w.none;
  const parts = [rate, sessions, dates].filter((part) => new Set(all.map(part)).size > 1);
  const roomsVary = new Set(all.map(rooms)).size > 1;
  if (parts.length === 0 && !roomsVary) parts.push(rate);
  return (s, suffix) => {
    const named = parts.map((part) => part(s));
    const items = roomsVary ? roomNames(s) : [];
    if (items.length === 0) return `${[...named, ...(roomsVary ? [w.none] : [])].join(w.partSeparator)}${suffix}`;
    const prefix = named.length === 0 ? '' : `${named.join(w.partSeparator)}${w.partSeparator}`;
    return { prefix, items, separator: ',', suffix, more: w.moreRooms };
  };
}

/** The end as a clock time on a one-date plan, else with its date. */
function endText(end: number, settings: Settings): string {
  const iso = isoDateTime(end);
  return settings.dates.length === 1 && iso.startsWith(settings.dates[0]!)
    ? clockWithSeconds(end % 86_400)
    : iso.replace('T', ' ');
}
