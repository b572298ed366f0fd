import { describe, expect, it } from 'vitest';
import { cutAtGroups } from '../../src/core/notice/group-merges.js';
import { cell, type TableModel } from '../../src/core/notice/table-model.js';

/** Rows of [counselor, date] cells as `text/rowSpan`. */
function table(rows: [string, string][]): TableModel {
  const parse = (c: string) => {
    const [text, span] = c.split('/');
    return cell(text!, Number(span));
  };
  return {
    columns: [
      { key: 'counselor', label: '辅导员' },
      { key: 'date', label: '日期' },
    ],
    rows: rows.map(([a, b]) => ({ cells: [parse(a), parse(b)], overflow: false })),
  };
}
const shown = (model: TableModel) => model.rows.map((r) => r.cells.map((c) => `${c.text}/${c.rowSpan}`));

describe('cutAtGroups', () => {
  it.each<[string, [string, string][], string[][]]>([
    [
      'a day over two counselors is cut between them',
      [
        ['甲/2', '4月22日/4'],
        ['/0', '/0'],
        ['乙/2', '/0'],
        ['/0', '/0'],
      ],
      [
        ['甲/2', '4月22日/2'],
        ['/0', '/0'],
        ['乙/2', '4月22日/2'],
        ['/0', '/0'],
      ],
    ],
    [
      'a new day inside a counselor stays',
      [
        ['甲/3', '4月22日/2'],
        ['/0', '/0'],
        ['/0', '4月23日/1'],
      ],
      [
        ['甲/3', '4月22日/2'],
        ['/0', '/0'],
        ['/0', '4月23日/1'],
      ],
    ],
    [
      'a one-row piece is a plain cell',
      [
        ['甲/1', '4月22日/2'],
        ['乙/1', '/0'],
      ],
      [
        ['甲/1', '4月22日/1'],
        ['乙/1', '4月22日/1'],
      ],
    ],
  ])('%s', (_, rows, expected) => {
    const model = table(rows);
    const before = shown(model);
    expect(shown(cutAtGroups(model, 'counselor', ['date']))).toEqual(expected);
    expect(shown(model)).toEqual(before);
  });

  it('returns a table without the group column as it was', () => {
    const model = table([['甲/1', 'x/1']]);
    expect(
      cutAtGroups({ ...model, columns: [{ key: 'class', label: '' }, model.columns[1]!] }, 'counselor', ['date']),
    ).toEqual({
      ...model,
      columns: [{ key: 'class', label: '' }, model.columns[1]!],
    });
  });
});
