import type { CommandName, Help, OptionSpec } from './spec.js';
import { OPTIONS } from './table.js';

/** An option or argument as a command's `--help` shows it: its flags (or name), its default, and its help there. */
export interface CommandOption {
  flags: string;
  default?: string;
  help: Help;
}

const SPECS: readonly OptionSpec[] = OPTIONS;

/** The help a command gives an option: whatif's own where it has one. */
function helpIn(command: CommandName, spec: OptionSpec): Help {
  return (command === 'whatif' ? spec.whatifHelp : command === 'audit' ? spec.auditHelp : undefined) ?? spec.help!;
}

/** True when a command takes an option: its own, and for `replan` every option of `build` too. */
export function takes(command: CommandName, spec: OptionSpec): boolean {
  return spec.commands.includes(command) || (command === 'replan' && spec.commands.includes('build'));
}

/** The options a command takes as flags, in the order its `--help` lists them (replan's own first). */
export function flagsOf(command: CommandName): CommandOption[] {
  const taken = SPECS.filter((o) => o.flags !== undefined && takes(command, o));
  if (command === 'whatif') taken.sort((a, b) => a.whatifPlace! - b.whatifPlace!);
  if (command === 'replan')
    taken.sort((a, b) => Number(b.commands.includes('replan')) - Number(a.commands.includes('replan')));
  return taken.map((o) => ({
    flags: o.flags!,
    ...(o.default === undefined ? {} : { default: o.default }),
    help: helpIn(command, o),
  }));
}

/** The positional arguments a command takes (the roster). */
export function argumentsOf(command: CommandName): CommandOption[] {
  return SPECS.filter((o) => o.argument !== undefined && takes(command, o)).map((o) => ({
    flags: o.argument!,
    help: helpIn(command, o),
  }));
}
