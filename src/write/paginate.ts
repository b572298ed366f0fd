/** A merged range of one column, in row indices (inclusive), and the heights its label needs. */
export interface Span {
  first: number;
  last: number;
  /** Height its label needs. */
  need: number;
  /** Height its label needs when repeated, marked as continued, at the top of a later page. */
  continuedNeed: number;
}

/**
 * One column's merged ranges, disjoint and in order, and what cutting one that would fit on a page of its own costs,
 * in pages of paper: such a range is cut only where that saves more paper than this.
 */
export interface MergedColumn {
  spans: readonly Span[];
  cutCost: number;
}

/** How much the printed pages hold: the first page (below the title) and each later one, in the rows' points. */
export interface PageRoom {
  first: number;
  next: number;
  /** Heights added to rows are rounded up to a multiple of this (a pixel: 0.75 pt). */
  step: number;
}

/** Where the pages break, and the row heights once every split label has its room. */
export interface Pages {
  /** The rows that start a new page, ascending (never row 0). */
  starts: number[];
  heights: number[];
}

/**
 * Breaks rows of these heights into pages, losing the least over all pages (by dynamic programming): the share of
 * each page but the last left empty, plus the cost of each merged range cut that would have fit on a page of its own
 * (a counselor's block, a day, a time slot; a range longer than a page costs nothing to cut). Where a page starts inside a range its label
 * is repeated, so the rows the range covers on that page are made tall enough for the repeated label (and for the
 * head of a range cut at the page's end).
 */
export function paginate(heights: readonly number[], merged: readonly MergedColumn[], room: PageRoom): Pages {
  const n = heights.length;
  const columns = merged.map((m) => m.spans);
  const sums = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) sums[i + 1] = sums[i]! + heights[i]!;
  const sum = (from: number, to: number) => sums[to + 1]! - sums[from]!;
  // at[c][r]: the range of column c covering row r, or -1
  const at = columns.map((spans) => {
    const index = new Int32Array(n).fill(-1);
    spans.forEach((span, i) => {
      index.fill(i, span.first, span.last + 1);
    });
    return index;
  });
  // what a break below row b costs for the ranges it cuts that would fit on a page of their own
  const cutCost = new Float64Array(n);
  for (const { spans, cutCost: cost } of merged)
    for (const span of spans)
      if (sum(span.first, span.last) <= room.next) for (let b = span.first; b < span.last; b++) cutCost[b]! += cost;

  // What rows s…b need on top of their heights: `top` at s for the labels repeated there (the ranges `open` at s),
  // `bottom` at b for the heads of ranges cut below b. Written into these variables: the loop allocates nothing.
  const open: Span[] = [];
  let top = 0;
  let bottom = 0;
  const pageUse = (s: number, b: number) => {
    top = 0;
    for (let i = 0; i < open.length; i++) {
      const o = open[i]!;
      top = Math.max(top, o.continuedNeed - sum(s, Math.min(o.last, b)));
    }
    top = roundUp(top, room.step);
    bottom = 0;
    for (let c = 0; c < at.length && b < n - 1; c++) {
      const i = at[c]![b]!;
      const cut = i < 0 ? undefined : columns[c]![i]!;
      if (!cut || cut.last === b) continue;
      const from = Math.max(cut.first, s);
      const need = cut.first < s ? cut.continuedNeed : cut.need;
      bottom = Math.max(bottom, need - sum(from, b) - (from === s ? top : 0));
    }
    bottom = roundUp(bottom, room.step);
    return sum(s, b) + top + bottom;
  };

  // cost[s]: the least cost of laying out rows s… with a page starting at s; last[s]: where that page ends
  const cost = new Float64Array(n + 1);
  const last = new Int32Array(n);
  const tops = new Float64Array(n);
  const bottoms = new Float64Array(n);
  for (let s = n - 1; s >= 0; s--) {
    const capacity = s === 0 ? room.first : room.next;
    open.length = 0;
    for (let c = 0; c < at.length; c++) {
      const i = at[c]![s]!;
      if (i >= 0 && columns[c]![i]!.first < s) open.push(columns[c]![i]!);
    }
    // a row taller than a page stands alone, at the cost of a page
    pageUse(s, s);
    let [best, bestCost, bestTop, bestBottom] = [s, 1 + cutCost[s]! + cost[s + 1]!, top, bottom];
    for (let b = s; b < n && sum(s, b) <= capacity; b++) {
      const used = pageUse(s, b);
      if (used > capacity) continue;
      const total = (b === n - 1 ? 0 : (capacity - used) / capacity + cutCost[b]!) + cost[b + 1]!;
      if (total <= bestCost + 1e-9) [best, bestCost, bestTop, bestBottom] = [b, total, top, bottom];
    }
    [cost[s], last[s], tops[s], bottoms[s]] = [bestCost, best, bestTop, bestBottom];
  }
  const out = heights.slice();
  const starts: number[] = [];
  for (let s = 0; s < n; s = last[s]! + 1) {
    out[s] = out[s]! + tops[s]!;
    out[last[s]!] = out[last[s]!]! + bottoms[s]!;
    if (s > 0) starts.push(s);
  }
  return { starts, heights: out };
}

function roundUp(value: number, step: number): number {
  return value <= 0 ? 0 : Math.ceil(value / step - 1e-9) * step;
}
