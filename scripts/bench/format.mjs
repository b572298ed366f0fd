// How the benchmark's tables write numbers (scripts/bench.mjs).

/** Milliseconds as a table cell. */
export const ms = (v) => (v === undefined ? '–' : `${Math.round(v).toLocaleString('en-US')}`);
/** KB as MB for a table cell. */
export const mb = (kb) => (kb === undefined ? '–' : `${Math.round(kb / 1024)}`);
/** A ratio as a table cell. */
export const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);

/** Lines of a Markdown table; `align` has one letter per column, l(eft) or r(ight). */
export function table(header, align, body) {
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `|${rule.join('|')}|`, ...body.map((cells) => `| ${cells.join(' | ')} |`)];
}
