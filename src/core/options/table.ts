import { problem } from '../errors.js';
import type { OptionSpec } from './spec.js';
import { AUDIT_OPTIONS } from './table-audit.js';
import { CONSTRAINT_OPTIONS } from './table-constraints.js';
import { REPLAN_OPTIONS } from './table-replan.js';
import { SCHEDULING_OPTIONS } from './table-scheduling.js';

/**
 * Every option once, in the order `build --help` lists them (the config file's `$schema` and `roster` first, its
 * constraints last). commander's options, the config file's schema and the README's check all come from here.
 */
export const OPTIONS = [
  {
    key: '$schema',
    value: { kind: 'anyText' },
    commands: [],
    config: 'Path or URL of this JSON Schema, for editors.',
  },
  {
    key: 'roster',
    argument: '[roster]',
    value: { kind: 'path' },
    help: {
      zh: '名单文件（.xlsx 或 .csv；也可写在配置文件里）',
      en: 'roster file (.xlsx or .csv; or "roster" in the config file)',
    },
    commands: ['build', 'whatif'],
    whatifHelp: { zh: '名单文件（.xlsx 或 .csv）', en: 'roster file (.xlsx or .csv)' },
    config: 'The roster file (.xlsx or .csv), relative to this config file.',
  },
  {
    key: 'throughput',
    flags: '-t, --throughput <rate>',
    value: { kind: 'rate' },
    default: '20/10min',
    help: {
      zh: '拍摄速度：20/10min、每10分钟20人、2/min、120/h',
      en: 'photographer rate: 20/10min, 20 per 10 min, 2/min, 120/h',
    },
    commands: ['build', 'whatif', 'audit'],
    auditHelp: {
      zh: '要核对的拍摄速度：20/10min、每10分钟20人',
      en: 'the rate to check the windows against: 20/10min, 20 per 10 min',
    },
    whatifPlace: 1,
    whatifHelp: {
      zh: '拍摄速度，多个用 ; 或 , 分隔：18/10min,20/10min',
      en: 'rates to compare, separated by ; or ,: 18/10min,20/10min',
    },
    config: 'Photographer rate: 20/10min, 2/min, 120/h.',
  },
  {
    key: 'sessions',
    flags: '-s, --sessions <windows>',
    value: { kind: 'sessions' },
    default: '08:30-12:00,13:30-18:00',
    help: { zh: '每天的拍摄时段，逗号分隔', en: 'daily sessions, comma separated' },
    commands: ['build', 'whatif', 'audit'],
    whatifPlace: 2,
    whatifHelp: {
      zh: '时段安排，多个用 ; 分隔（加引号）',
      en: 'session layouts to compare, separated by ; (quote them)',
    },
    config: 'Daily sessions: "08:30-12:00,13:30-18:00" or a list of windows.',
  },
  {
    key: 'date',
    flags: '-d, --date <dates>',
    value: { kind: 'dates' },
    help: {
      zh: '拍摄日期：2024-04-22、逗号分隔多个，或 2024-04-22..2024-04-26（默认今天）',
      en: 'capture date(s): 2024-04-22, a comma list, or 2024-04-22..2024-04-26 (default: today)',
    },
    commands: ['build', 'whatif', 'audit'],
    auditHelp: {
      zh: '时间表没有日期列时的拍摄日期：2024-04-22',
      en: 'the capture date, when the timetable has no date column: 2024-04-22',
    },
    whatifPlace: 3,
    whatifHelp: {
      zh: '日期，多个用 ; 分隔（加引号）："2024-04-22;2024-04-23"',
      en: 'dates to compare, separated by ; (quote them): "2024-04-22;2024-04-23"',
    },
    config: 'Capture date(s): "2024-04-22", a list, or a range "2024-04-22..2024-04-26".',
  },
  {
    key: 'location',
    flags: '--location <text>',
    value: { kind: 'text' },
    help: { zh: '拍摄地点，写进通知', en: 'where photos are taken, printed in the notice' },
    commands: ['build', 'audit'],
    config: 'Where photos are taken, printed in the notice.',
  },
  {
    key: 'title',
    flags: '--title <text>',
    value: { kind: 'text' },
    help: {
      zh: '通知和时间表的标题（默认“学历图像采集拍摄安排”）',
      en: 'the heading of the notice and the timetable (default: Graduation photo capture schedule)',
    },
    commands: ['build', 'audit'],
    config: 'The heading of the notice, the timetable and the calendar events (default: 学历图像采集拍摄安排).',
  },
  {
    key: 'out',
    flags: '-o, --out <file...>',
    value: { kind: 'paths' },
    help: {
      zh: '输出文件，按扩展名决定格式（.xlsx .md .html .docx .ics .json）；默认 timetable.xlsx 和 notice.md',
      en: 'output files, format by extension (.xlsx .md .html .docx .ics .json); default timetable.xlsx and notice.md',
    },
    commands: ['build', 'audit'],
    auditHelp: {
      zh: '按 -t 的速度重新排时间，写出这些文件（.xlsx .md .html .docx .ics .json）',
      en: 're-time the classes at -t and write these files (.xlsx .md .html .docx .ics .json)',
    },
    config: 'Output files, relative to this config file; the format follows the extension.',
  },
  {
    key: 'sheet',
    flags: '--sheet <name|number>',
    value: { kind: 'worksheet' },
    help: {
      zh: '只读取这一个工作表（默认读取每个有名单表头的工作表）',
      en: 'the one worksheet to read (default: every sheet with a roster header)',
    },
    commands: ['build', 'whatif', 'audit'],
    whatifPlace: 12,
    config:
      'The one worksheet to read: a name or a 1-based number; without it, every sheet with a roster header is read.',
  },
  {
    key: 'round',
    flags: '--round <minutes>',
    value: { kind: 'whole', min: 1, max: 60, divides: 60, outOfRange: (value) => problem('badRound', { value }) },
    default: '10',
    help: {
      zh: '通知里时间的取整分钟数（1 = 精确到分钟）',
      en: "minutes the notice's times round to (1 = exact minute)",
    },
    commands: ['build', 'audit'],
    config: "Minutes the notice's times round to.",
  },
  {
    key: 'gather',
    flags: '--gather <minutes>',
    value: { kind: 'whole', min: 0, max: 120, outOfRange: (value) => problem('badGather', { value }) },
    default: '10',
    help: { zh: '每个班提前多少分钟集合', en: 'minutes before its start each class gathers' },
    commands: ['build', 'audit'],
    config: 'Minutes before its start each class gathers.',
  },
  {
    key: 'fee',
    flags: '--fee <yuan>',
    value: { kind: 'money', max: 1000 },
    help: {
      zh: '每人的拍摄费用（元），如 15 或 15.5；0 = 不收费',
      en: 'photo fee per person in yuan: 15, 15.5 (0 = none)',
    },
    commands: ['build', 'audit'],
    config: 'Photo fee per person in yuan (at most two decimals); 0 means none is collected.',
  },
  {
    key: 'template',
    flags: '--template <file.md>',
    value: { kind: 'path' },
    help: {
      zh: '用自己的通知模板（Markdown，占位符如 {{table}}）写 .md、.html、.docx 通知',
      en: 'write the .md, .html and .docx notices from your own template ({{table}} …)',
    },
    commands: ['build'],
    config:
      'Notice template (Markdown) with {{placeholders}} for the .md, .html and .docx notices, relative to this config file.',
  },
  {
    key: 'icsPerCounselor',
    flags: '--ics-per-counselor <dir>',
    value: { kind: 'path' },
    help: {
      zh: '给每位辅导员单独写一个日历文件到这个文件夹',
      en: 'write one calendar file per counselor into this folder',
    },
    commands: ['build'],
    config: 'Folder for one calendar file per counselor, relative to this config file.',
  },
  {
    key: 'split',
    flags: '--split <college>',
    value: { kind: 'choice', values: ['college'], invalid: (value) => problem('badSplit', { value }) },
    help: {
      zh: '另给每个学院写一份通知（.md/.html/.docx）和日历（.ics），如 notice-计算机学院.md',
      en: 'also write one notice (.md/.html/.docx) and calendar (.ics) per college, such as notice-计算机学院.md',
    },
    commands: ['build'],
    config: 'With "college": one notice and calendar per college beside each .md, .html and .ics output.',
  },
  ...SCHEDULING_OPTIONS,
  {
    key: 'maxInputMb',
    flags: '--max-input-mb <mb>',
    value: { kind: 'whole', min: 1, max: 2048, outOfRange: (value) => problem('badMaxInput', { value }) },
    default: '50',
    help: { zh: '名单文件大小上限（MB），更大的文件不读', en: 'largest roster file read, in MB' },
    commands: ['build', 'whatif', 'audit'],
    whatifPlace: 13,
    config: 'Largest roster file read, in MB.',
  },
  {
    key: 'strict',
    flags: '--strict',
    value: { kind: 'boolean' },
    help: { zh: '排不下时以退出码 1 结束', en: 'exit 1 when the plan does not fit' },
    commands: ['build'],
    config: 'Exit 1 when the plan does not fit.',
  },
  {
    key: 'json',
    flags: '--json',
    value: { kind: 'boolean' },
    help: {
      zh: '在标准输出打印 JSON 计划（除非给了 -o，否则不写文件）',
      en: 'print the plan as JSON on stdout (no files unless -o)',
    },
    commands: ['build', 'whatif', 'audit'],
    auditHelp: { zh: '以 JSON 打印检查结果', en: 'print the audit as JSON' },
    whatifPlace: 15,
    whatifHelp: { zh: '以 JSON 打印比较结果', en: 'print the comparison as JSON' },
  },
  {
    key: 'config',
    flags: '--config <file>',
    value: { kind: 'path' },
    help: {
      zh: '配置文件（默认当前文件夹的 capture-plan.config.json）',
      en: 'config file (default: capture-plan.config.json here)',
    },
    commands: ['build', 'whatif', 'audit'],
    whatifPlace: 14,
  },
  {
    key: 'check',
    flags: '--check',
    value: { kind: 'boolean' },
    help: {
      zh: '只检查输出是否最新，不写文件：最新时退出码 0，过期时 1',
      en: 'write nothing; exit 0 when every output is up to date, 1 when any is stale',
    },
    commands: ['build'],
  },
  {
    key: 'lang',
    flags: '--lang <zh|en>',
    value: { kind: 'choice', values: ['zh', 'en'], invalid: (value) => problem('badLang', { value }) },
    default: 'zh',
    help: { zh: '输出语言', en: 'output language' },
    commands: ['build', 'whatif', 'audit'],
    whatifPlace: 16,
    config: 'Output language.',
  },
  ...CONSTRAINT_OPTIONS,
  ...AUDIT_OPTIONS,
  ...REPLAN_OPTIONS,
] as const satisfies readonly OptionSpec[];

/** An option's key. */
export type OptionKey = (typeof OPTIONS)[number]['key'];

/** The table's entry of one option, with its literal types. */
export type OptionOf<K extends OptionKey> = Extract<(typeof OPTIONS)[number], { key: K }>;

/** The table's entry of an option. */
export function optionOf<K extends OptionKey>(key: K): OptionOf<K> {
  return OPTIONS.find((o) => o.key === key) as OptionOf<K>;
}

/** The table's entry of an option, as any option. */
export function specOf(key: OptionKey): OptionSpec {
  return optionOf(key);
}
