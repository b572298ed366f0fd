import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { refusedCharacter } from '../../src/core/roster/control-chars.js';
import type { RawTable } from '../../src/core/roster/raw-table.js';
import { parseRoster } from '../../src/core/roster/roster.js';

describe('refusedCharacter', () => {
  it.each([
    ['软件2101', undefined],
    ['软件\n2101\r\n\t', undefined],
    ['a\u0000b', 'U+0000'],
    ['\u001b[31m', 'U+001B'],
    ['\u000b', 'U+000B'],
    ['\u007f', 'U+007F'],
    ['\u0085', 'U+0085'],
    ['a\ud800b', 'U+D800'],
    ['a\udc00', 'U+DC00'],
    ['𠀀 \u202e', undefined],
  ])('%j → %s', (text, code) => {
    expect(refusedCharacter(text)).toBe(code);
  });
});

const sheet = (name: string, rows: (string | number)[][]): RawTable => ({
  file: 'r.xlsx',
  sheet: name,
  rows: rows.map((cells, i) => ({ row: i + 1, cells })),
});

describe('parseRoster refuses control characters', () => {
  const header = ['班级', '人数', '辅导员'];
  it('in any cell from the header down, every one at once, by sheet, row and column', () => {
    const workbook = {
      file: 'r.xlsx',
      sheets: [
        sheet('计算机学院', [header, ['软件1', 30, '张\u0000三'], ['软件2', 30, '张三']]),
        sheet('数学\u001b[2J学院', [header, ['数学1\u0007', 30, '李四']]),
      ],
    };
    let caught: unknown;
    try {
      parseRoster(workbook);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CapturePlanError);
    expect((caught as CapturePlanError).problems.map((p) => [p.key, p.params, p.where])).toEqual([
      [
        'controlCharacter',
        { code: 'U+0000' },
        { file: 'r.xlsx', sheet: '计算机学院', row: 2, column: 'C', header: '辅导员' },
      ],
      ['controlInSheetName', { code: 'U+001B' }, { file: 'r.xlsx', sheet: '数学\u001b[2J学院' }],
      [
        'controlCharacter',
        { code: 'U+0007' },
        { file: 'r.xlsx', sheet: '数学\u001b[2J学院', row: 2, column: 'A', header: '班级' },
      ],
    ]);
  });

  it('a title row above the header is not read, so it may hold anything', () => {
    const roster = parseRoster({
      file: 'r.csv',
      sheets: [sheet('s', [['名单\u0000'], header, ['软件1', 30, '张三']])],
    });
    expect(roster.classes.map((c) => c.name)).toEqual(['软件1']);
  });
});
