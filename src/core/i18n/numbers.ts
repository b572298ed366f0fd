/** A number as the notice shows it: whole, or with one decimal. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
