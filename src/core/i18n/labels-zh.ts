import type { Labels } from './labels.js';
import { formatNumber } from './numbers.js';

const ZH_UNITS = { s: '秒', min: '分钟', h: '小时' } as const;
/**
 * 星期一 … 星期日, written out: luxon names days in Chinese only through ICU. `Info.weekdays('narrow', { locale:
 * 'zh-CN' })` gives these on a full-ICU Node, but costs 25–40 ms a run and ties the notice's bytes to the ICU data.
 */
const ZH_WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** Every label in Chinese. */
export const zh: Labels = {
  htmlLang: 'zh-CN',
  title: '学历图像采集拍摄安排',
  columns: {
    seq: '序号',
    college: '学院',
    class: '班级名称',
    headcount: '人数',
    counselor: '辅导员',
    room: '拍摄教室',
    date: '日期安排',
    time: '时间安排',
    gather: '集合时间',
    start: '开始',
    end: '结束',
    actual: '实到人数',
    paid: '缴费人数',
    signature: '辅导员签字',
    classes: '班级数',
    people: '人数',
    firstStart: '最早开始',
    lastEnd: '最晚结束',
    segments: '时段',
    fee: '应缴金额',
  },
  sheets: { timetable: '拍摄安排', times: '逐班时间', signIn: '现场签到', summary: '汇总', campus: '学院安排' },
  continued: '(续)',
  settingsHeading: '本次设置',
  settings: {
    throughput: '拍摄速度',
    sessions: '每天时段',
    dates: '日期',
    location: '地点',
    round: '通知时间取整',
    gather: '提前集合',
    fits: '排得下',
    order: '顺序',
    optimized: '已优化',
    changeover: '换辅导员间隔',
    fee: '收费标准',
  },
  minutes: (n) => `${n} 分钟`,
  yes: '是',
  no: '否',
  barLabel: (name, headcount, start, end) => `${name}（${headcount} 人）${start}-${end}`,
  campusHeading: '各学院拍摄时间',
  collegeDays: (college, days, count) => `${college}分 ${count} 天拍摄（${days}），学院老师每天都需到场。`,
  timelineTitle: (days) => (days > 1 ? '每天安排一览' : '当天安排一览'),
  breakLabel: '休息',
  warningHeading: '注意',
  writtenLabel: '已写入',
  moreDays: (n) => `……另有 ${n} 天，见输出文件。`,
  whatif: {
    columns: {
      scenario: '方案',
      fits: '排得下',
      end: '结束',
      overflow: '超出(分)',
      idle: '空档(分)',
      split: '被午休拆开的辅导员',
      moved: '变动的班级',
    },
    baseline: '基准',
    yes: '是',
    no: '否',
    moved: (count, max) => (count === 0 ? '—' : `${count} 个，最多 ${max} 分钟`),
    layoutsHeading: '每种时段安排下，排得下所需的最低速度：',
    none: '—',
    partSeparator: ' · ',
    moreCounselors: (shown, total) => (shown ? `${shown} 等 ${total} 位` : `${total} 位`),
    moreRooms: (shown, total) => (shown ? `${shown} 等 ${total} 间` : `${total} 间`),
    layout: (layout, rate, end) => `${layout}：至少 ${rate}（${end} 结束）`,
    noRate: (layout) => `${layout}：提高速度也排不下`,
  },
  checkUpToDate: '所有输出都是最新的。',
  checkStale: (file, changes) => `${file} 已过期，${changes} 处不同：`,
  checkMissing: (file) => `${file} 不存在。`,
  checkFix: '运行这条命令更新：',
  checkDiff: {
    line: (line) => `第 ${line} 行：`,
    cell: (place, was, now) => `${place}：${was} → ${now}`,
    empty: '（空）',
    merged: '合并',
    notMerged: '不合并',
    sheet: (sheet, added) => (added ? `缺少工作表“${sheet}”` : `多出工作表“${sheet}”`),
    unreadable: '不是能读取的 Excel 工作簿',
    more: (count) => `……另有 ${count} 处不同`,
  },
  eventTitle: (counselor, classes, title = '学历图像采集', total = classes.length) =>
    `${title} · ${counselor}：${classes.join('、')}${total > classes.length ? `等 ${total} 个班` : ''}`,
  eventLine: (name, headcount, gather, start) => `${name}（${headcount} 人）：${gather} 集合，${start} 开始拍摄`,
  dateLabel: '日期',
  locationLabel: '地点',
  roomsLabel: '拍摄教室',
  reserveLabel: '补拍',
  reserveValue: (w) => `每天 ${w} 留作补拍`,
  orderOptimal: (room, tried) =>
    `${room}顺序已优化：搜索了全部 ${tried} 种辅导员顺序及每位辅导员的班级顺序，这是最优的。`,
  orderHeuristic: (room, overflow, splits, bo, bs) =>
    `${room}顺序为找到的最好结果（未能搜索全部顺序，不保证最优）：超出 ${overflow} 分钟、${splits} 位辅导员被拆开；理论下界为超出 ${bo} 分钟、${bs} 位。`,
  orderKept: (saving, threshold) =>
    `最好的顺序只比名单顺序省下折合 ${saving} 分钟（不到 ${threshold} 分钟，见 --reorder-gain），仍按名单顺序。`,
  roomEnds: (ends, exact, bound, gap) =>
    `各教室结束：${ends}。${exact ? '已比较所有分配辅导员的方式' : '分配辅导员的方式是逐个调换找到的最好结果（未比较所有方式）'}${bound === undefined ? '。' : `；最晚结束不可能早于 ${bound}，相差 ${gap} 分钟。`}`,
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
  throughputRooms: (rates) =>
    `本次各教室按各自的速度安排拍摄（${rates}），请各班按时到场、提前排队，以免耽误后续班级。`,
  summary: (s) =>
    `共 ${s.classes} 个班、${s.people} 人、${s.counselors} 位辅导员，${s.unscheduled ? `其中 ${s.unscheduled.classes} 个班、${s.unscheduled.people} 人未排入；` : ''}${s.start} 开始，预计 ${s.end} 结束。`,
  totals: (classes, people) => ({ class: `${classes} 个班`, headcount: String(people) }),
  overflow: (s) =>
    `按此速度排不下：到 ${s.sessionEnd} 拍摄结束时，还有 ${s.classes} 个班、${s.people} 人未排入（还需约 ${s.minutes} 分钟）。`,
  fixes: (remedies) => `要全部排下，可以${remedies.join('；或')}。`,
  fixByRate: (rate, end) => `把拍摄速度提高到${rate}（${end} 结束）`,
  fixByDays: (count, dates) => `按同样的时段再加 ${count} 天（${dates}）`,
  fixByRooms: (count) => `按同样的速度用 ${count} 个教室同时拍摄`,
  noFix: '提高拍摄速度、增加日期或教室都排不下，请检查辅导员和班级的时间要求，或调整时段。',
  unscheduled: '未排入',
  unscheduledClasses: (count) => `${count} 个班未排入`,
  timelineUnscheduled: (classes, people, counselors) => `未排入：${classes} 个班、${people} 人（${counselors}）`,
  fits: (end) => `所有班级都排得下，${end} 结束。`,
  feePerPerson: (yuan) => `每人 ${yuan} 元`,
  feeSentence: (s) => `拍摄费用：每人 ${s.perPerson} 元，共 ${s.people} 人，合计 ${s.total} 元，拍摄时按班缴纳。`,
  feeTotal: (s) => `应收费用：每人 ${s.perPerson} 元 × ${s.people} 人 = ${s.total} 元。`,
  audit: {
    heading: (file, windows, rate) => `检查 ${file}：${windows} 段时间，按${rate}计算`,
    columns: {
      counselor: '辅导员',
      date: '日期',
      window: '时间',
      classes: '班级',
      people: '人数',
      given: '给出(分)',
      needed: '需要(分)',
      over: '超出(分)',
      implied: '相当于',
      room: '教室',
    },
    short: '不够',
    holds: '够',
    verdictShort: (windows, minutes, holdsFrom) =>
      `${windows} 段时间不够，共超出 ${minutes} 分钟。按这份时间表的时间，拍摄速度至少要${holdsFrom}，每段才都够。`,
    verdictUnscheduled: (count) => `每段时间都够用，但有 ${count} 个班没有时间（见下）。`,
    verdictHolds: (holdsFrom) => `每段时间都够用（拍摄速度达到${holdsFrom}就够）。`,
    tolerance: (minutes) => `（每段允许超出 ${minutes} 分钟）`,
    problemsHeading: '其他问题：',
    overlap: (first, second, minutes) => `${first} 与 ${second} 重叠 ${minutes} 分钟`,
    gap: (first, second, minutes) => `${first} 与 ${second} 之间空出 ${minutes} 分钟`,
    crossesBreak: (window, from, to) => `${window} 跨过了拍摄时段以外的 ${from}-${to}`,
    inRoom: (room, text) => `${room}：${text}`,
    clash: (counselor, first, second, minutes) =>
      `${counselor} 同时排在两个教室：${first} 与 ${second} 重叠 ${minutes} 分钟`,
    duplicate: (name, firstRow, secondRow) => `班级“${name}”列了两次（第${firstRow}行、第${secondRow}行）`,
    unscheduled: (count, names) => `${count} 个班没有时间（未排入）：${names}`,
    retimedHeading: (rate) => `按${rate}重新排的时间：`,
    retimedColumns: { counselor: '辅导员', old: '原时间', new: '新时间' },
  },
  replan: {
    measured: (rate, people, minutes) => `实际速度 ${rate}（已拍 ${people} 人，用时 ${minutes} 分钟）`,
    planned: (now, rate) => `${now} 起其余班级按${rate}重新排定。`,
    factLabel: '调整',
    doneMark: '（已拍）',
    absentMark: '（未到，最后拍）',
    absentAt: (at) => `（${at}）`,
    daySeparator: '；',
    tellHeading: '需要通知：',
    nobody: '没有辅导员的时间需要调整。',
    counselorLine: (s) =>
      `${s.counselor}老师：您班级的拍摄时间由 ${s.was} 调整为 ${s.now}（${zhShift(s.minutes)}），${s.gatherNow ? '请现在就到场。' : s.gather ? `请于 ${s.gather} 到场。` : '按现在的进度排不下，请等候进一步通知。'}${s.absent.length > 0 ? `${s.absent.join('、')}未按时到场，改在其他班级之后拍摄。` : ''}`,
    collegeLine: (s) => `${s.college}：本学院的拍摄时间由 ${s.was} 调整为 ${s.now}（${zhShift(s.minutes)}）。`,
  },
};

/** A change of time in words: 推迟 20.5 分钟 / 提前 5 分钟 / 时间不变. */
function zhShift(minutes: number): string {
  if (minutes === 0) return '开始时间不变';
  return `${minutes > 0 ? '推迟' : '提前'} ${formatNumber(Math.abs(minutes))} 分钟`;
}
