import { describe, expect, it } from 'vitest';
import type { TimelineDay } from '../../src/core/notice/timeline.js';
import { renderSvgTimeline } from '../../src/write/svg-timeline.js';

const width = (text: string) => [...text].length;

/** A day whose axis runs from 08:30 to `untilHour`, one row with one bar. */
function day(untilHour: number): TimelineDay {
  const hours = [];
  for (let h = 9; h <= untilHour; h++) hours.push(h * 3600);
  return {
    date: '2024-04-24',
    label: '2024年4月24日',
    from: 8.5 * 3600,
    to: untilHour * 3600,
    hours,
    sessions: [{ start: 8.5 * 3600, end: 18 * 3600 }],
    breaks: [],
    notes: [],
    rows: [{ label: 'A1-108', bars: [{ start: 8.5 * 3600, end: untilHour * 3600, label: 'x' }] }],
  };
}

/** The hour labels: their x and text, in order. */
function hourLabels(svg: string): { x: number; text: string }[] {
  return [...svg.matchAll(/<text x="([\d.]+)" y="\d+" text-anchor="middle"[^>]*>([^<]+)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    text: m[2]!,
  }));
}

describe('the timeline axis', () => {
  it.each([
    [18, 1],
    [31, 2],
    [46, 3],
    [80, 6],
  ])('an axis to %i:00 labels every %i hour(s), the labels a label and a gap apart', (until, step) => {
    const labels = hourLabels(renderSvgTimeline(day(until), '休息', width));
    expect(labels[0]!.text).toBe(step === 1 ? '9:00' : `${Math.ceil(9 / step) * step}:00`);
    const hoursApart = labels
      .slice(1)
      .map((l, i) => Number(l.text.split(':')[0]) - Number(labels[i]!.text.split(':')[0]));
    expect(new Set(hoursApart)).toEqual(new Set([step]));
    // five characters at 7 units each, and a gap
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.x - labels[i - 1]!.x).toBeGreaterThanOrEqual(5 * 7 + 12);
  });
});
