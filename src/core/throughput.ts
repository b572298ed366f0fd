/** A photographer's rate: `people` per `count` `unit`s (20/10min). */
export interface Throughput {
  people: number;
  count: number;
  unit: 's' | 'min' | 'h';
}

const UNIT_SECONDS = { s: 1, min: 60, h: 3600 } as const;

/** Seconds the throughput's period lasts (600 for 20/10min). */
export function periodSeconds(t: Throughput): number {
  return t.count * UNIT_SECONDS[t.unit];
}

/** The canonical text of a throughput: 20/10min, 2/min, 120/h. */
export function formatThroughput(t: Throughput): string {
  return `${t.people}/${t.count === 1 ? '' : t.count}${t.unit}`;
}
