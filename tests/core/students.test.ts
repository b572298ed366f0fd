import { describe, expect, it } from 'vitest';
import { CapturePlanError, type Problem } from '../../src/core/errors.js';
import { formatProblem } from '../../src/core/problem-text.js';
import type { Roster } from '../../src/core/roster/model.js';
import type { RawCell } from '../../src/core/roster/raw-table.js';
import { parseRoster } from '../../src/core/roster/roster.js';

/** A one-sheet workbook from lines of comma-separated cells (row 1 first); a cell `#123` is the number 123. */
function sheet(...lines: string[]) {
  const cells = (line: string): RawCell[] => line.split(',').map((c) => (/^#\d+$/.test(c) ? Number(c.slice(1)) : c));
  return {
    file: 's.csv',
    sheets: [{ file: 's.csv', rows: lines.map((line, i) => ({ row: i + 1, cells: cells(line) })) }],
  };
}

/** The classes as [name, headcount, counselor, first row], with the college when there is one. */
function classesOf(roster: Roster) {
  return roster.classes.map((c) => [c.name, c.headcount, c.counselor, c.source.row, ...(c.college ? [c.college] : [])]);
}

/** The warnings and problems of a parse, each as its one line in Chinese. */
function lines(problems: readonly Problem[]): string[] {
  return problems.map((p) => formatProblem(p, 'zh'));
}

/** The problems a parse throws, each as its one line in Chinese. */
function refusal(...rows: string[]): string[] {
  try {
    parseRoster(sheet(...rows));
  } catch (error) {
    if (error instanceof CapturePlanError) return lines(error.problems);
    throw error;
  }
  throw new Error('parsed without a problem');
}

const HEAD = '学号,姓名,班级,辅导员';

describe('a list of students is counted into classes', () => {
  it.each([
    {
      title: 'headcounts are the rows of each class; classes in order of first appearance, from their first row',
      rows: [HEAD, '01,甲,软2,何芬', '02,乙,软1,杜宇飞', '03,丙,软2,何芬', '04,丁,软2,何芬', '05,戊,软1,杜宇飞'],
      classes: [
        ['软2', 3, '何芬', 2],
        ['软1', 2, '杜宇飞', 3],
      ],
      counted: '按学生名单统计：5 名学生，2 个班。',
    },
    {
      title: 'a blank counselor cell takes the class’s, from a row above or below',
      rows: [HEAD, '01,甲,软1,', '02,乙,软1,杜宇飞', '03,丙,软2,何芬', '04,丁,软1,', '05,戊,软2,'],
      classes: [
        ['软1', 3, '杜宇飞', 2],
        ['软2', 2, '何芬', 4],
      ],
      counted: '按学生名单统计：5 名学生，2 个班。',
      more: ['s.csv：有 3 名学生的辅导员为空，已按同班其他学生的辅导员补上。'],
    },
    {
      title: 'college and counselor come from the rows; a blank college cell takes the class’s',
      rows: ['学号,姓名,学院,班级,辅导员', '01,甲,计算机学院,软1,王芳', '02,乙,,软1,王芳', '03,丙,外国语学院,英1,王芳'],
      classes: [
        ['软1', 2, '王芳', 2, '计算机学院'],
        ['英1', 1, '王芳', 4, '外国语学院'],
      ],
      counted: '按学生名单统计：3 名学生，2 个班。',
      more: ['s.csv：有 1 名学生的学院为空，已按同班其他学生的学院补上。'],
    },
    {
      title: 'a title row above the header, blank, note, 小计 and 合计 rows are skipped',
      rows: [
        '2024届毕业生名单,,,,',
        '序号,学号,姓名,班级,辅导员',
        '1,01,甲,软1,杜宇飞',
        ',,,,',
        '小计：1人,,,,',
        '2,02,乙,软2,何芬',
        '合计,2人,,,',
        '制表：教务处,,,,',
      ],
      classes: [
        ['软1', 1, '杜宇飞', 3],
        ['软2', 1, '何芬', 6],
      ],
      counted: '按学生名单统计：2 名学生，2 个班。',
      skipped: [
        { row: 4, reason: 'blank' },
        { row: 5, reason: 'total' },
        { row: 7, reason: 'total' },
        { row: 8, reason: 'noClass' },
      ],
    },
    {
      title: 'a 学号 read as a number, as text, or in full-width digits is the same student; leading zeros count',
      rows: [
        HEAD,
        '#2021010101,甲,软1,杜',
        '2021010101,甲,软1,杜',
        '２０２１０１０１０１,甲,软1,杜',
        '0012,乙,软1,杜',
        '12,丙,软1,杜',
      ],
      classes: [['软1', 3, '杜', 2]],
      counted: '按学生名单统计：3 名学生，1 个班。',
      more: [
        's.csv 第3行 A列（学号）：学生 2021010101 甲（软1）在第 2 行已经出现过，只算一次。',
        's.csv 第4行 A列（学号）：学生 ２０２１０１０１０１ 甲（软1）在第 2 行已经出现过，只算一次。',
      ],
    },
    {
      title: 'without a 学号 column, a name twice in one class is one student; namesakes in two classes are two',
      rows: ['姓名,班级,辅导员', '张　伟,软1,杜', '李娜,软1,杜', '张伟,软1,杜', '张伟,软2,杜'],
      classes: [
        ['软1', 2, '杜', 2],
        ['软2', 1, '杜', 5],
      ],
      counted: '按学生名单统计：3 名学生，2 个班。',
      more: ['s.csv 第4行 A列（姓名）：学生 张伟（软1）在第 2 行已经出现过，只算一次。'],
    },
    {
      title: 'a row without a 学号 is the student of the same name in its class, before or after the row with one',
      rows: [HEAD, '01,甲,软1,杜', ',甲,软1,杜', ',乙,软2,杜', '02,乙,软2,杜', '03,乙,软1,杜'],
      classes: [
        ['软1', 2, '杜', 2],
        ['软2', 1, '杜', 4],
      ],
      counted: '按学生名单统计：3 名学生，2 个班。',
      more: [
        's.csv 第3行 B列（姓名）：学生 甲（软1）在第 2 行已经出现过，只算一次。',
        's.csv 第5行 A列（学号）：学生 02 乙（软2）在第 4 行已经出现过，只算一次。',
      ],
    },
    {
      title: 'a class name written with other brackets is the same class, and the tool says so',
      rows: [HEAD, '01,甲,电商(专升本),何芬', '02,乙,电商（专升本）,何芬'],
      classes: [['电商(专升本)', 2, '何芬', 2]],
      counted: '按学生名单统计：2 名学生，1 个班。',
      more: [
        's.csv 第3行 C列（班级）：班级“电商（专升本）”和第 2 行的“电商(专升本)”只差全角半角、空格或大小写，算作同一个班。',
      ],
    },
  ])('$title', ({ rows, classes, counted, more = [], skipped = [] }) => {
    const roster = parseRoster(sheet(...rows));
    expect(classesOf(roster)).toEqual(classes);
    expect(roster.classes.map((c) => c.seq)).toEqual(classes.map((_, i) => i + 1));
    expect(lines(roster.warnings)).toEqual([`s.csv：${counted}`, ...more]);
    expect(roster.skippedRows).toEqual(skipped);
  });

  it('says what it counted in English too', () => {
    const [counted] = parseRoster(sheet(HEAD, '01,甲,软1,杜')).warnings;
    expect(formatProblem(counted!, 'en')).toBe('s.csv: counted from a list of students: 1 student in 1 class.');
  });

  it('with a headcount column too, the sheet stays a list of classes and the student column is ignored', () => {
    const roster = parseRoster(sheet('班级,人数,辅导员,姓名', '软1,31,杜宇飞,甲', '软2,28,杜宇飞,乙'));
    expect(classesOf(roster)).toEqual([
      ['软1', 31, '杜宇飞', 2],
      ['软2', 28, '杜宇飞', 3],
    ]);
    expect(roster.warnings).toEqual([]);
  });

  it('names ten repeated students and counts the rest', () => {
    const rows = Array.from({ length: 13 }, (_, i) => `${i},甲${i},软1,杜`);
    const roster = parseRoster(sheet(HEAD, ...rows, ...rows));
    expect(roster.classes[0]!.headcount).toBe(13);
    expect(roster.warnings.map((w) => w.key)).toEqual([
      'studentsCounted',
      ...Array(10).fill('studentRepeated'),
      'moreStudentsRepeated',
    ]);
    expect(lines(roster.warnings).at(-1)).toBe('s.csv：……另有 3 行是重复出现的学生，也都只算一次。');
  });

  it('counts a counselor in two colleges as two counselors', () => {
    const roster = parseRoster(sheet('学号,学院,班级,辅导员', '1,甲院,A,王芳', '2,乙院,B,王芳', '3,甲院,C,王芳'));
    expect(roster.classes.map((c) => [c.name, c.college, c.counselor])).toEqual([
      ['A', '甲院', '王芳'],
      ['B', '乙院', '王芳'],
      ['C', '甲院', '王芳'],
    ]);
    expect(roster.warnings.map((w) => w.key)).toEqual(['studentsCounted', 'rowsJoined']);
  });
});

describe('a list of students is refused, every problem at once, in row order', () => {
  it.each([
    {
      title: 'two counselors in one class: the class, both rows and the column',
      rows: [HEAD, '01,甲,软1,杜宇飞', '02,乙,软1,何芬', '03,丙,软1,何芬', '04,丁,软1,杜宇飞'],
      problems: [
        's.csv 第3行 D列（辅导员）：班级“软1”的辅导员不一致：第 2 行是“杜宇飞”，这里是“何芬”（共 2 行这样写）。一个班只能有一位辅导员，请改成一致。',
      ],
    },
    {
      title: 'two colleges in one class',
      rows: ['学号,学院,班级,辅导员', '01,计算机学院,软1,杜', '02,外国语学院,软1,杜'],
      problems: [
        's.csv 第3行 B列（学院）：班级“软1”的学院不一致：第 2 行是“计算机学院”，这里是“外国语学院”。一个班只属于一个学院，请改成一致。',
      ],
    },
    {
      title: 'no row of a class names its counselor (or college)',
      rows: ['学号,学院,班级,辅导员', '01,计算机学院,软1,杜', '02,,软2,', '03,,软2,'],
      problems: [
        's.csv 第3行 B列（学院）：班级“软2”的 2 行都没有填学院，请至少在一行填上。',
        's.csv 第3行 D列（辅导员）：班级“软2”的 2 行都没有填辅导员，请至少在一行填上。',
      ],
    },
    {
      title: 'a student without a class, and a class without a student',
      rows: [HEAD, '01,甲,软1,杜', '02,乙,,杜', ',,软1,杜'],
      problems: [
        's.csv 第3行 C列（班级）：学生 02 乙 没有班级，排不进时间表：请填上班级（班级单元格是合并的，就在 Excel 里取消合并、填满后再另存）。',
        's.csv 第4行 A列（学号）：这一行有班级“软1”，但学号、姓名都是空的，不知道是哪位学生：请填上或删掉这一行。',
      ],
    },
    {
      title: 'one 学号 for two names, or in two classes',
      rows: [HEAD, '01,甲,软1,杜', '01,乙,软1,杜', '01,甲,软2,杜'],
      problems: [
        's.csv 第3行 A列（学号）：学号 01 在第 2 行是 软1 甲，这里是 软1 乙：一个学号只能是一名学生、在一个班，请核对。',
        's.csv 第4行 A列（学号）：学号 01 在第 2 行是 软1 甲，这里是 软2 甲：一个学号只能是一名学生、在一个班，请核对。',
      ],
    },
    {
      title: 'cells right of the header, beside the other problems',
      rows: [HEAD, '01,甲,软1,杜,多余', '02,乙,,杜'],
      problems: [
        's.csv 第2行 E列：这一行多出 1 个单元格（表头只有 4 列）：多余。请补上表头或删掉多余内容。',
        's.csv 第3行 C列（班级）：学生 02 乙 没有班级，排不进时间表：请填上班级（班级单元格是合并的，就在 Excel 里取消合并、填满后再另存）。',
      ],
    },
    {
      title: 'a header and no student',
      rows: [HEAD, ',,,', '合计,0,,'],
      problems: ['s.csv 第1行：只有表头，没有任何班级。'],
    },
  ])('$title', ({ rows, problems }) => {
    expect(refusal(...rows)).toEqual(problems);
  });
});
