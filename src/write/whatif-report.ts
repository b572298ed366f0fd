import { displayWidth } from './display-width.js';
import { formatSessions, formatThroughput, type Settings } from '../core/settings.js';
import { clockWithSeconds, isoDateTime } from '../core/time.js';
import type { Layout, Scenario } from '../core/whatif.js';
import { labelsFor, type Lang } from '../i18n/labels.js';
import type { Paint } from './terminal.js';

/** The what-if comparison as a terminal table, then the smallest fitting rate of each session layout. */
export function renderWhatif(comparison: { scenarios: Scenario[]; layouts: Layout[] }, lang: Lang, paint: Paint): string {
  const labels = labelsFor(lang);
  const w = labels.whatif;
  const { scenarios, layouts } = comparison;
  const name = scenarioNamer(scenarios.map((s) => s.settings));
  const header = [w.columns.scenario, w.columns.fits, w.columns.end, w.columns.overflow, w.columns.idle, w.columns.split, w.columns.moved];
  const rows = scenarios.map((s, i) => [
    `${name(s.settings)}${i === 0 ? ` (${w.baseline})` : ''}`,
    s.plan.summary.fits ? w.yes : w.no,
    endText(s.plan.summary.end, s.settings),
    minutes(s.plan.summary.overflowSeconds),
    minutes(s.idleSeconds),
    s.splitCounselors.length === 0 ? '—' : s.splitCounselors.join(labels.listSeparator),
    w.moved(s.moved.count, minutes(s.moved.maxShiftSeconds)),
  ]);
  const widths = header.map((h, col) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[col]!))));
  const line = (cells: string[]) => cells.map((c, col) => c + ' '.repeat(widths[col]! - displayWidth(c))).join('  ').trimEnd();
  const out = [paint.bold(line(header)), ...rows.map((r, i) => (scenarios[i]!.plan.summary.fits ? line(r) : paint.red(line(r))))];
  out.push('', w.layoutsHeading);
  for (const layout of layouts) {
    const rooms = layout.settings.rooms ? ` · ${layout.settings.rooms.map((r) => r.name).join(',')}` : '';
    const title = `${formatSessions(layout.settings.sessions).join(',')} · ${layout.settings.dates.join(',')}${rooms}`;
    out.push(`  ${layout.fit ? w.layout(title, formatThroughput(layout.fit.throughput), endText(layout.fit.end, layout.settings)) : w.noRate(title)}`);
  }
  return `${out.join('\n')}\n`;
}

/** Names a scenario by the settings that vary across the comparison only. */
function scenarioNamer(all: Settings[]): (s: Settings) => string {
  const rate = (s: Settings) => formatThroughput(s.throughput);
  const sessions = (s: Settings) => formatSessions(s.sessions).join(',');
  const dates = (s: Settings) => s.dates.join(',');
  const rooms = (s: Settings) => (s.rooms ?? []).map((r) => r.name).join(',') || '—';
  const parts = [rate, sessions, dates, rooms].filter((part) => new Set(all.map(part)).size > 1);
  return (s) => (parts.length === 0 ? [rate] : parts).map((part) => part(s)).join(' · ');
}

function endText(end: number, settings: Settings): string {
  const iso = isoDateTime(end);
  return settings.dates.length === 1 && iso.startsWith(settings.dates[0]!) ? clockWithSeconds(end % 86_400) : iso.replace('T', ' ');
}

function minutes(seconds: number): string {
  const m = seconds / 60;
  return Number.isInteger(m) ? String(m) : m.toFixed(1);
}
