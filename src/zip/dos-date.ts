/**
 * `stamp`'s UTC day as a DOS date, the form zip entries carry. DOS dates hold 1980–2107: a stamp outside
 * (SOURCE_DATE_EPOCH=0, say) is clamped to 1 January of the nearest end.
 */
export function dosDate(stamp: Date): number {
  const year = Math.min(2107, Math.max(1980, stamp.getUTCFullYear()));
  const inRange = year === stamp.getUTCFullYear();
  return ((year - 1980) << 9) | ((inRange ? stamp.getUTCMonth() + 1 : 1) << 5) | (inRange ? stamp.getUTCDate() : 1);
}
