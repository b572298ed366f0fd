import { type Argument, type Command, Help, type Option } from 'commander';
import type { Lang } from '../core/i18n/labels.js';

/** commander's own words in the help, in each language: headings, the usage placeholders, a default, help itself. */
const WORDS: Record<
  Lang,
  {
    titles: Record<string, string>;
    placeholders: Record<string, string>;
    defaultValue(value: string): string;
    help: string;
    helpCommand: string;
  }
> = {
  zh: {
    titles: { 'Usage:': '用法:', 'Arguments:': '参数:', 'Options:': '选项:', 'Commands:': '命令:' },
    placeholders: { '[options]': '[选项]', '[command]': '[命令]' },
    defaultValue: (value) => `（默认值：${value}）`,
    help: '显示帮助',
    helpCommand: '显示某个命令的帮助，如 help build',
  },
  en: {
    titles: {},
    placeholders: {},
    defaultValue: (value) => ` (default: ${value})`,
    help: 'show help',
    helpCommand: 'show the help of a command, e.g. help build',
  },
};

/**
 * Makes commander's help speak `lang`: its headings (用法, 参数, 选项, 命令), the `[options]` and `[command]` of a
 * usage, a default value, the help option and the `help [command]` command; descriptions wrap between CJK characters
 * too, at their width on a terminal (two columns each). Call before adding subcommands: they inherit it.
 */
export function speakHelp(program: Command, lang: Lang): Command {
  const words = WORDS[lang];
  const placeholders = (text: string) =>
    text
      .split(' ')
      .map((word) => words.placeholders[word] ?? word)
      .join(' ');
  const withDefault = (description: string, option: Option | Argument) =>
    option.defaultValue === undefined
      ? description
      : `${description}${words.defaultValue(option.defaultValueDescription ?? String(option.defaultValue))}`;
  return program
    .helpOption('-h, --help', words.help)
    .helpCommand(`help ${placeholders('[command]')}`, words.helpCommand)
    .configureHelp({
      styleTitle: (title) => words.titles[title] ?? title,
      // commander's own terms (they use no state of the helper), then the placeholders in this language
      commandUsage: (cmd) => placeholders(Help.prototype.commandUsage(cmd)),
      subcommandTerm: (cmd) => placeholders(Help.prototype.subcommandTerm(cmd)),
      optionDescription: (option) => withDefault(option.description, option),
      argumentDescription: (argument) => withDefault(argument.description, argument),
      displayWidth: columns,
      boxWrap(text, width) {
        return text
          .split(/\r?\n/)
          .map((line) => wrapped(line, width))
          .join('\n');
      },
    });
}

/** A short note in brackets, such as a default, with the punctuation after it: never broken. */
const NOTE = String.raw`（[^（）]{1,24}）[、。，：；！？]*|\([^()\s][^()]{0,24}\)[,.;:]*`;
const IDEOGRAPH = String.raw`\u3400-\u9fff\uf900-\ufaff`;
/**
 * The pieces a line may break between: a note, an ideograph with the punctuation after it, a run of other text (any
 * other character alone, so nothing is left out).
 */
const PIECES = new RegExp(
  String.raw`\s*(?:${NOTE}|[（「]?[${IDEOGRAPH}][、。，：；！？）」]*|[（「]?[^\s（「${IDEOGRAPH}]+|\S)`,
  'g',
);

/**
 * A line broken into lines of at most `width` columns, at spaces and between CJK ideographs (the punctuation after
 * one stays with it, so no line starts with ，or ）; a short note in brackets, such as the default, stays whole); a run
 * of other characters longer than the width stays whole.
 */
function wrapped(line: string, width: number): string {
  const pieces = line.match(PIECES);
  if (!pieces) return line;
  const lines: string[] = [];
  let current = pieces[0]!;
  for (const piece of pieces.slice(1)) {
    if (columns(current) + columns(piece) <= width) current += piece;
    else {
      lines.push(current);
      current = piece.trimStart();
    }
  }
  lines.push(current);
  return lines.join('\n');
}

/** The columns a text takes on a terminal: two for a wide character (CJK, full-width forms), one for the rest. */
function columns(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x1100 ? 2 : 1;
  return width;
}

/** The examples under `replan --help`, in the help's language. */
export function replanExamples(lang: Lang): string {
  return `
${lang === 'zh' ? '示例' : 'Examples'}:
  capture-plan replan 名单.xlsx -d 2024-04-22 --now 10:40 --done 软件20217
  capture-plan replan 名单.xlsx -d 2024-04-22 --now 10:40 --done 软件20217 --absent 网络20212 --tell 通知辅导员.txt
  capture-plan replan 名单.xlsx -d 2024-04-22..2024-04-23 --now 2024-04-23T10:40 --done 会计20211 --rate planned
`;
}
