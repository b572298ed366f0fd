import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { pipeline, TIMEOUT, tally, XLSX_RUNS } from './pipeline.js';

const SEED_XLSX = readFileSync(fixture('seed-roster.xlsx'));
/** Where the seed's central directory starts, from its end record. */
const SEED_CD = SEED_XLSX.readUInt32LE(SEED_XLSX.length - 22 + 16);

describe('mutated XLSX', () => {
  it(
    'the seed truncated at a random point',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: SEED_XLSX.length - 1 }), async (at) => {
          await pipeline(SEED_XLSX.subarray(0, at), '.xlsx');
        }),
        { numRuns: XLSX_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'the seed with bytes flipped, anywhere or in the central directory',
    async () => {
      const { outcomes, note } = tally();
      const anywhere = fc.integer({ min: 0, max: SEED_XLSX.length - 1 });
      const inDirectory = fc.integer({ min: SEED_CD, max: SEED_XLSX.length - 1 });
      const flip = fc.tuple(fc.oneof(anywhere, inDirectory), fc.integer({ min: 1, max: 255 }));
      await fc.assert(
        fc.asyncProperty(fc.array(flip, { minLength: 1, maxLength: 4 }), async (flips) => {
          const bytes = Buffer.from(SEED_XLSX);
          for (const [at, mask] of flips) bytes[at] = bytes[at]! ^ mask;
          note(await pipeline(bytes, '.xlsx'));
        }),
        { numRuns: XLSX_RUNS },
      );
      expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(XLSX_RUNS);
    },
    TIMEOUT,
  );
});
