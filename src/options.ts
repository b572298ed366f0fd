/** One command-line option: its flags, default, and help in each language. The README's table is checked against this. */
export interface OptionSpec {
  flags: string;
  /** The camelCase key commander and the config file use. */
  key: string;
  default?: string;
  help: { zh: string; en: string };
}

/** Every option of `capture-plan build`, in help order. */
export const BUILD_OPTIONS: readonly OptionSpec[] = [
  {
    flags: '-t, --throughput <rate>',
    key: 'throughput',
    default: '20/10min',
    help: {
      zh: '拍摄速度：20/10min、2/min、120/h',
      en: 'photographer rate: 20/10min, 2/min, 120/h',
    },
  },
  {
    flags: '-s, --sessions <windows>',
    key: 'sessions',
    default: '08:30-12:00,13:30-18:00',
    help: {
      zh: '每天的拍摄时段，逗号分隔',
      en: 'daily sessions, comma separated',
    },
  },
  {
    flags: '-d, --date <dates>',
    key: 'date',
    help: {
      zh: '拍摄日期：2024-04-22、逗号分隔多个，或 2024-04-22..2024-04-26（默认今天）',
      en: 'capture date(s): 2024-04-22, a comma list, or 2024-04-22..2024-04-26 (default: today)',
    },
  },
  {
    flags: '--location <text>',
    key: 'location',
    help: {
      zh: '拍摄地点，写进通知',
      en: 'where photos are taken, printed in the notice',
    },
  },
  {
    flags: '-o, --out <file...>',
    key: 'out',
    help: {
      zh: '输出文件，按扩展名决定格式（.xlsx .md .html .ics .json）；默认 timetable.xlsx 和 notice.md',
      en: 'output files, format by extension (.xlsx .md .html .ics .json); default timetable.xlsx and notice.md',
    },
  },
  {
    flags: '--sheet <name|number>',
    key: 'sheet',
    help: {
      zh: '读取哪个工作表（默认第一个有表头的）',
      en: 'worksheet to read (default: the first with a header)',
    },
  },
  {
    flags: '--round <minutes>',
    key: 'round',
    default: '10',
    help: {
      zh: '通知里时间的取整分钟数（1 = 精确到分钟）',
      en: "minutes the notice's times round to (1 = exact minute)",
    },
  },
  {
    flags: '--gather <minutes>',
    key: 'gather',
    default: '10',
    help: {
      zh: '每个班提前多少分钟集合',
      en: 'minutes before its start each class gathers',
    },
  },
  {
    flags: '--template <file.md>',
    key: 'template',
    help: {
      zh: '用自己的通知模板（Markdown，占位符如 {{table}}）写 .md',
      en: 'write the .md from your own template (placeholders such as {{table}})',
    },
  },
  {
    flags: '--ics-per-counselor <dir>',
    key: 'icsPerCounselor',
    help: {
      zh: '给每位辅导员单独写一个日历文件到这个文件夹',
      en: 'write one calendar file per counselor into this folder',
    },
  },
  {
    flags: '--rooms <names>',
    key: 'rooms',
    help: {
      zh: '同时拍摄的教室，逗号分隔：A1-108,A1-109（每间一个摄影师）',
      en: 'rooms photographing in parallel, comma separated: A1-108,A1-109',
    },
  },
  {
    flags: '--order <policy>',
    key: 'order',
    default: 'input',
    help: {
      zh: '辅导员顺序：input 按名单，optimize 自动找最好的顺序',
      en: 'counselor order: input (as in the roster) or optimize',
    },
  },
  {
    flags: '--changeover <minutes>',
    key: 'changeover',
    default: '0',
    help: {
      zh: '两位辅导员之间留出的分钟数',
      en: 'minutes between two counselors in a room',
    },
  },
  {
    flags: '--reserve <minutes>',
    key: 'reserve',
    default: '0',
    help: {
      zh: '每天最后留出补拍的分钟数',
      en: 'minutes kept free at the end of each day for make-up photos',
    },
  },
  {
    flags: '--max-input-mb <mb>',
    key: 'maxInputMb',
    default: '50',
    help: {
      zh: '名单文件大小上限（MB），更大的文件不读',
      en: 'largest roster file read, in MB',
    },
  },
  {
    flags: '--strict',
    key: 'strict',
    help: {
      zh: '排不下时以退出码 1 结束',
      en: 'exit 1 when the plan does not fit',
    },
  },
  {
    flags: '--json',
    key: 'json',
    help: {
      zh: '在标准输出打印 JSON 计划（除非给了 -o，否则不写文件）',
      en: 'print the plan as JSON on stdout (no files unless -o)',
    },
  },
  {
    flags: '--config <file>',
    key: 'config',
    help: {
      zh: '配置文件（默认当前文件夹的 capture-plan.config.json）',
      en: 'config file (default: capture-plan.config.json here)',
    },
  },
  {
    flags: '--check',
    key: 'check',
    help: {
      zh: '只检查输出是否最新，不写文件：最新时退出码 0，过期时 1',
      en: 'write nothing; exit 0 when every output is up to date, 1 when any is stale',
    },
  },
  {
    flags: '--lang <zh|en>',
    key: 'lang',
    default: 'zh',
    help: {
      zh: '输出语言',
      en: 'output language',
    },
  },
];

const WHATIF_KEYS = [
  'throughput',
  'sessions',
  'date',
  'rooms',
  'order',
  'changeover',
  'reserve',
  'sheet',
  'maxInputMb',
  'config',
  'json',
  'lang',
] as const;
const WHATIF_HELP: Partial<Record<(typeof WHATIF_KEYS)[number], OptionSpec['help']>> = {
  throughput: {
    zh: '拍摄速度，多个用 ; 或 , 分隔：18/10min,20/10min',
    en: 'rates to compare, separated by ; or ,: 18/10min,20/10min',
  },
  sessions: { zh: '时段安排，多个用 ; 分隔（加引号）', en: 'session layouts to compare, separated by ; (quote them)' },
  date: {
    zh: '日期，多个用 ; 分隔（加引号）："2024-04-22;2024-04-23"',
    en: 'dates to compare, separated by ; (quote them): "2024-04-22;2024-04-23"',
  },
  rooms: {
    zh: '教室安排，多个用 ; 分隔（加引号）："A1-108;A1-108,A1-109"',
    en: 'room sets to compare, separated by ; (quote them): "A1-108;A1-108,A1-109"',
  },
  json: { zh: '以 JSON 打印比较结果', en: 'print the comparison as JSON' },
};

/** The options of `capture-plan whatif`: the build options that describe a scenario, several values each. */
export const WHATIF_OPTIONS: readonly OptionSpec[] = WHATIF_KEYS.map((key) => {
  const spec = BUILD_OPTIONS.find((o) => o.key === key)!;
  return { ...spec, help: WHATIF_HELP[key] ?? spec.help };
});
