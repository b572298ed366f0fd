import type { Throughput } from '../throughput.js';

/** Output languages. */
export type Lang = 'zh' | 'en';

/** The columns any published table may have. */
export type ColumnKey =
  | 'seq' | 'class' | 'headcount' | 'counselor' | 'room' | 'date' | 'time' | 'gather' | 'start' | 'end'
  | 'actual' | 'paid' | 'signature' | 'classes' | 'people' | 'firstStart' | 'lastEnd' | 'segments';

/** Every human-facing word of the outputs, one table per language. */
export interface Labels {
  htmlLang: string;
  title: string;
  columns: Record<ColumnKey, string>;
  sheets: { timetable: string; times: string; signIn: string; summary: string };
  settingsHeading: string;
  settings: {
    throughput: string; sessions: string; dates: string; location: string; round: string; gather: string; fits: string;
    order: string; optimized: string; changeover: string;
  };
  minutes(n: number): string;
  yes: string;
  no: string;
  /** A class on the timeline, shown on hover. */
  barLabel(name: string, headcount: number, start: string, end: string): string;
  timelineTitle: string;
  breakLabel: string;
  warningHeading: string;
  writtenLabel: string;
  moreDays(count: number): string;
  whatif: {
    columns: { scenario: string; fits: string; end: string; overflow: string; idle: string; split: string; moved: string };
    baseline: string;
    yes: string;
    no: string;
    moved(count: number, maxMinutes: string): string;
    layoutsHeading: string;
    /** Shown where a value is absent. */
    none: string;
    /** Between the parts of a scenario's name. */
    partSeparator: string;
    layout(layout: string, rate: string, end: string): string;
    noRate(layout: string): string;
  };
  checkUpToDate: string;
  checkStale(file: string): string;
  checkMissing(file: string): string;
  checkFix: string;
  /** A calendar event's title: counselor and the classes. */
  eventTitle(counselor: string, classes: string[]): string;
  /** One line of an event's description: a class, its people and when it gathers and starts. */
  eventLine(name: string, headcount: number, gather: string, start: string): string;
  dateLabel: string;
  locationLabel: string;
  roomsLabel: string;
  reserveLabel: string;
  /** The make-up time kept free at the end of each day. */
  reserveValue(window: string): string;
  /** How --order optimize found the order: proved best, or a heuristic and how far from the bound. */
  orderOptimal(room: string, tried: number): string;
  orderHeuristic(room: string, overflow: string, splits: number, boundOverflow: string, boundSplits: number): string;
  totalLabel: string;
  /** A calendar date for people: 2024年4月22日 / 22 April 2024. */
  date(year: number, month: number, day: number): string;
  /** A run of consecutive capture days. */
  dateRange(first: string, last: string): string;
  /** The date with its weekday, for headings. */
  dateWithWeekday(year: number, month: number, day: number, weekday: number): string;
  listSeparator: string;
  /** What follows a label: '：' in Chinese, ': ' in English. */
  colon: string;
  /** What separates two sentences ('' in Chinese, a space in English). */
  sentenceGap: string;
  throughput(t: Throughput, secondsPerPerson: number): string;
  summary(s: { classes: number; people: number; counselors: number; start: string; end: string }): string;
  totals(classes: number, people: number): { class: string; headcount: string };
  overflow(s: { minutes: string; end: string; sessionEnd: string }): string;
  fixByEnd(end: string): string;
  fixByRate(rate: string, end: string): string;
  noFixingRate: string;
  fits(end: string): string;
  /** Rate as people read it: 每10分钟20人 / 20 per 10 min. */
  rate(t: Throughput): string;
}

const ZH_UNITS = { s: '秒', min: '分钟', h: '小时' } as const;
const EN_UNITS = { s: 's', min: 'min', h: 'h' } as const;
const ZH_WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const zh: Labels = {
  htmlLang: 'zh-CN',
  title: '学历图像采集拍摄安排',
  columns: {
    seq: '序号', class: '班级名称', headcount: '人数', counselor: '辅导员', room: '拍摄教室', date: '日期安排', time: '时间安排', gather: '集合时间',
    start: '开始', end: '结束', actual: '实到人数', paid: '缴费人数', signature: '辅导员签字', classes: '班级数', people: '人数',
    firstStart: '最早开始', lastEnd: '最晚结束', segments: '时段',
  },
  sheets: { timetable: '拍摄安排', times: '逐班时间', signIn: '现场签到', summary: '汇总' },
  settingsHeading: '本次设置',
  settings: {
    throughput: '拍摄速度', sessions: '每天时段', dates: '日期', location: '地点', round: '通知时间取整', gather: '提前集合', fits: '排得下',
    order: '顺序', optimized: '已优化', changeover: '换辅导员间隔',
  },
  minutes: (n) => `${n} 分钟`,
  yes: '是',
  no: '否',
  barLabel: (name, headcount, start, end) => `${name}（${headcount} 人）${start}-${end}`,
  timelineTitle: '当天安排一览',
  breakLabel: '休息',
  warningHeading: '注意',
  writtenLabel: '已写入',
  moreDays: (n) => `……另有 ${n} 天，见输出文件。`,
  whatif: {
    columns: { scenario: '方案', fits: '排得下', end: '结束', overflow: '超出(分)', idle: '空档(分)', split: '被午休拆开的辅导员', moved: '变动的班级' },
    baseline: '基准',
    yes: '是',
    no: '否',
    moved: (count, max) => (count === 0 ? '—' : `${count} 个，最多 ${max} 分钟`),
    layoutsHeading: '每种时段安排下，排得下所需的最低速度：',
    none: '—',
    partSeparator: ' · ',
    layout: (layout, rate, end) => `${layout}：至少 ${rate}（${end} 结束）`,
    noRate: (layout) => `${layout}：提高速度也排不下`,
  },
  checkUpToDate: '所有输出都是最新的。',
  checkStale: (file) => `${file} 已过期：`,
  checkMissing: (file) => `${file} 不存在。`,
  checkFix: '运行这条命令更新：',
  eventTitle: (counselor, classes) => `学历图像采集 · ${counselor}：${classes.join('、')}`,
  eventLine: (name, headcount, gather, start) => `${name}（${headcount} 人）：${gather} 集合，${start} 开始拍摄`,
  dateLabel: '日期',
  locationLabel: '地点',
  roomsLabel: '拍摄教室',
  reserveLabel: '补拍',
  reserveValue: (w) => `每天 ${w} 留作补拍`,
  orderOptimal: (room, tried) => `${room}顺序已优化：试过全部 ${tried} 种辅导员顺序，这是最优的。`,
  orderHeuristic: (room, overflow, splits, bo, bs) =>
    `${room}顺序已按启发式优化（辅导员较多，未穷举）：超出 ${overflow} 分钟、${splits} 位辅导员被拆开；理论下界为超出 ${bo} 分钟、${bs} 位。`,
  totalLabel: '合计',
  date: (y, m, d) => `${y}年${m}月${d}日`,
  dateWithWeekday: (y, m, d, w) => `${y}年${m}月${d}日（星期${ZH_WEEKDAYS[w - 1]}）`,
  dateRange: (first, last) => `${first}至${last}`,
  listSeparator: '、',
  sentenceGap: '',
  colon: '：',
  rate: (t) => `每${t.count === 1 ? '' : t.count}${ZH_UNITS[t.unit]}${t.people}人`,
  throughput: (t, spp) =>
    `本次按${zh.rate(t)}安排拍摄（平均每人约 ${formatNumber(spp)} 秒），请各班按时到场、提前排队，以免耽误后续班级。`,
  summary: (s) => `共 ${s.classes} 个班、${s.people} 人、${s.counselors} 位辅导员，${s.start} 开始，预计 ${s.end} 结束。`,
  totals: (classes, people) => ({ class: `${classes} 个班`, headcount: String(people) }),
  overflow: (s) => `按此速度当天排不下：拍摄将超出 ${s.sessionEnd} 共 ${s.minutes} 分钟，到 ${s.end} 才能结束。`,
  fixByEnd: (end) => `要按此速度拍完，最后一段须延长到 ${end}；`,
  fixByRate: (rate, end) => `或把拍摄速度提高到${rate}（${end} 结束）。`,
  noFixingRate: '提高拍摄速度也排不下，请增加日期或时段。',
  fits: (end) => `所有班级都排得下，${end} 结束。`,
};

const en: Labels = {
  htmlLang: 'en',
  title: 'Graduation photo capture schedule',
  columns: {
    seq: 'No.', class: 'Class', headcount: 'Students', counselor: 'Counselor', room: 'Room', date: 'Date', time: 'Time', gather: 'Gather at',
    start: 'Start', end: 'End', actual: 'Photographed', paid: 'Paid', signature: "Counselor's signature", classes: 'Classes',
    people: 'Students', firstStart: 'First start', lastEnd: 'Last end', segments: 'Sessions',
  },
  sheets: { timetable: 'Schedule', times: 'Class times', signIn: 'Sign-in', summary: 'Summary' },
  settingsHeading: 'Settings used',
  settings: {
    throughput: 'Rate', sessions: 'Daily sessions', dates: 'Dates', location: 'Location', round: 'Notice times rounded to', gather: 'Gather before start', fits: 'Fits',
    order: 'Order', optimized: 'optimized', changeover: 'Between counselors',
  },
  minutes: (n) => `${n} min`,
  yes: 'yes',
  no: 'no',
  barLabel: (name, headcount, start, end) => `${name} (${headcount}) ${start}-${end}`,
  timelineTitle: 'The day at a glance',
  breakLabel: 'break',
  warningHeading: 'Warning',
  writtenLabel: 'Wrote',
  moreDays: (n) => `… and ${n} more day(s): see the outputs.`,
  whatif: {
    columns: { scenario: 'Scenario', fits: 'Fits', end: 'Ends', overflow: 'Over (min)', idle: 'Idle (min)', split: 'Counselors split by a break', moved: 'Classes moved' },
    baseline: 'baseline',
    yes: 'yes',
    no: 'no',
    moved: (count, max) => (count === 0 ? '—' : `${count}, up to ${max} min`),
    layoutsHeading: 'The smallest rate that fits, for each session layout:',
    none: '—',
    partSeparator: ' · ',
    layout: (layout, rate, end) => `${layout}: at least ${rate} (ends ${end})`,
    noRate: (layout) => `${layout}: no rate fits`,
  },
  checkUpToDate: 'Every output is up to date.',
  checkStale: (file) => `${file} is stale:`,
  checkMissing: (file) => `${file} is missing.`,
  checkFix: 'Run this to update it:',
  eventTitle: (counselor, classes) => `Graduation photos · ${counselor}: ${classes.join(', ')}`,
  eventLine: (name, headcount, gather, start) => `${name} (${headcount}): gather ${gather}, photos from ${start}`,
  dateLabel: 'Date',
  locationLabel: 'Location',
  roomsLabel: 'Rooms',
  reserveLabel: 'Make-up photos',
  reserveValue: (w) => `${w} each day`,
  orderOptimal: (room, tried) => `${room}order optimized: all ${tried} counselor orders tried, this one is optimal.`,
  orderHeuristic: (room, overflow, splits, bo, bs) =>
    `${room}order optimized by a heuristic (too many counselors to try every order): ${overflow} min over, ${splits} counselor(s) split; the lower bound is ${bo} min over, ${bs} split.`,
  totalLabel: 'Total',
  date: (y, m, d) => `${d} ${EN_MONTHS[m - 1]} ${y}`,
  dateWithWeekday: (y, m, d, w) => `${EN_WEEKDAYS[w - 1]} ${d} ${EN_MONTHS[m - 1]} ${y}`,
  dateRange: (first, last) => `${first} to ${last}`,
  listSeparator: ', ',
  sentenceGap: ' ',
  colon: ': ',
  rate: (t) => `${t.people} per ${t.count === 1 ? '' : `${t.count} `}${EN_UNITS[t.unit]}`,
  throughput: (t, spp) =>
    `Photos are planned at ${en.rate(t)} (about ${formatNumber(spp)} seconds a person); please arrive on time and queue early so later classes are not delayed.`,
  summary: (s) => `${s.classes} classes, ${s.people} students, ${s.counselors} counselors; starts ${s.start}, expected to end ${s.end}.`,
  totals: (classes, people) => ({ class: `${classes} classes`, headcount: String(people) }),
  overflow: (s) => `The day does not fit at this rate: it runs ${s.minutes} minutes past ${s.sessionEnd}, until ${s.end}.`,
  fixByEnd: (end) => `To keep this rate, the last session must run until ${end};`,
  fixByRate: (rate, end) => ` or raise the rate to ${rate} (ends ${end}).`,
  noFixingRate: 'No faster rate fits either: add a date or a session.',
  fits: (end) => `Every class fits; the day ends ${end}.`,
};

/** The label table of a language. */
export function labelsFor(lang: Lang): Labels {
  return lang === 'en' ? en : zh;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
