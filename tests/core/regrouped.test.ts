import { describe, expect, it } from 'vitest';
import { regroupedWarnings } from '../../src/core/roster/regrouped.js';
import { rosterOf } from '../helpers.js';

/** The warnings for [name, counselor] rows (row 2 onwards, as under a header). */
function warningsOf(rows: readonly (readonly [string, string])[]) {
  const { classes } = rosterOf(rows.map(([name, counselor]) => [name, 30, counselor] as const));
  return regroupedWarnings(classes, { file: 'test.csv' }).map((w) => ({ key: w.key, ...w.params }));
}

describe('regroupedWarnings: rows that move up to their counselor', () => {
  it.each([
    [
      'a grouped roster moves nothing',
      [
        ['A1', '甲'],
        ['A2', '甲'],
        ['B1', '乙'],
      ],
      [],
    ],
    [
      'a run after another counselor joins the first run, once for the run',
      [
        ['A1', '甲'],
        ['A2', '甲'],
        ['B1', '乙'],
        ['A3', '甲'],
        ['A4', '甲'],
      ],
      [{ key: 'rowsJoined', rows: '5–6', classes: ['A3', 'A4'], counselor: '甲', college: '', joins: '2–3' }],
    ],
    [
      'each moved run is named, in file order',
      [
        ['A1', '甲'],
        ['B1', '乙'],
        ['A2', '甲'],
        ['B2', '乙'],
        ['C1', '丙'],
        ['C2', '丙'],
      ],
      [
        { key: 'rowsJoined', rows: '4', classes: ['A2'], counselor: '甲', college: '', joins: '2' },
        { key: 'rowsJoined', rows: '5', classes: ['B2'], counselor: '乙', college: '', joins: '3' },
      ],
    ],
    [
      'the same counselor moved twice is named twice',
      [
        ['A1', '甲'],
        ['B1', '乙'],
        ['A2', '甲'],
        ['B2', '乙'],
        ['A3', '甲'],
      ],
      [
        { key: 'rowsJoined', rows: '4', classes: ['A2'], counselor: '甲', college: '', joins: '2' },
        { key: 'rowsJoined', rows: '5', classes: ['B2'], counselor: '乙', college: '', joins: '3' },
        { key: 'rowsJoined', rows: '6', classes: ['A3'], counselor: '甲', college: '', joins: '2' },
      ],
    ],
  ] as const)('%s', (_title, rows, expected) => {
    expect(warningsOf(rows)).toEqual(expected);
  });

  it('names ten moved runs and counts the rest in one line', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`C${i}`, i % 2 === 0 ? '甲' : '乙'] as const);
    const warnings = warningsOf(rows);
    expect(warnings).toHaveLength(11);
    expect(warnings.slice(0, 10).every((w) => w.key === 'rowsJoined')).toBe(true);
    expect(warnings[10]).toEqual({ key: 'moreRowsJoined', count: 18 });
  });

  it.each([
    [
      'a college already grouped moves nothing',
      [
        ['A1', '甲', '经管'],
        ['B1', '乙', '经管'],
        ['C1', '甲', '艺术'],
      ],
      [],
    ],
    [
      'a same-name teacher of another college is another person: nothing joins',
      [
        ['A1', '王芳', '经管'],
        ['B1', '李明', '艺术'],
        ['C1', '王芳', '艺术'],
      ],
      [],
    ],
    [
      'a new counselor of a college seen before joins the college, with the run behind it',
      [
        ['A1', '甲', '经管'],
        ['B1', '乙', '艺术'],
        ['A2', '丙', '经管'],
        ['A3', '丁', '经管'],
      ],
      [{ key: 'collegeRowsJoined', rows: '4–5', classes: ['A2', 'A3'], college: '经管', joins: '2' }],
    ],
    [
      'a counselor joins their own rows, and the college teacher after them the college',
      [
        ['A1', '甲', '经管'],
        ['B1', '乙', '艺术'],
        ['A2', '甲', '经管'],
        ['A3', '丙', '经管'],
      ],
      [
        { key: 'rowsJoined', rows: '4', classes: ['A2'], counselor: '甲', college: '经管', joins: '2' },
        { key: 'collegeRowsJoined', rows: '5', classes: ['A3'], college: '经管', joins: '2' },
      ],
    ],
    [
      'a counselor after a moved run of another counselor did not move up: only the moved run is named',
      [
        ['A1', '李明', '计算机'],
        ['A2', '李明', '计算机'],
        ['B1', '赵磊', '计算机'],
        ['C1', '王芳', '艺术'],
        ['A3', '李明', '计算机'],
      ],
      [{ key: 'rowsJoined', rows: '6', classes: ['A3'], counselor: '李明', college: '计算机', joins: '2–3' }],
    ],
  ] as const)('with colleges: %s', (_title, rows, expected) => {
    const { classes } = rosterOf(rows.map(([name, counselor]) => [name, 30, counselor] as const));
    rows.forEach(([, , college], i) => {
      classes[i]!.college = college;
    });
    const warnings = regroupedWarnings(classes, { file: 'test.csv' }).map((w) => ({ key: w.key, ...w.params }));
    expect(warnings).toEqual(expected);
  });
});
