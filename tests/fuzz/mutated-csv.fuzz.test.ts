import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { BYTE_RUNS, pipeline, TIMEOUT, tally } from './pipeline.js';

type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; mask: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'duplicateLine'; line: number }
  | { op: 'special'; at: number; text: string };

const SPECIALS = [
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  '\uFEFF',
  '合计',
  '人数',
  '="1+1"',
  '\u202e',
  '\ud800',
];

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({ op: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('special' as const), at: fc.nat(), text: fc.constantFrom(...SPECIALS) }),
);

function mutate(source: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(source);
  for (const m of mutations) {
    const at = 'at' in m ? m.at % (bytes.length + 1) : 0;
    switch (m.op) {
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'flip':
        if (at < bytes.length) bytes[at] = bytes[at]! ^ m.mask;
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
        break;
      case 'special':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text, 'utf8'), bytes.subarray(at)]);
        break;
      case 'duplicateLine': {
        const lines = bytes.toString('latin1').split('\n');
        const i = m.line % lines.length;
        lines.splice(i, 0, lines[i]!);
        bytes = Buffer.from(lines.join('\n'), 'latin1');
        break;
      }
    }
  }
  return bytes;
}

describe('mutated CSV fixtures', () => {
  it.each(['seed-roster.csv', 'messy/gbk.csv'])(
    '%s',
    async (name) => {
      const source = readFileSync(fixture(name));
      const { outcomes, note } = tally();
      await fc.assert(
        fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 5 }), async (mutations) => {
          note(await pipeline(mutate(source, mutations), '.csv'));
        }),
        { numRuns: BYTE_RUNS },
      );
      expect(outcomes.size).toBeGreaterThan(1);
    },
    TIMEOUT,
  );
});
