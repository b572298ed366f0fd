import { relative, resolve } from 'node:path';
import { pushAll } from '../arrays.js';
import { CapturePlanError, type Problem, problem } from '../errors.js';
import { type Fen, parseFee } from '../money.js';
import type { ConfigValues, GivenConfig } from './config-values.js';
import type { ChoiceKind, MoneyKind, WholeKind } from './spec.js';
import { type OPTIONS, type OptionKey, type OptionOf, specOf } from './table.js';

/** Option values typed on the command line, by commander's camelCase key (only those the user typed). */
export type GivenFlags = Readonly<Record<string, string | readonly string[] | boolean | undefined>>;

/** What a flag, the config file or the table's default gave an option. */
type Given<K extends OptionKey> = string | readonly string[] | boolean | ConfigValueOfKey<K> | undefined;
type ConfigValueOfKey<K> = K extends keyof ConfigValues ? ConfigValues[K] : never;

type KeyOfKind<Kind> = Extract<(typeof OPTIONS)[number], { value: Kind }>['key'];
type ChoiceKey = KeyOfKind<ChoiceKind>;
type ChoiceOf<K extends ChoiceKey> = OptionOf<K>['value'] extends ChoiceKind<infer V> ? V : never;

/** The kinds of value that are paths, relative to the config file when written there. */
const PATH_KINDS: ReadonlySet<string> = new Set(['path', 'paths']);

/**
 * Reads each option where it was given: the flag, else the config file (its paths re-expressed from the current
 * folder, so messages name them as the user would), else the table's default. Checks each value against the table
 * and keeps every problem instead of stopping at the first.
 */
export class OptionReader {
  readonly problems: Problem[] = [];

  constructor(
    private readonly flags: GivenFlags,
    private readonly config: GivenConfig | undefined,
    /** Absolute. */
    private readonly cwd: string,
  ) {}

  /** The option's value as given, not yet checked. */
  given<K extends OptionKey>(key: K): Given<K> {
    const flag = this.flags[key];
    if (flag !== undefined) return flag;
    const fromConfig = this.config?.values[key as keyof ConfigValues] as ConfigValueOfKey<K> | undefined;
    if (fromConfig !== undefined) return PATH_KINDS.has(specOf(key).value.kind) ? this.rebase(fromConfig) : fromConfig;
    return specOf(key).default;
  }

  /**
   * A whole-number option: text that is not a number is `badNumber`; a decimal, or a number out of the range, is the
   * option's own problem (`--round 2.5` as `--round 7`), whose message gives the range.
   */
  whole(key: KeyOfKind<WholeKind>): number | undefined {
    const spec = specOf(key);
    const { min, max, divides, outOfRange } = spec.value as WholeKind;
    const option = longFlag(spec.flags!);
    const given = this.given(key);
    const text = String(given).trim();
    if (typeof given !== 'number' && !/^[+-]?\d+(\.\d+)?$/.test(text))
      return this.refuse(problem('badNumber', { option, value: text }));
    const n = Number(text);
    const whole = typeof given === 'number' ? Number.isInteger(n) : /^[+-]?\d+$/.test(text);
    if (!whole || n < min || n > max || (divides !== undefined && divides % n !== 0))
      return this.refuse(outOfRange(text, option));
    return n;
  }

  /** An amount option in fen (undefined when not given); a value it cannot take is `badFee`. */
  money(key: KeyOfKind<MoneyKind>): Fen | undefined {
    const spec = specOf(key);
    const given = this.given(key);
    if (given === undefined) return undefined;
    const limit = { option: longFlag(spec.flags!), max: (spec.value as MoneyKind).max };
    return this.attempt(() => parseFee(typeof given === 'number' ? given : String(given), limit));
  }

  /** A choice option's word; any other word is the option's own problem. */
  choice<K extends ChoiceKey>(key: K): ChoiceOf<K> | undefined {
    const value = specOf(key).value as ChoiceKind<ChoiceOf<K>>;
    const given = this.given(key);
    return value.values.find((word) => word === given) ?? this.refuse(value.invalid(String(given)));
  }

  /** What the config file says for an option only it holds. */
  configValue<K extends keyof ConfigValues>(key: K): ConfigValues[K] {
    return this.config?.values[key];
  }

  /** A switch: on only when given as on. */
  isOn(key: OptionKey): boolean {
    return this.given(key) === true;
  }

  /** A single text (a name, a number, a path) as text; undefined when not given. */
  text(key: OptionKey): string | undefined {
    const given = this.given(key);
    return given === undefined ? undefined : String(given);
  }

  /** A text or a list as written: a list is passed on as a list, never joined and split again. */
  textOrList(key: OptionKey): string | readonly string[] | undefined {
    const given = this.given(key);
    if (given === undefined || typeof given === 'string' || isTextList(given)) return given;
    return String(given);
  }

  /** Runs a parser of the core, keeping its problems; undefined when it refused the value. */
  attempt<T>(parse: () => T): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof CapturePlanError)) throw error;
      pushAll(this.problems, error.problems);
      return undefined;
    }
  }

  /** Keeps a problem found by the caller. */
  refuse(found: Problem): undefined {
    this.problems.push(found);
    return undefined;
  }

  private rebase<V>(value: V): V {
    const move = (p: string) => relative(this.cwd, resolve(this.config!.dir, p)) || '.';
    if (typeof value === 'string') return move(value) as V;
    return (Array.isArray(value) ? value.map(move) : value) as V;
  }
}

function isTextList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** The long flag of an option's flags: `--round` of `--round <minutes>`. */
function longFlag(flags: string): string {
  return /--[\w-]+/.exec(flags)![0];
}
