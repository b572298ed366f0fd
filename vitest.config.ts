import { configDefaults, defineConfig } from 'vitest/config';

/** Test files that hold code to a tight time or memory limit: they run one at a time, after the others, alone. */
const TIMED = [
  'tests/core/rooms-order-constraints.test.ts',
  'tests/core/students-speed.test.ts',
  'tests/read/csv-limits.test.ts',
  'tests/read/guard-cli.test.ts',
  'tests/read/sheet-guard-reads.test.ts',
  'tests/read/sheet-guard-refused.test.ts',
  'tests/read/sheet-inspector.test.ts',
  'tests/read/xlsx-merges.test.ts',
  'tests/read/zip-guard.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'parallel',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...TIMED],
          // one worker per core (vitest's default leaves one for itself, which has little to do here)
          maxWorkers: '100%',
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'timed', include: TIMED, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
