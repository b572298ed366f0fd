// The benchmark's generated rosters (scripts/bench.mjs): realistic names, CSV and XLSX, made once into .bench/.
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIR, ROOT } from './config.mjs';
import { log } from './running.mjs';

export const MAJORS = [
  '计科',
  '软件',
  '网络',
  '物联',
  '电商',
  '大数据',
  '人工智能',
  '通信',
  '电气',
  '自动化',
  '机械',
  '土木',
  '建筑',
  '会计',
  '财管',
  '金融',
  '国贸',
  '物流',
  '市场营销',
  '人力',
  '汉语言',
  '英语',
  '日语',
  '新闻',
  '法学',
  '思政',
  '数学',
  '物理',
  '化学',
  '生物',
  '环境',
  '食品',
  '护理',
  '药学',
  '临床',
  '学前',
  '小教',
  '体育',
  '音乐',
  '美术',
  '视传',
  '旅游',
];
export const TRACKS = ['', '', '', '', '', '', '(专升本)', '(对口)', '(卓越)', '(中外合作)'];
export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '蒋',
  '蔡',
  '余',
  '杜',
  '叶',
  '程',
  '苏',
  '魏',
  '吕',
  '丁',
  '任',
  '沈',
  '姚',
];
export const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '宇飞',
  '永江',
  '小淋',
  '银先',
  '建华',
  '志强',
  '海燕',
  '晓东',
  '文静',
  '俊杰',
  '婷婷',
  '雪梅',
  '国庆',
  '红梅',
  '子涵',
  '思远',
  '欣怡',
  '浩然',
];

/** A deterministic pseudo-random number in [0, 1) (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** n classes: counselors of 3–10 classes of one major and year, 20–45 students each; names unique. */
export function makeClasses(n) {
  const next = random(n);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const classNumbers = new Map();
  const counselorNames = new Map();
  const classes = [];
  while (classes.length < n) {
    const counselor = uniqueName(`${pick(SURNAMES)}${pick(GIVEN)}`, counselorNames);
    const prefix = `${pick(MAJORS)}${2020 + Math.floor(next() * 3)}`;
    const count = Math.min(3 + Math.floor(next() * 8), n - classes.length);
    for (let i = 0; i < count; i++) {
      const number = (classNumbers.get(prefix) ?? 0) + 1;
      classNumbers.set(prefix, number);
      const headcount = 20 + Math.floor(next() * 26);
      classes.push({ seq: classes.length + 1, name: `${prefix}${number}${pick(TRACKS)}`, headcount, counselor });
    }
  }
  return classes;
}

/** The name itself the first time, then name2, name3, … (counts kept in `seen`). */
export function uniqueName(name, seen) {
  const times = (seen.get(name) ?? 0) + 1;
  seen.set(name, times);
  return times === 1 ? name : `${name}${times}`;
}

export const HEADER = ['序号', '班级名称', '人数', '辅导员'];

/** The classes as the CSV a registrar exports (UTF-8, no quoting needed). */
export function csvText(classes) {
  const lines = [HEADER.join(',')];
  for (const c of classes) lines.push(`${c.seq},${c.name},${c.headcount},${c.counselor}`);
  return `${lines.join('\n')}\n`;
}

/** Writes the classes as an XLSX with exceljs's streaming writer (shared strings, like Excel). */
export async function writeXlsx(classes, file) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  workbook.created = workbook.modified = new Date('2025-01-01T00:00:00Z');
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(HEADER).commit();
  for (const c of classes) sheet.addRow([c.seq, c.name, c.headcount, c.counselor]).commit();
  sheet.commit();
  await workbook.commit();
}

/** The CSV and XLSX of a size: the seed fixtures for 30, otherwise .bench/roster-<n>.* (generated when missing; delete .bench/ to regenerate). */
export async function ensureRoster(size) {
  if (size.seed)
    return { csv: join(ROOT, 'fixtures', 'seed-roster.csv'), xlsx: join(ROOT, 'fixtures', 'seed-roster.xlsx') };
  const csv = join(DIR, `roster-${size.n}.csv`);
  const xlsx = join(DIR, `roster-${size.n}.xlsx`);
  if (existsSync(csv) && existsSync(xlsx)) return { csv, xlsx };
  log(`generating ${size.n} classes …`);
  const classes = makeClasses(size.n);
  writeFileSync(`${csv}.tmp`, csvText(classes));
  await writeXlsx(classes, `${xlsx}.tmp`);
  renameSync(`${csv}.tmp`, csv);
  renameSync(`${xlsx}.tmp`, xlsx);
  return { csv, xlsx };
}
