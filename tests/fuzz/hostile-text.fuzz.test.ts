import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { noticeTable } from '../../src/core/notice/notice-table.js';
import { fillTemplate, PLACEHOLDERS, type Placeholder } from '../../src/core/notice/template.js';
import { templateBlocks } from '../../src/core/notice/template-blocks.js';
import { parseRoster } from '../../src/core/roster/roster.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { renderMarkdown } from '../../src/write/markdown.js';
import type { Paint } from '../../src/write/paint.js';
import { renderSummary } from '../../src/write/terminal.js';
import { settingsOf } from '../helpers.js';
import { BYTE_RUNS, TIMEOUT } from './pipeline.js';

/** Text a terminal would act on; a summary line may only hold its own line breaks. */
const ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const plain = (text: string) => text;
const PLAIN: Paint = { red: plain, green: plain, yellow: plain, bold: plain, dim: plain };

/** Pieces of hostile roster text: controls, escape sequences, bidi controls, Markdown and GFM marks, placeholders. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\u0000',
        '\u001b[2J',
        '\u001b]0;x\u0007',
        '\u009b31m',
        '\u007f',
        '\u202e',
        '\u2066',
        '\t',
        '\n',
        '~~',
        '$x$',
        'www.x.cn',
        'https://evil.example',
        'a@b.cn',
        '&lt;',
        '{{',
        '}}',
        '|',
        '**',
      ),
      fc.string({ maxLength: 4 }),
      fc.constantFrom('软件', '张三', 'A'),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

describe('hostile roster text', () => {
  it(
    'is refused by its cell when it holds a control character, else reaches the terminal escaped',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(hostile, hostile), { minLength: 1, maxLength: 4 }), async (rows) => {
          const table = {
            file: 'r.csv',
            rows: [
              { row: 1, cells: ['班级名称', '人数', '辅导员'] },
              ...rows.map(([name, counselor], i) => ({ row: i + 2, cells: [`${name}${i}`, 30, counselor] })),
            ],
          };
          const refusedText = rows.some((r) =>
            r.some((t) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(t)),
          );
          let roster: ReturnType<typeof parseRoster>;
          try {
            roster = parseRoster({ file: 'r.csv', sheets: [table] });
          } catch (error) {
            if (!(error instanceof CapturePlanError)) throw error;
            if (refusedText) expect(error.problems.map((p) => p.key)).toContain('controlCharacter');
            return;
          }
          expect(refusedText).toBe(false);
          const notice = noticeTable(schedule(roster, settingsOf()), { lang: 'zh', round: 10, gather: 10 });
          const summary = await renderSummary(notice, ['n.md'], PLAIN);
          for (const line of summary.split('\n')) expect(line).not.toMatch(ACTIVE);
          const md = renderMarkdown(notice);
          expect(md).not.toMatch(/(?<!\\)~|(?<!\\)\$|https:\/\/|(?<!\\)@/);
        }),
        { numRuns: BYTE_RUNS },
      );
    },
    TIMEOUT,
  );
});

const values = Object.fromEntries(PLACEHOLDERS.map((p, i) => [p, i % 4 === 0 ? '' : `<${p}>`])) as Record<
  Placeholder,
  string
>;

describe('template shapes', () => {
  it(
    'any template fills, or is refused with its unknown placeholders, in linear time',
    () => {
      const piece = fc.constantFrom(
        '{{',
        '{',
        '}',
        '}}',
        ' ',
        '\t',
        '\n',
        '\r\n',
        '**',
        '\\',
        '#',
        '# ',
        '- ',
        'title',
        'table',
        'warning',
        'x',
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 2000 }), (parts, repeat) => {
          const text = parts.join('').repeat(repeat);
          const started = performance.now();
          for (const fill of [() => fillTemplate(text, values, 't.md'), () => templateBlocks(text, values, 't.md')]) {
            try {
              fill();
            } catch (error) {
              if (!(error instanceof CapturePlanError)) throw error;
              expect(error.problems.every((p) => p.key === 'unknownPlaceholder')).toBe(true);
            }
          }
          // 2 000 repeats of 60 pieces is ~200 KB: a backtracking pattern took minutes on far less
          expect(performance.now() - started).toBeLessThan(2000);
          if (!text.includes('{{')) expect(fillTemplate(text, values, 't.md')).toBe(text);
        }),
        { numRuns: BYTE_RUNS },
      );
    },
    TIMEOUT,
  );
});
