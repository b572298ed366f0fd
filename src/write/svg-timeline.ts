import { maxOf } from '../core/arrays.js';
import type { TimelineDay } from '../core/notice/timeline.js';
import { clock } from '../core/time.js';
import type { WidthOf } from './display-width.js';
import { escapeHtml } from './html-escape.js';

/** Geometry of the picture, in viewBox units (the SVG scales to its container's width). */
const WIDTH = 800;
const FONT_SIZE = 13;
/** Roughly how wide one terminal column of text is (a CJK character takes two), for sizing the label column. */
const COLUMN_WIDTH = 7;
const LABEL_GAP = 10;
const MIN_LABEL_WIDTH = 64;
const MAX_LABEL_WIDTH = 200;
const RIGHT_PAD = 20;
const AXIS_HEIGHT = 26;
const ROW_HEIGHT = 28;
const BAR_HEIGHT = 18;
const BOTTOM_PAD = 6;
/** Hours between two labelled hours, tried in turn until labels no longer touch; space kept between two labels. */
const HOUR_STEPS = [1, 2, 3, 4, 6, 12, 24];
const HOUR_LABEL_GAP = 12;
/** Hour lines closer than this are drawn only where labelled. */
const MIN_LINE_GAP = 6;

const BAR_FILL = '#4a7fb5';
const BREAK_FILL = '#e6e6e6';
const GRID = '#d0d0d0';
const INK = '#333333';

/**
 * One day of the plan as an inline SVG: the hours on an axis, breaks shaded, a row per counselor and a bar per
 * scheduled class (the day's notes, under the picture, count the others). Every class names itself on hover through
 * its `<title>`.
 */
export function renderSvgTimeline(day: TimelineDay, breakLabel: string, widthOf: WidthOf): string {
  const span = Math.max(1, day.to - day.from);
  const widest = maxOf(
    day.rows.map((r) => widthOf(r.label) * COLUMN_WIDTH),
    0,
  );
  const LABEL_WIDTH = Math.round(Math.min(MAX_LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, widest + 2 * LABEL_GAP)));
  const plotWidth = WIDTH - LABEL_WIDTH - RIGHT_PAD;
  const x = (t: number) => LABEL_WIDTH + ((t - day.from) / span) * plotWidth;
  const plotTop = AXIS_HEIGHT;
  const plotBottom = AXIS_HEIGHT + day.rows.length * ROW_HEIGHT;
  const height = plotBottom + BOTTOM_PAD;
  const out: string[] = [];

  out.push(
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" role="img"` +
      ` font-family="inherit" font-size="${FONT_SIZE}">`,
  );
  out.push(`<title>${escapeHtml(day.label)}</title>`);

  // Breaks: shaded bands across every row, named on hover.
  for (const b of day.breaks) {
    const from = Math.max(b.start, day.from);
    const to = Math.min(b.end, day.to);
    if (to <= from) continue;
    out.push(
      `<rect class="break" x="${num(x(from))}" y="${plotTop}" width="${num(x(to) - x(from))}" height="${plotBottom - plotTop}" fill="${BREAK_FILL}">` +
        `<title>${escapeHtml(breakLabel)}</title></rect>`,
    );
  }

  // Row separators, under the bars.
  day.rows.forEach((_, i) => {
    if (i % 2 === 1) {
      out.push(
        `<rect class="band" x="${LABEL_WIDTH}" y="${plotTop + i * ROW_HEIGHT}" width="${plotWidth}" height="${ROW_HEIGHT}" fill="#000000" fill-opacity="0.03"/>`,
      );
    }
  });

  // The hour axis: a tick and a time on top, a faint line down through the rows; on a long axis only every few hours
  // is labelled (and, when even the lines would crowd, drawn), so labels never run together.
  const hourWidth = plotWidth / (span / 3600);
  const labelWidth =
    maxOf(
      day.hours.map((h) => widthOf(clock(h)) * COLUMN_WIDTH),
      0,
    ) + HOUR_LABEL_GAP;
  const step = HOUR_STEPS.find((n) => n * hourWidth >= labelWidth) ?? HOUR_STEPS[HOUR_STEPS.length - 1]!;
  for (const h of day.hours) {
    const labelled = (h / 3600) % step === 0;
    if (!labelled && hourWidth < MIN_LINE_GAP) continue;
    const hx = num(x(h));
    out.push(
      `<line class="hour" x1="${hx}" y1="${plotTop - (labelled ? 5 : 2)}" x2="${hx}" y2="${plotBottom}" stroke="${GRID}" stroke-width="1"/>`,
    );
    if (labelled) {
      out.push(`<text x="${hx}" y="${plotTop - 9}" text-anchor="middle" fill="${INK}">${escapeHtml(clock(h))}</text>`);
    }
  }
  out.push(
    `<line class="axis" x1="${LABEL_WIDTH}" y1="${plotTop}" x2="${WIDTH - RIGHT_PAD}" y2="${plotTop}" stroke="#999999" stroke-width="1"/>`,
  );

  // A row per counselor: the name on the left, a bar per class.
  day.rows.forEach((row, i) => {
    const top = plotTop + i * ROW_HEIGHT;
    const mid = top + ROW_HEIGHT / 2;
    // The name sits in its own viewport, which clips a name too long for the label column instead of spilling out.
    const fits = widthOf(row.label) * COLUMN_WIDTH + 2 * LABEL_GAP <= LABEL_WIDTH;
    out.push(
      `<svg class="counselor" x="0" y="${top}" width="${LABEL_WIDTH - LABEL_GAP / 2}" height="${ROW_HEIGHT}">` +
        `<text x="${fits ? LABEL_WIDTH - LABEL_GAP : 2}" y="${ROW_HEIGHT / 2}" text-anchor="${fits ? 'end' : 'start'}" dominant-baseline="central" fill="${INK}">` +
        `<title>${escapeHtml(row.label)}</title>${escapeHtml(row.label)}</text></svg>`,
    );
    for (const bar of row.bars) {
      const bx = num(x(bar.start));
      const width = num(Math.max(0.5, x(bar.end) - x(bar.start)));
      out.push(
        `<rect class="bar" x="${bx}" y="${num(mid - BAR_HEIGHT / 2)}" width="${width}" height="${BAR_HEIGHT}" rx="2" fill="${BAR_FILL}" stroke="#ffffff" stroke-width="1">` +
          `<title>${escapeHtml(bar.label)}</title></rect>`,
      );
    }
  });
  out.push(
    `<line class="axis" x1="${LABEL_WIDTH}" y1="${plotBottom}" x2="${WIDTH - RIGHT_PAD}" y2="${plotBottom}" stroke="#999999" stroke-width="1"/>`,
  );

  out.push('</svg>');
  return out.join('\n');
}

/** A coordinate with at most two decimals, so the output is short and stable. */
function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}
