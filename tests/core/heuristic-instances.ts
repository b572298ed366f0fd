// The instances scripts/compare-heuristic.mjs measures `--order optimize`'s heuristic on (issue 16), seeded so that
// every run (and optimize-heuristic.test.ts) sees the same: 9–60 counselors of 1–8 classes, 20–50 people, 15–25
// people/10min, changeover 0–5 min, colleges in half of them; one or two days of a morning and an afternoon session
// stretched so the room is loaded 85–105 %, or real sessions (08:30–12:00, 13:30–18:00) over as many days as that
// load needs.
import type { ClassEntry } from '../../src/core/roster/model.js';
import type { RoomQueue } from '../../src/core/schedule/placement.js';
import type { Slot } from '../../src/core/schedule/slot.js';

/** A seeded generator of numbers in [0, 1). */
export function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const between = (random: () => number, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

/** Instance i: its groups in roster order, its queue, and how many colleges (0: none). */
export function instance(i: number): { groups: ClassEntry[][]; queue: RoomQueue; colleges: number } {
  const random = generator(1000 + i * 7919);
  const counselors = 9 + (i < 16 ? i % 3 : between(random, 0, 51));
  const colleges = i % 2 === 0 ? 0 : between(random, 2, 6);
  const groups: ClassEntry[][] = [];
  let seq = 1;
  let people = 0;
  for (let c = 0; c < counselors; c++) {
    const college = colleges ? `学院${Math.floor((c * colleges) / counselors)}` : undefined;
    const group: ClassEntry[] = [];
    for (let k = between(random, 1, 8); k > 0; k--) {
      const headcount = between(random, 20, 50);
      people += headcount;
      group.push({
        seq: seq++,
        name: `班${c}-${k}`,
        headcount,
        counselor: `导${c}`,
        ...(college ? { college } : {}),
        source: { file: 'compare.csv', row: seq },
      });
    }
    groups.push(group);
  }
  const rate = between(random, 15, 25);
  const period = 600;
  const needed = (people * period) / rate;
  const load = 0.85 + random() * 0.2;
  const day = 86_400;
  const slots: Slot[] = [];
  if (i % 4 < 2) {
    // one or two days of two sessions, stretched to the load (morning 3.5 h : afternoon 4.5 h)
    const days = 1 + (i % 2);
    const perDay = needed / load / days;
    for (let d = 0; d < days; d++) {
      const morning = Math.round((perDay * 3.5) / 8);
      const start = d * day + 8.5 * 3600;
      slots.push({ start, end: start + morning } as Slot);
      slots.push({ start: start + morning + 5400, end: start + morning + 5400 + Math.round(perDay - morning) } as Slot);
    }
  } else {
    const days = Math.max(1, Math.round(needed / load / (8 * 3600)));
    for (let d = 0; d < days; d++) {
      slots.push({ start: d * day + 8.5 * 3600, end: d * day + 12 * 3600 } as Slot);
      slots.push({ start: d * day + 13.5 * 3600, end: d * day + 18 * 3600 } as Slot);
    }
  }
  const changeover = between(random, 0, 5) * 60;
  return { groups, queue: { slots, people: rate, period, changeover, fillBreaks: false }, colleges };
}
