import { pushAll } from '../core/arrays.js';
import type { NoticeTable } from '../core/notice/notice-table.js';
import { widthOf } from './display-width.js';
import type { Paint } from './paint.js';
import { terminalText } from './terminal-text.js';
import { renderTerminalTimeline } from './terminal-timeline.js';

/** Days drawn in the terminal; the rest are in the outputs. */
const DAYS_DRAWN = 7;

/**
 * The terminal summary of a build: the headline figures (and the fees due), the day as a timeline, then fits or,
 * loudly, the overflow. Roster text and file names are shown escaped ({@link terminalText}).
 */
export async function renderSummary(notice: NoticeTable, written: readonly string[], paint: Paint): Promise<string> {
  const t = terminalText;
  const lines = [
    paint.bold(t(notice.headline)),
    t(notice.summarySentence),
    ...(notice.fee ? [t(notice.fee.totalLine)] : []),
    ...notice.orderNotes.map((n) => paint.dim(t(n))),
    ...(notice.campus?.notes ?? []).map(t),
    '',
  ];
  const days = notice.timeline
    .filter((day) => day.notes.length > 0 || day.rows.some((row) => row.bars.length > 0))
    .map((day) => ({ ...day, rows: day.rows.map((row) => ({ ...row, label: t(row.label) })) }));
  const width = await widthOf(days.flatMap((day) => day.rows.map((row) => row.label)));
  for (const day of days.slice(0, DAYS_DRAWN)) {
    if (days.length > 1) lines.push(paint.bold(t(day.label)));
    pushAll(lines, renderTerminalTimeline(day, paint, width));
    pushAll(
      lines,
      day.notes.map((n) => paint.red(t(n))),
    ).push('');
  }
  if (days.length > DAYS_DRAWN) lines.push(paint.dim(notice.moreDays(days.length - DAYS_DRAWN)), '');
  if (notice.warning) lines.push(paint.bold(paint.red(`✗ ${t(notice.warning)}`)));
  else lines.push(paint.green(`✓ ${t(notice.fitsSentence)}`));
  if (written.length > 0) {
    const named = written.slice(0, WRITTEN_NAMED).map(t).join(', ');
    const more = written.length > WRITTEN_NAMED ? `, … +${written.length - WRITTEN_NAMED}` : '';
    lines.push(paint.dim(`${notice.writtenLabel} ${named}${more}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Files named on the summary's last line; past them, only how many more (20 000 calendars made a 300 KB line). */
const WRITTEN_NAMED = 12;
