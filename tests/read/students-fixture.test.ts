import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode.js';
import { fixture } from '../helpers.js';
import { load } from './roster-fixtures.js';

describe('students-gbk.csv: a registrar’s list of students, saved by Excel on Chinese Windows', () => {
  it('is GBK with CRLF line ends and a title row above the header', () => {
    const decoded = decodeText(readFileSync(fixture('students-gbk.csv')));
    expect(decoded?.encoding).toBe('gb18030');
    expect(
      decoded?.text.startsWith('2024届毕业生名单,,,,,,\r\n序号,学号,姓名,性别,学院,班级,辅导员\r\n1,2021010101,'),
    ).toBe(true);
  });

  it('counts 118 students into 5 classes, each from its first row, with its college and counselor', async () => {
    const roster = await load('students-gbk.csv');
    expect(
      roster.classes.map((c) => [c.seq, c.name, c.headcount, c.college, c.counselor, c.source.file, c.source.row]),
    ).toEqual([
      [1, '软件20211', 24, '计算机科学与工程学院', '杜宇飞', 'students-gbk.csv', 3],
      [2, '软件20212', 23, '计算机科学与工程学院', '杜宇飞', 'students-gbk.csv', 27],
      // two students named 周明 (rows 64 and 68), with their own 学号: both counted
      [3, '网络20211', 25, '计算机科学与工程学院', '李永江', 'students-gbk.csv', 50],
      [4, '电商20213(专升本)', 22, '经济管理学院', '何芬', 'students-gbk.csv', 75],
      [5, '物流20211', 24, '经济管理学院', '何芬', 'students-gbk.csv', 97],
    ]);
    expect(roster.warnings).toEqual([
      { key: 'studentsCounted', params: { students: 118, classes: 5 }, where: { file: 'students-gbk.csv' } },
    ]);
    expect(roster.skippedRows).toEqual([{ row: 121, reason: 'total' }]);
  });
});
