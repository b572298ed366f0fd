/** One command-line option: its flags, default, and help in each language. The README's table is checked against this. */
export interface OptionSpec {
  flags: string;
  default?: string;
  help: { zh: string; en: string };
}

/** Every option of `capture-plan build`, in help order. */
export const BUILD_OPTIONS: readonly OptionSpec[] = [
  {
    flags: '-t, --throughput <rate>',
    default: '20/10min',
    help: { zh: '拍摄速度：20/10min、2/min、120/h', en: 'photographer rate: 20/10min, 2/min, 120/h' },
  },
  {
    flags: '-s, --sessions <windows>',
    default: '08:30-12:00,13:30-18:00',
    help: { zh: '每天的拍摄时段，逗号分隔', en: 'daily sessions, comma separated' },
  },
  {
    flags: '-d, --date <dates>',
    help: {
      zh: '拍摄日期：2024-04-22、逗号分隔多个，或 2024-04-22..2024-04-26（默认今天）',
      en: 'capture date(s): 2024-04-22, a comma list, or 2024-04-22..2024-04-26 (default: today)',
    },
  },
  { flags: '--location <text>', help: { zh: '拍摄地点，写进通知', en: 'where photos are taken, printed in the notice' } },
  {
    flags: '-o, --out <file...>',
    help: {
      zh: '输出文件，按扩展名决定格式（.xlsx .md .html .ics .json）；默认 timetable.xlsx 和 notice.md',
      en: 'output files, format by extension (.xlsx .md .html .ics .json); default timetable.xlsx and notice.md',
    },
  },
  { flags: '--sheet <name|number>', help: { zh: '读取哪个工作表（默认第一个有表头的）', en: 'worksheet to read (default: the first with a header)' } },
  { flags: '--round <minutes>', default: '10', help: { zh: '通知里时间的取整分钟数（1 = 精确到分钟）', en: "minutes the notice's times round to (1 = exact minute)" } },
  { flags: '--gather <minutes>', default: '10', help: { zh: '每个班提前多少分钟集合', en: 'minutes before its start each class gathers' } },
  {
    flags: '--template <file.md>',
    help: { zh: '用自己的通知模板（Markdown，占位符如 {{table}}）写 .md', en: 'write the .md from your own template (placeholders such as {{table}})' },
  },
  {
    flags: '--ics-per-counselor <dir>',
    help: { zh: '给每位辅导员单独写一个日历文件到这个文件夹', en: 'write one calendar file per counselor into this folder' },
  },
  { flags: '--strict', help: { zh: '排不下时以退出码 1 结束', en: 'exit 1 when the plan does not fit' } },
  { flags: '--json', help: { zh: '在标准输出打印 JSON 计划（除非给了 -o，否则不写文件）', en: 'print the plan as JSON on stdout (no files unless -o)' } },
  { flags: '--lang <zh|en>', default: 'zh', help: { zh: '输出语言', en: 'output language' } },
];
