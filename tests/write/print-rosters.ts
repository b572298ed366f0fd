import type { Lang } from '../../src/core/i18n/labels.js';
import { type NoticeTable, noticeTable } from '../../src/core/notice/notice-table.js';
import type { ClassEntry, Roster } from '../../src/core/roster/model.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { parseRooms } from '../../src/core/settings.js';
import { settingsOf } from '../helpers.js';

const SURNAMES = ['杜', '何', '朱', '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const MAJORS = ['软件', '计科', '网络', '数媒', '信管', '通信', '电子', '自动化', '机械', '土木', '会计', '英语'];
/** The long class names of real rosters. */
export const LONG_CLASSES = [
  '计算机科学与技术（人工智能方向）2020级卓越工程师实验班',
  '软件工程（中外合作办学）2020级',
  '电子信息工程（集成电路设计与集成系统方向）2020级',
  '网络工程',
];
/** Long counselor and college names. */
export const LONG_COUNSELORS = ['欧阳娜娜（兼任辅导员、团委副书记）', '李明', '司马相如（研究生辅导员）', '王芳'];
const LONG_COLLEGES = ['计算机科学与工程学院（软件学院、人工智能学院）', '电子信息与自动化学院'];

/** A fixed pseudo-random sequence, so the generated rosters are the same on every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function entry(classes: ClassEntry[], name: string, headcount: number, counselor: string, college?: string) {
  const seq = classes.length + 1;
  classes.push({
    seq,
    name,
    headcount,
    counselor,
    ...(college ? { college } : {}),
    source: { file: 'roster.csv', row: seq + 1 },
  });
}

/** 300 classes of 3 to 10 per counselor, 20 to 45 people each: a big campus day. */
export function bigRoster(): Roster {
  const next = sequence(7);
  const classes: ClassEntry[] = [];
  for (let group = 1; classes.length < 300; group++) {
    const counselor = `${SURNAMES[group % SURNAMES.length]}老师${group}`;
    const major = MAJORS[Math.floor(next() * MAJORS.length)]!;
    const count = 3 + Math.floor(next() * 8);
    for (let k = 0; k < count && classes.length < 300; k++)
      entry(
        classes,
        `${major}2021${String(classes.length + 1).padStart(3, '0')}`,
        20 + Math.floor(next() * 26),
        counselor,
      );
  }
  return { file: 'roster.csv', classes, warnings: [], skippedRows: [] };
}

/**
 * 90 classes with long names, under long counselor and college names; the first counselor has 50 classes, more than a
 * printed page holds.
 */
export function longNameRoster(): Roster {
  const next = sequence(11);
  const classes: ClassEntry[] = [];
  const groups = [50, 12, 8, 20];
  groups.forEach((count, g) => {
    for (let k = 0; k < count; k++) {
      const name = `${LONG_CLASSES[(k + g) % LONG_CLASSES.length]}${k + 1}班`;
      entry(classes, name, 20 + Math.floor(next() * 26), LONG_COUNSELORS[g]!, LONG_COLLEGES[g < 2 ? 0 : 1]);
    }
  });
  return { file: 'roster.csv', classes, warnings: [], skippedRows: [] };
}

/** The 300-class roster over 3 days in 2 rooms. */
export function bigNotice(lang: Lang = 'zh'): NoticeTable {
  const settings = settingsOf({ throughput: '40/10min', dates: '2024-04-22..2024-04-24' });
  const plan = schedule(bigRoster(), { ...settings, rooms: parseRooms('A1-108,A1-109', settings.throughput) });
  return noticeTable(plan, { lang, round: 10, gather: 10, location: '宜宾校区 A1-108、A1-109教室' });
}

/** The long-name roster over 2 days. */
export function longNameNotice(): NoticeTable {
  const plan = schedule(longNameRoster(), settingsOf({ throughput: '40/10min', dates: '2024-04-22..2024-04-23' }));
  return noticeTable(plan, { lang: 'zh', round: 10, gather: 10, location: '宜宾校区 A1-108教室' });
}
