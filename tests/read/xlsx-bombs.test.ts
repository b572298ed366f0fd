import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem-text.js';
import { checkBudget, XLSX_BUDGET } from '../../src/read/xlsx-budget.js';
import { BIN, workdir } from '../e2e/run-cli.js';
import { read } from './hostile-xlsx.js';
import { bombBook, budgetParts, nearLimitBook, sheetXml, XLSX_BOMBS } from './xlsx-bombs.js';
import { storedEntry } from './zip-builder.js';

/**
 * Before the element budget (issue 15), each of these made exceljs work for seconds to minutes and build 366 MB to
 * 2.6 GB (the 24 sheets ran out of memory). Each is now refused with exit 2 before exceljs sees it.
 */
describe('small workbooks that would make exceljs build hundreds of MB are refused, fast', () => {
  it.each([
    ['24 sheets of empty cells', 'totalSize', /全部条目解压后共 2\d\d(\.\d)? MB，上限是 100 MB/],
    ['one sheet of empty cells', 'cellCount', /读到工作表“名单1”时，单元格（含空单元格）已超过 500000 个/],
    ['empty rows', 'rowCount', /读到工作表“名单1”时，行（含空行）已超过 250000 行/],
    ['styles of empty formats', 'styleCount', /“xl\/styles\.xml”里的样式记录.*超过 100000 条，上限是 100000 条/],
    ['20 MB of shared strings', 'stringCount', /读到“xl\/sharedStrings\.xml”时，文字.*已超过 500000 段/],
    [
      'a million styled empty rows',
      'entrySize',
      /“xl\/worksheets\/sheet1\.xml”解压后有 38\.1 MB，单个条目的上限是 32 MB/,
    ],
    ['46 entries of 10 MiB of zeros', 'totalSize', /全部条目解压后共 460\.1 MB，上限是 100 MB/],
  ])(
    '%s: %s',
    async (name, rule, line) => {
      const bytes = XLSX_BOMBS[name]!();
      expect(bytes.length).toBeLessThan(6 * 1024 * 1024);
      const { error, ms, peakGrowthMb } = await read(bytes);
      expect(error?.exitCode).toBe(2);
      expect(error?.problems[0]).toMatchObject({ key: 'xlsxTooLarge', params: { rule } });
      expect(formatProblem(error!.problems[0]!, 'zh')).toMatch(line);
      expect(ms).toBeLessThan(5000);
      expect(peakGrowthMb).toBeLessThan(300);
    },
    30_000,
  );

  it('the built CLI stays under 400 MB and names the sheet and the limit, in Chinese and in English', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'bomb.xlsx'), XLSX_BOMBS['one sheet of empty cells']!());
    const run = (...args: string[]) => {
      // the child reports its own peak RSS as it exits
      const report = `process.on('exit',()=>process.stderr.write('\\nmaxRSS '+process.resourceUsage().maxRSS+'\\n'));import(${JSON.stringify(BIN)})`;
      const child = spawnSync(process.execPath, ['-e', report, 'bin', 'build', 'bomb.xlsx', ...args], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 20_000,
      });
      const peakMb = Number(/maxRSS (\d+)/.exec(child.stderr)?.[1]) / 1024;
      return { code: child.status, stderr: child.stderr.replace(/\nmaxRSS \d+\n$/, ''), peakMb };
    };
    const zh = run();
    expect(zh.code).toBe(2);
    expect(zh.peakMb).toBeLessThan(400);
    expect(zh.stderr).toContain(
      'bomb.xlsx：XLSX 文件过大，没有打开：读到工作表“名单1”时，单元格（含空单元格）已超过 500000 个，全部工作表合计上限是 500000 个。',
    );
    expect(zh.stderr.trim().split('\n')).toHaveLength(1);
    const en = run('--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'bomb.xlsx: the XLSX is too big to open safely, so it was not opened: by the sheet "名单1" it holds more than 500000 cells (empty ones too), the limit for all sheets together is 500000.',
    );
  }, 60_000);
});

describe('the element budget', () => {
  const small = { ...XLSX_BUDGET, maxCells: 15, maxRows: 6, maxStyles: 3, maxStrings: 2, maxSheetsBytes: 4000 };
  const book = budgetParts;

  it.each([
    ['cells, over all sheets', ['<row r="3"><c/><c/></row>', '<row r="3"><c/><c/><c/></row>'], 'cellCount', '表2'],
    ['rows, over all sheets', ['<row r="3"/>', '<row r="4"/><row r="5"/>'], 'rowCount', '表2'],
    [
      'rich-text runs in a sheet',
      ['<row r="3"><c t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r><r><t>c</t></r></is></c></row>'],
      'stringCount',
      '表1',
    ],
    ['sheet bytes, over all sheets', ['<x/>'.repeat(400), '<x/>'.repeat(400)], 'sheetsSize', '表2'],
  ])('%s', (_, sheets, rule, entry) => {
    expect(checkBudget(book(sheets), small)).toMatchObject({ rule, entry });
  });

  it('styles and shared strings are counted in their own parts; elements in comments and prefixed ones are not', () => {
    expect(
      checkBudget(
        book(
          [''],
          [['xl/styles.xml', '<styleSheet><fonts><font/></fonts><cellXfs><xf/><xf/><xf/></cellXfs></styleSheet>']],
        ),
        small,
      ),
    ).toMatchObject({ rule: 'styleCount', entry: 'xl/styles.xml', value: '> 3', limit: '3' });
    expect(
      checkBudget(
        book([''], [['xl/sharedStrings.xml', '<sst><si><t>a</t></si><si><t>b</t></si><si><t>c</t></si></sst>']]),
        small,
      ),
    ).toMatchObject({ rule: 'stringCount' });
    expect(
      checkBudget(
        book(
          [
            '<row r="3"><!-- <c/><c/><c/><c/><c/><c/><c/><c/> --><x:c/><x:c/><x:c/><x:c/><x:c/><x:c/><x:c/><x:c/><x:c/></row>',
          ],
          [],
        ),
        small,
      ),
    ).toBeUndefined();
    expect(
      checkBudget(book(['<row r="3"><c/><c/></row>'], [['xl/styles.xml', '<styleSheet><xf/></styleSheet>']]), small),
    ).toBeUndefined();
  });

  it('XML too broken to parse: counted as text, or by the parser up to the damage where a comment needs it', () => {
    const broken = `<row r="3"><c/>< ${'<c/>'.repeat(20)}</row>`;
    expect(checkBudget(book([broken]), small)).toMatchObject({ rule: 'cellCount' });
    expect(checkBudget(book([`<!-- a comment -->${broken}`]), small)).toBeUndefined();
  });

  it('a workbook just under the limits (499 002 cells) is read, in well under 5 s (exceljs took 7.6 s)', async () => {
    const { result, error, ms, peakGrowthMb } = await read(nearLimitBook());
    expect(error).toBeUndefined();
    expect(result!.sheets[0]!.rows.map((r) => r.cells)).toEqual([
      ['班级名称', '人数', '辅导员'],
      ['软件1', 30, '杜宇飞'],
    ]);
    expect(ms).toBeLessThan(2500);
    expect(peakGrowthMb).toBeLessThan(200);
  }, 30_000);

  it('a workbook of real size reads as before', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) =>
        `<row r="${i + 3}"><c r="A${i + 3}" t="inlineStr"><is><t>班${i}</t></is></c><c r="B${i + 3}"><v>30</v></c><c r="C${i + 3}" t="inlineStr"><is><t>甲</t></is></c></row>`,
    ).join('');
    const { result, error } = await read(bombBook([storedEntry('', sheetXml(rows))]));
    expect(error).toBeUndefined();
    expect(result!.sheets[0]!.rows).toHaveLength(5002);
  }, 30_000);
});
