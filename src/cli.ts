import { createRequire } from 'node:module';
import { Command, Option } from 'commander';
import { DateTime } from 'luxon';
import { replanExamples, speakHelp } from './cli/help.js';
import type { CliIo } from './cli/io.js';
import { phases } from './cli/phases.js';
import { reportError } from './cli/report-error.js';
import { build } from './commands/build.js';
import { replanDay } from './commands/replan.js';
import { resolveRequest } from './commands/request.js';
import type { Problem } from './core/errors.js';
import type { Lang } from './core/i18n/labels.js';
import { argumentsOf, flagsOf } from './core/options/command-options.js';
import { flagLang } from './core/options/lang.js';
import type { GivenFlags } from './core/options/option-reader.js';
import type { CommandName } from './core/options/spec.js';
import { formatProblem } from './core/problem-text.js';

import { abandonWrites } from './write/atomic.js';
import type { Paint } from './write/paint.js';
import { terminalText } from './write/terminal-text.js';

const plain = (text: string) => text;
const PLAIN: Paint = { red: plain, green: plain, yellow: plain, bold: plain, dim: plain };

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  let exitCode = 0;
  const program = speakHelp(new Command('capture-plan'), lang)
    .description(
      lang === 'zh'
        ? '把班级名单排成毕业生图像采集的拍摄时间表和通知。'
        : 'Turn a class roster into a graduation-photo timetable and notice.',
    )
    .version(version(), '-V, --version', lang === 'zh' ? '显示版本号' : 'print the version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    });

  const buildCommand = program
    .command('build')
    .description(
      lang === 'zh'
        ? '读名单，写出时间表（.xlsx）和通知（.md）'
        : 'read a roster, write the timetable (.xlsx) and the notice (.md)',
    )
    .addHelpText('after', examples(lang))
    .action(async (roster: string | undefined, _options: unknown, command: Command) => {
      const request = await resolveRequest(source('build', roster, command));
      const shown = request.presentation;
      const result = await build(request, {
        cwd: io.cwd,
        phase: phases(io, shown.json),
        sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
        ...(io.writing ? { writing: io.writing } : {}),
      });
      const paint = await painter(shown.json);
      warn([...request.warnings, ...result.warnings], shown.lang, paint);
      if (result.json !== undefined) {
        io.stdout.write(result.json);
        if (result.warning) io.stderr.write(`${paint.red(`✗ ${terminalText(result.warning)}`)}\n`);
      } else if (result.stale) {
        const { renderCheck } = await import('./write/check-report.js');
        io.stdout.write(renderCheck(result.stale, shown, paint));
      } else {
        const { renderSummary } = await import('./write/terminal.js');
        io.stdout.write(await renderSummary(result.notice!, result.written, paint));
      }
      exitCode = result.exitCode;
    });
  addOptions(buildCommand, 'build');

  const whatifCommand = program
    .command('whatif')
    .description(lang === 'zh' ? '比较不同速度、时段、日期下的安排' : 'compare plans at other rates, sessions or dates')
    .addHelpText(
      'after',
      `\n${lang === 'zh' ? '示例' : 'Examples'}:\n  capture-plan whatif 名单.xlsx -d 2024-04-22 -t 18/10min,20/10min,22/10min,25/10min\n  capture-plan whatif 名单.xlsx -d "2024-04-22;2024-04-22..2024-04-23" --rooms "A1-108;A1-108,A1-109"\n`,
    )
    .action(async (roster: string | undefined, _options: unknown, command: Command) => {
      const request = await resolveRequest(source('whatif', roster, command));
      const shown = request.presentation;
      const { whatif } = await import('./commands/whatif.js');
      const result = await whatif(request, io.cwd);
      const paint = await painter(shown.json);
      warn(result.warnings, shown.lang, paint);
      if (result.json !== undefined) io.stdout.write(result.json);
      else {
        const [{ whatifTable }, { renderWhatif }] = await Promise.all([
          import('./core/whatif/whatif-table.js'),
          import('./write/whatif-report.js'),
        ]);
        io.stdout.write(await renderWhatif(whatifTable(result, shown.lang), paint));
      }
    });
  addOptions(whatifCommand, 'whatif');

  // audit: a published timetable checked against a rate, and with -o re-timed through build's writers
  const auditCommand = program
    .command('audit')
    .description(
      lang === 'zh'
        ? '检查已有时间表的每段时间够不够，并可重新排时间'
        : 'check a published timetable against a rate, and re-time it',
    )
    .addHelpText(
      'after',
      `\n${lang === 'zh' ? '示例' : 'Examples'}:\n  capture-plan audit 通知表格.xlsx -t 20/10min\n  capture-plan audit 通知表格.xlsx -t 20/10min -o timetable.xlsx notice.md\n  capture-plan audit timetable.csv -t 20/10min -d 2024-04-22 --json\n`,
    )
    .action(async (timetable: string, _options: unknown, command: Command) => {
      const base = source('audit', undefined, command);
      const request = await resolveRequest({ ...base, flags: { ...base.flags, timetable } });
      const shown = request.presentation;
      const [{ audit }, { auditTable }, { renderAudit }, { retimedReport }] = await Promise.all([
        import('./commands/audit.js'),
        import('./core/audit/audit-table.js'),
        import('./write/audit-report.js'),
        import('./core/audit/retimed-report.js'),
      ]);
      const result = await audit(request, { cwd: io.cwd, sourceDateEpoch: io.env.SOURCE_DATE_EPOCH });
      const paint = await painter(shown.json);
      warn(result.warnings, shown.lang, paint);
      if (result.json !== undefined) io.stdout.write(result.json);
      else {
        const retimed = result.retimed && retimedReport(result.audit, result.retimed, shown.lang);
        io.stdout.write(await renderAudit(auditTable(result.audit, shown.lang), retimed, paint));
      }
      exitCode = result.exitCode;
    });
  addOptions(auditCommand, 'audit');
  // replan: the day re-planned from its progress; build's outputs, then the lines to send
  const replanCommand = program
    .command('replan')
    .description(
      lang === 'zh'
        ? '拍摄当天按进度重排：已拍的不动，其余从现在起排，并列出要通知的辅导员'
        : 're-plan on the day from progress: done classes stay, the rest runs from now; says whom to tell',
    )
    .addHelpText('after', replanExamples(lang))
    .action(async (roster: string | undefined, _options: unknown, command: Command) => {
      const request = await resolveRequest(source('replan', roster, command));
      const shown = request.presentation;
      const result = await replanDay(request, {
        cwd: io.cwd,
        phase: phases(io, shown.json),
        sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
      });
      const paint = await painter(shown.json);
      warn([...request.warnings, ...result.warnings], shown.lang, paint);
      const { renderReplan } = await import('./write/replan-report.js');
      const report = renderReplan(result, shown.lang, paint);
      if (result.json !== undefined) {
        io.stdout.write(result.json);
        io.stderr.write(report);
      } else {
        const { renderSummary } = await import('./write/terminal.js');
        io.stdout.write(`${await renderSummary(result.notice!, result.written, paint)}${report}`);
      }
      exitCode = result.exitCode;
    });
  addOptions(replanCommand, 'replan');

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, argv, lang, io);
  }

  /** The command's argument and options, from the option table. */
  function addOptions(command: Command, name: CommandName): void {
    for (const spec of argumentsOf(name)) command.argument(spec.flags, spec.help[lang]);
    for (const spec of flagsOf(name)) {
      const option = new Option(spec.flags, spec.help[lang]);
      if (spec.default !== undefined) option.default(spec.default);
      command.addOption(option);
    }
  }

  /** What a command's action knows before the config file is read. */
  function source<C extends CommandName>(name: C, roster: string | undefined, command: Command) {
    const flags = { ...givenFlags(command), roster };
    return { command: name, flags, cwd: io.cwd, today: localDate(io.now), commandLine: commandLine(argv), lang };
  }

  function warn(warnings: readonly Problem[], shownIn: Lang, paint: Paint): void {
    for (const w of warnings) io.stderr.write(`${paint.yellow(`! ${terminalText(formatProblem(w, shownIn))}`)}\n`);
  }

  /** Colours only on a terminal and never with NO_COLOR; chalk is loaded only when there is colour to paint. */
  async function painter(toStderr: boolean): Promise<Paint> {
    const stream = toStderr ? io.stderr : io.stdout;
    if (!stream.isTTY || io.env.NO_COLOR !== undefined) return PLAIN;
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: 1 });
    return { red: chalk.red, green: chalk.green, yellow: chalk.yellow, bold: chalk.bold, dim: chalk.dim };
  }
}

/**
 * The entry the bin calls: real argv, streams, environment and clock. SIGINT and SIGTERM keep their default (the run
 * ends at once, whatever it is computing: a handler would wait for a long synchronous pass to finish) until the
 * outputs are written; from then on they remove the temporary files first, so an interrupt leaves no partial output.
 */
export async function runFromProcess(): Promise<void> {
  // `capture-plan build --help | head` closes the pipe early: that is the reader's choice, not an error
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const catchSignals = () => {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      process.once(signal, () => {
        abandonWrites();
        process.exit(code);
      });
    }
  };
  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: new Date(),
    writing: catchSignals,
  });
}

/** The calendar date of an instant in the process's time zone: "today" for the default capture date. */
function localDate(now: Date): string {
  return DateTime.fromJSDate(now).toISODate()!;
}

/** The options the user typed (not commander's defaults): they win over the config file. */
function givenFlags(command: Command): GivenFlags {
  const typed = Object.entries(command.opts()).filter(([key]) => command.getOptionValueSource(key) === 'cli');
  return Object.fromEntries(typed) as GivenFlags;
}

/** The command line as the user could type it again, each argument quoted when it needs to be. */
function commandLine(argv: readonly string[]): string {
  return ['npx', 'capture-plan', ...argv]
    .map((a) => (/^[\w@%+=:,./\\-]+$/u.test(a) ? a : `"${a.replace(/(["\\$`])/g, '\\$1')}"`))
    .join(' ');
}

/** The language as early as possible (from `--lang` alone), so even option errors and help speak it. */
function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  return flagLang(i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1]);
}

function version(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}

function examples(lang: Lang): string {
  const heading = lang === 'zh' ? '示例' : 'Examples';
  return `
${heading}:
  capture-plan build 名单.xlsx -d 2024-04-22 --location "宜宾校区 A1-108教室"
  capture-plan build roster.csv -t 23/10min -d 2024-04-22 -o notice.md timetable.xlsx
  capture-plan build roster.csv -d 2024-04-22..2024-04-23 --json > plan.json
`;
}
