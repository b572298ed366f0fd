// Pairs out of order, counted by merge sort: the number of adjacent swaps that sort a list. A plain double loop is
// quadratic, and a room's objective counts its counselors' swaps each time the room assignment scores a room.

/** How many pairs i < j have values[i] > values[j]. */
export function inversions(values: readonly number[]): number {
  const a = Float64Array.from(values);
  const b = new Float64Array(a.length);
  let count = 0;
  for (let width = 1; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length; lo += 2 * width) {
      const mid = Math.min(lo + width, a.length);
      const hi = Math.min(lo + 2 * width, a.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (a[j]! < a[i]!) {
          count += mid - i;
          b[k++] = a[j++]!;
        } else b[k++] = a[i++]!;
      }
      while (i < mid) b[k++] = a[i++]!;
      while (j < hi) b[k++] = a[j++]!;
    }
    a.set(b);
  }
  return count;
}
