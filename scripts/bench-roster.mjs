// The roster the optimize benches share (scripts/bench-optimize.mjs, scripts/compare-highs.mjs).

/** A roster of `counselors` × `per` classes, headcounts 10–49 from a fixed seed. */
export function roster(counselors, per) {
  let seed = 3;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const classes = [];
  for (let c = 0; c < counselors; c++)
    for (let k = 0; k < per; k++)
      classes.push({
        seq: classes.length + 1,
        name: `班${c}-${k}`,
        headcount: 10 + Math.floor(next() * 40),
        counselor: `导${c}`,
        source: { file: 'bench.csv', row: classes.length + 2 },
      });
  return { file: 'bench.csv', classes, warnings: [], skippedRows: [] };
}
