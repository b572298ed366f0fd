// A roster that keeps 1–7 rooms busy for about a day and a half at 10/10min: 18 classes a room, 3–4 per counselor.
import type { Roster } from '../src/core/roster/model.js';
import { rosterOf } from './helpers.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '明芳伟敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英华玲';
const MAJORS = ['软件', '计科', '网络', '电商', '会计', '视传', '机械', '土木', '英语', '数学'];

/** [class, headcount, counselor] rows: 18 classes per room, 30–50 people each, counselors of 3 or 4 classes. */
export function roomsRows(rooms: number): [string, number, string][] {
  const rows: [string, number, string][] = [];
  for (let c = 0; rows.length < 18 * rooms; c++) {
    const counselor = SURNAMES[c % SURNAMES.length]! + GIVEN[(c * 7) % GIVEN.length]!;
    for (let k = 0; k < 3 + (c % 2) && rows.length < 18 * rooms; k++) {
      const seq = rows.length + 1;
      rows.push([`${MAJORS[c % MAJORS.length]}2021${String(seq).padStart(3, '0')}`, 30 + ((seq * 37) % 21), counselor]);
    }
  }
  return rows;
}

/** {@link roomsRows} as a roster. */
export function roomsRoster(rooms: number): Roster {
  return rosterOf(roomsRows(rooms));
}

/** {@link roomsRows} as the CSV a teacher would give. */
export function roomsCsv(rooms: number): string {
  return ['序号,班级名称,人数,辅导员', ...roomsRows(rooms).map((r, i) => `${i + 1},${r.join(',')}`)].join('\n');
}

/** Room names A1-108, A1-109, … */
export function roomNames(rooms: number): string[] {
  return Array.from({ length: rooms }, (_, i) => `A1-${108 + i}`);
}
