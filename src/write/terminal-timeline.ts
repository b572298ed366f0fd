import { maxOf } from '../core/arrays.js';
import type { TimelineDay } from '../core/notice/timeline.js';
import type { WidthOf } from './display-width.js';
import type { Paint } from './paint.js';

const LABEL_MAX = 10;

/**
 * A day as text that fits `columns` (80 by default): an hour axis, then one line per counselor where █ is a class
 * and · a break. Names are padded by display width, so Chinese names line up.
 */
export function renderTerminalTimeline(day: TimelineDay, paint: Paint, widthOf: WidthOf, columns = 80): string[] {
  const labelWidth = Math.min(
    LABEL_MAX,
    maxOf(
      day.rows.map((r) => widthOf(r.label)),
      4,
    ),
  );
  const width = columns - labelWidth - 2;
  const span = day.to - day.from;
  const at = (t: number) => Math.min(width - 1, Math.max(0, Math.floor(((t - day.from) / span) * width)));
  const inBreak = (t: number) => day.breaks.some((b) => t >= b.start && t < b.end);

  const axis = Array.from({ length: width }, () => ' ');
  for (const hour of day.hours) {
    const text = String(hour / 3600);
    const pos = at(hour);
    if (pos + text.length <= width && axis.slice(Math.max(0, pos - 1), pos + text.length).every((ch) => ch === ' ')) {
      [...text].forEach((ch, i) => {
        axis[pos + i] = ch;
      });
    }
  }
  const lines = [`${' '.repeat(labelWidth)}  ${axis.join('').trimEnd()}`];
  for (const row of day.rows) {
    const cells: string[] = [];
    for (let i = 0; i < width; i++) {
      const from = day.from + (i / width) * span;
      const to = day.from + ((i + 1) / width) * span;
      const bar = row.bars.find((b) => b.start < to && b.end > from);
      if (bar) cells.push('█');
      else cells.push(inBreak((from + to) / 2) ? paint.dim('·') : ' ');
    }
    lines.push(`${fitToWidth(row.label, labelWidth, widthOf)}  ${cells.join('').trimEnd()}`);
  }
  return lines;
}

/** Pads or cuts text to a display width. */
function fitToWidth(text: string, width: number, widthOf: WidthOf): string {
  let out = '';
  for (const ch of text) {
    if (widthOf(out + ch) > width) break;
    out += ch;
  }
  return out + ' '.repeat(width - widthOf(out));
}
