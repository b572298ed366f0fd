import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BYTE_RUNS, pipeline, sometimes, TIMEOUT, tally } from './pipeline.js';

const ZIP_MAGIC = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);

describe('random bytes', () => {
  it.each(['.csv', '.xlsx'])(
    'as %s: a notice or a CapturePlanError',
    async (extension) => {
      const { outcomes, note } = tally();
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, zipMagic) => {
          // Half the runs start like a zip, so the XLSX path (zip guard, exceljs) is reached and not only the sniffing.
          note(await pipeline(zipMagic ? Buffer.concat([ZIP_MAGIC, bytes]) : bytes, extension));
        }),
        { numRuns: BYTE_RUNS },
      );
      expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(BYTE_RUNS);
    },
    TIMEOUT,
  );

  it(
    'random CSV text built from roster words, delimiters and quotes',
    async () => {
      const { outcomes, note } = tally();
      const odd = fc.oneof(
        fc.constantFrom(
          '班级名称',
          '人数',
          '辅导员',
          '序号',
          '合计',
          '小计',
          'Class',
          '',
          ' ',
          '0',
          '-3',
          '1001',
          '31人',
          '３１',
          '1e3',
          'NaN',
          '"',
          '""',
          '"a,b"',
          '=1+1',
          '\u202e',
        ),
        fc.string({ maxLength: 12 }),
      );
      /** Mostly a good value, sometimes an odd one. */
      const mostly = (good: fc.Arbitrary<string>) =>
        fc.oneof({ arbitrary: good, weight: 39 }, { arbitrary: odd, weight: 1 });
      const row = fc
        .tuple(
          mostly(fc.nat(9999).map((n) => `软件${n}`)),
          mostly(fc.integer({ min: 1, max: 60 }).map(String)),
          mostly(fc.constantFrom('杜宇飞', '何芬', '')),
        )
        .chain((cells) => sometimes(odd, 1 / 40).map((extra) => (extra === undefined ? cells : [...cells, extra])));
      const text = fc
        .tuple(
          fc.constantFrom(',', ';', '\t'),
          fc.constantFrom('\n', '\r\n', '\r'),
          fc.array(row, { maxLength: 8 }),
          fc.nat(5),
        )
        .map(([d, eol, rows, noHeader]) =>
          [...(noHeader === 0 ? [] : [['班级名称', '人数', '辅导员']]), ...rows].map((r) => r.join(d)).join(eol),
        );
      await fc.assert(
        fc.asyncProperty(text, async (t) => {
          note(await pipeline(Buffer.from(t, 'utf8'), '.csv'));
        }),
        { numRuns: BYTE_RUNS },
      );
      expect(outcomes.get('notice')).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
