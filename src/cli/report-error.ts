import { CommanderError } from 'commander';
import { CapturePlanError, MAX_PROBLEMS, problem } from '../core/errors.js';
import type { Lang } from '../core/i18n/labels.js';
import { formatProblem } from '../core/problem-text.js';
import { terminalText } from '../write/terminal-text.js';
import type { CliIo } from './io.js';

/** Exit code of a failure that is the program's own fault (a bug), not the input's. */
const EXIT_BUG = 3;

/**
 * Writes an error as the user should see it and returns the exit code: a command-line mistake or bad input as one
 * line each (2, or the error's own code), anything else as a bug report (3).
 */
export function reportError(error: unknown, argv: readonly string[], lang: Lang, io: CliIo): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0;
    if (error.code === 'commander.help' || error.code === 'commander.helpDisplayed') return 2;
    io.stderr.write(`capture-plan: ${terminalText(formatProblem(usageProblem(error, argv), lang))}\n`);
    return 2;
  }
  if (error instanceof CapturePlanError) {
    const shown = error.problems.slice(0, MAX_PROBLEMS).map((p) => terminalText(formatProblem(p, lang)));
    if (error.problems.length > MAX_PROBLEMS)
      shown.push(formatProblem(problem('moreProblems', { count: error.problems.length - MAX_PROBLEMS }), lang));
    io.stderr.write(shown.map((line) => `capture-plan: ${line}\n`).join(''));
    return error.exitCode;
  }
  const stack = (error instanceof Error ? (error.stack ?? error.message) : String(error))
    .split('\n')
    .map(terminalText)
    .join('\n');
  io.stderr.write(
    `${stack}\n${lang === 'zh' ? 'capture-plan 内部错误：这是程序的缺陷，请把上面的信息和名单文件一起报告给维护者。' : 'capture-plan internal error: this is a bug; please report it with the text above and the roster file.'}\n`,
  );
  return EXIT_BUG;
}

/** A command-line mistake commander found, as our own problem (one line, in the output language). */
function usageProblem(error: CommanderError, argv: readonly string[]): ReturnType<typeof problem> {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /Did you mean ([^?]+)\?/.exec(error.message)?.[1]?.trim() ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return problem('unknownOption', { option: quoted, suggestion, help: helpCommandOf(argv) });
    case 'commander.unknownCommand':
      return problem('unknownCommand', { command: quoted, suggestion });
    case 'commander.optionMissingArgument':
      return problem('optionNeedsValue', { option: quoted });
    case 'commander.excessArguments':
      return problem('tooManyArguments', {});
    default:
      return problem('usage', { text: error.message.replace(/^error: /, '') });
  }
}

/** The help to point to: the command's own when the arguments name one before any option, else the program's. */
function helpCommandOf(argv: readonly string[]): string {
  const command = argv.find((a) => !a.startsWith('-'));
  return `capture-plan ${command === 'build' || command === 'whatif' || command === 'audit' || command === 'replan' ? `${command} ` : ''}--help`;
}
