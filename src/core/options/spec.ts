import type { Problem } from '../errors.js';
import type { Lang } from '../i18n/labels.js';

/** The commands that take options. */
export type CommandName = 'build' | 'whatif' | 'audit' | 'replan';

/** A help text in each output language. */
export type Help = Readonly<Record<Lang, string>>;

/** A whole number and the range it must be in; `outOfRange` is the option's own problem for a number outside it. */
export interface WholeKind {
  kind: 'whole';
  min: number;
  max: number;
  /** The number must also divide this one evenly (60 for minutes that divide an hour). */
  divides?: number;
  outOfRange: (value: string, option: string) => Problem;
}

/** An amount in yuan (read as whole fen, at most two decimals) from 0 to `max`. */
export interface MoneyKind {
  kind: 'money';
  max: number;
}

/** One of a few words; `invalid` is the option's own problem for any other. */
export interface ChoiceKind<V extends string = string> {
  kind: 'choice';
  values: readonly V[];
  invalid: (value: string) => Problem;
}

/**
 * What an option's value is, which decides how it is read from a flag or the config file and checked:
 * `rate` 20/10min; `sessions` daily windows; `dates` capture dates; `text` and `anyText` (even empty) words;
 * `worksheet` a sheet's name or 1-based number; `path` a file or folder, `paths` several (relative to the config file
 * when written there); `whole` a whole number in a range; `money` yuan with at most two decimals, up to a limit;
 * `choice` one of a few words; `boolean` on or off; `rooms` room names (in the config file also with their own
 * rates); `availability` and `pins` the constraints on counselors and classes, written only in the config file.
 */
export type ValueKind =
  | { kind: 'rate' | 'sessions' | 'dates' | 'text' | 'anyText' | 'worksheet' | 'path' | 'paths' | 'boolean' }
  | { kind: 'rooms' | 'availability' | 'pins' }
  | WholeKind
  | MoneyKind
  | ChoiceKind;

/** One option: where it can be given, what its value is, its default and its help. */
export interface OptionSpec {
  /** commander's camelCase key, and the config file's key when there is one. */
  key: string;
  /** commander's flags: `-t, --throughput <rate>`. Absent for what only the config file holds. */
  flags?: string;
  /** commander's positional argument instead of flags: `[roster]`. */
  argument?: string;
  value: ValueKind;
  /** The default as commander shows it in `--help`. */
  default?: string;
  /** The help of `build --help`. */
  help?: Help;
  /** The commands that take it (`replan` also takes every option of `build`). */
  commands: readonly CommandName[];
  /** Its place in `whatif --help` (1 is first), for a flag whatif takes. */
  whatifPlace?: number;
  /** Its help in `whatif --help`, where that differs from build's. */
  whatifHelp?: Help;
  /** Its help in `audit --help`, where that differs from build's. */
  auditHelp?: Help;
  /** Its description in the config file's JSON Schema; absent when the config file has no such key. */
  config?: string;
}
