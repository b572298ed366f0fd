import { describe, expect, it } from 'vitest';
import { type MergedColumn, type PageRoom, paginate, type Span } from '../../src/write/paginate.js';

/** A span over rows first…last whose label needs one row of 10 (or `continued` when repeated). */
const span = (first: number, last: number, continued = 10): Span => ({
  first,
  last,
  need: 10,
  continuedNeed: continued,
});
const rows = (count: number, height = 10) => Array.from({ length: count }, () => height);
const room = (first: number, next = first): PageRoom => ({ first, next, step: 0.75 });
/** Columns of spans, each costing 1 to cut (kept whole whenever a page can end before it). */
const cols = (...columns: Span[][]): MergedColumn[] => columns.map((spans) => ({ spans, cutCost: 1 }));

describe('paginate', () => {
  it.each<[string, number[], MergedColumn[], PageRoom, number[]]>([
    ['everything fits on one page', rows(5), cols(), room(50), []],
    ['no merges: every page as full as it gets', rows(10), cols(), room(35, 40), [3, 7]],
    ['an empty table', [], cols(), room(50), []],
    ['a group that fits a page starts a new page instead of being cut', rows(10), cols([span(3, 6)]), room(50), [3, 8]],
    [
      'a group longer than a page is cut where its inner groups meet (room over all, counselors inside)',
      rows(10),
      cols([span(0, 9)], [span(0, 2), span(3, 5), span(6, 9)]),
      room(50),
      [3, 6],
    ],
    [
      'nested groups that all fit keep together; the break goes between the outer ones',
      rows(12),
      cols([span(0, 3), span(4, 8), span(9, 11)], [span(0, 1), span(2, 3), span(4, 6), span(7, 8)]),
      room(60),
      [4, 9],
    ],
    [
      'a slot cheap to cut (0.25) is cut rather than leave more than a quarter of the page empty',
      rows(10),
      [
        { spans: [span(0, 9)], cutCost: 0 },
        { spans: [span(0, 2), span(3, 9)], cutCost: 0.25 },
      ],
      room(60, 100),
      [6],
    ],
    [
      '… and kept whole when that leaves less empty',
      rows(10),
      [
        { spans: [span(0, 9)], cutCost: 0 },
        { spans: [span(0, 4), span(5, 9)], cutCost: 0.25 },
      ],
      room(60, 100),
      [5],
    ],
    [
      'over all pages: a slot is kept whole where cutting it saves no page (one page at a time would cut it)',
      rows(13),
      [
        { spans: [span(0, 6), span(7, 12)], cutCost: 2 },
        { spans: [span(0, 3), span(4, 6), span(7, 12)], cutCost: 0.25 },
      ],
      room(60),
      [4, 7],
    ],
    ['a row taller than a page stands alone', [10, 100, 10], cols(), room(50), [1, 2]],
    [
      'when every break cuts a group that would fit a page, the latest one',
      rows(6),
      cols([span(0, 3)]),
      room(30, 40),
      [3],
    ],
    [
      'the first page holds less (the title), the later ones more',
      rows(12),
      cols([span(0, 1), span(2, 4), span(5, 6), span(7, 11)]),
      room(30, 60),
      [2, 7],
    ],
  ])('%s', (_, heights, columns, pageRoom, starts) => {
    expect(paginate(heights, columns, pageRoom).starts).toEqual(starts);
  });

  it.each<[string, MergedColumn[], number[]]>([
    ['no repeated label: heights unchanged', cols([span(0, 5)]), rows(6)],
    // page 2 holds rows 4 and 5 (20): the repeated label needs 25, so row 4 grows by 5 (rounded to 0.75: 5.25)
    [
      'a repeated label taller than the rows left grows the page’s first row',
      cols([span(0, 5, 25)]),
      [10, 10, 10, 10, 15.25, 10],
    ],
    // two columns cut at the same break: the taller label counts, once
    [
      'labels of several columns share the room they need',
      cols([span(0, 5, 25)], [span(0, 5, 18)]),
      [10, 10, 10, 10, 15.25, 10],
    ],
  ])('%s', (_, columns, heights) => {
    expect(paginate(rows(6), columns, room(40)).heights).toEqual(heights);
  });

  it('the head of a group cut at a page end gets the room its label needs', () => {
    // the group (rows 2…3, 35) is longer than a later page (30): cut below row 2, whose label needs 15, not 10
    const head: Span = { first: 2, last: 3, need: 15, continuedNeed: 10 };
    expect(paginate([10, 10, 10, 25], cols([head]), room(40, 30))).toEqual({
      starts: [3],
      heights: [10, 10, 15.25, 25],
    });
  });

  it('never puts more on a page than it holds, repeated labels included', () => {
    const heights = Array.from({ length: 200 }, (_, i) => 15 + (i % 7 === 0 ? 18 : 0));
    const counselors: Span[] = [];
    for (let first = 0; first < 200; first += 3 + (first % 11)) {
      const last = Math.min(199, first + 2 + (first % 11));
      counselors.push({ first, last, need: 15, continuedNeed: 33 });
    }
    const columns = cols([{ first: 0, last: 199, need: 15, continuedNeed: 15 }], counselors);
    const pages = paginate(heights, columns, room(700, 740));
    const bounds = [0, ...pages.starts, 200];
    for (let p = 0; p + 1 < bounds.length; p++) {
      const page = pages.heights.slice(bounds[p], bounds[p + 1]).reduce((a, b) => a + b, 0);
      expect(page).toBeLessThanOrEqual(p === 0 ? 700 : 740);
    }
    // no counselor's group is cut: each fits a page
    for (const s of counselors) expect(pages.starts.filter((b) => b > s.first && b <= s.last)).toEqual([]);
  });
});
