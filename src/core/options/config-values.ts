import type { ConstraintSpec } from '../settings.js';
import type { ValueKind } from './spec.js';
import type { OPTIONS } from './table.js';

/** A room as the config file may write it: a name, or a name with the room's own rate. */
export type ConfigRoom = string | { name: string; throughput?: string | undefined };

/** What the config file holds for each kind of value (after validation). */
interface ConfigValueByKind {
  rate: string;
  sessions: string | string[];
  dates: string | string[];
  text: string;
  anyText: string;
  worksheet: string | number;
  path: string;
  paths: string | string[];
  whole: number;
  money: number;
  boolean: boolean;
  rooms: string | ConfigRoom[];
  availability: NonNullable<ConstraintSpec['counselors']>;
  pins: NonNullable<ConstraintSpec['classes']>;
}

/** The config file's value of one kind; a choice is one of its words. */
type ConfigValueOf<V extends ValueKind> = V extends { kind: 'choice'; values: readonly (infer C)[] }
  ? C
  : ConfigValueByKind[Exclude<V['kind'], 'choice'>];

/** The options the config file can hold. */
type ConfigOption = Extract<(typeof OPTIONS)[number], { config: string }>;

/** A validated config file's values, keyed as in the file. */
export type ConfigValues = { [O in ConfigOption as O['key']]?: ConfigValueOf<O['value']> };

/** A config file's values and the folder its relative paths start from. */
export interface GivenConfig {
  /** Absolute. */
  dir: string;
  values: ConfigValues;
}
