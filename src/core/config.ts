import * as z from 'zod';
import { closest } from './closest.js';
import { type Problem, problem } from './errors.js';
import type { Lang } from './i18n/labels.js';
import type { ConfigValues } from './options/config-values.js';
import type { OptionSpec, ValueKind } from './options/spec.js';
import { OPTIONS } from './options/table.js';

const text = z.string().min(1);
const textOrList = z.union([text, z.array(text).min(1)]);

/** The zod type of a config value of each kind. */
function configType(value: ValueKind): z.ZodType {
  switch (value.kind) {
    case 'anyText':
      return z.string();
    case 'text':
    case 'path':
    case 'rate':
      return text;
    case 'sessions':
    case 'dates':
    case 'paths':
      return textOrList;
    case 'worksheet':
      return z.union([text, z.number().int().min(1)]);
    case 'whole':
      return z.number().int().min(value.min).max(value.max);
    case 'money':
      return z.number().min(0).max(value.max);
    case 'choice':
      return z.enum(value.values as [string, ...string[]]);
    case 'boolean':
      return z.boolean();
    case 'rooms':
      return z.union([
        text,
        z.array(z.union([text, z.strictObject({ name: text, throughput: text.optional() })])).min(1),
      ]);
    case 'availability':
      return z.record(text, z.strictObject({ available: z.array(text).min(1) }));
    case 'pins':
      return z.record(text, z.strictObject({ pinned: textOrList }));
  }
}

const specs: readonly OptionSpec[] = OPTIONS;

/**
 * The config file's shape: every option the table gives a config key, in the table's order. Unknown keys are errors.
 */
export const CONFIG_SCHEMA = z
  .strictObject(
    Object.fromEntries(
      specs.flatMap((o) =>
        o.config === undefined ? [] : [[o.key, configType(o.value).optional().describe(o.config)]],
      ),
    ),
  )
  .describe('capture-plan configuration (capture-plan.config.json)');

/** The JSON Schema shipped for editors, derived from {@link CONFIG_SCHEMA}. */
export function configJsonSchema(): object {
  return z.toJSONSchema(CONFIG_SCHEMA);
}

/** The config keys holding a map from names (counselors, colleges, classes) to their constraints. */
const NAMED_MAPS = specs.filter((o) => o.value.kind === 'availability' || o.value.kind === 'pins').map((o) => o.key);

/**
 * The JSON with each name in a constraint map replaced by its place (`#0`, `#1`…), and the names by map. zod drops a
 * `__proto__` key from a record (so would any `{}` the names were copied into), and a name is the user's: a counselor,
 * class or college may be called `__proto__`, `constructor` or `toString`.
 */
function hideNames(json: unknown): { json: unknown; names: Map<string, string[]> } {
  const names = new Map<string, string[]>();
  if (!isObject(json)) return { json, names };
  const copy: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(json)) {
    if (NAMED_MAPS.includes(key) && isObject(value)) {
      const entries = Object.entries(value);
      names.set(
        key,
        entries.map(([name]) => name),
      );
      copy[key] = Object.fromEntries(entries.map(([, v], i) => [`#${i}`, v]));
    } else copy[key] = value;
  }
  return { json: copy, names };
}

/** The parsed values with the names put back, each map an object without a prototype (so no name is special). */
function restoreNames(values: Record<string, unknown>, names: ReadonlyMap<string, string[]>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  for (const [key, list] of names) {
    const parsed = values[key] as Record<string, unknown>;
    const map: Record<string, unknown> = Object.create(null);
    list.forEach((name, i) => {
      map[name] = parsed[`#${i}`];
    });
    out[key] = map;
  }
  return out;
}

/** An issue's path as the user wrote it (`counselors.何芬.available`), the hidden names put back. */
function namedPath(path: readonly PropertyKey[], names: ReadonlyMap<string, string[]>): PropertyKey[] {
  const list = typeof path[0] === 'string' ? names.get(path[0]) : undefined;
  const place = typeof path[1] === 'string' && /^#\d+$/.test(path[1]) ? Number(path[1].slice(1)) : undefined;
  if (!list || place === undefined) return [...path];
  return [path[0]!, list[place]!, ...path.slice(2)];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates parsed JSON against the schema; returns the values or every problem, each naming its key path. */
export function validateConfig(
  json: unknown,
  file: string,
  lang: Lang,
): { values: ConfigValues } | { problems: Problem[] } {
  const locale = (lang === 'zh' ? z.locales.zhCN() : z.locales.en()).localeError;
  const { json: hidden, names } = hideNames(json);
  const result = CONFIG_SCHEMA.safeParse(hidden, {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? lang === 'zh'
          ? '应为文本或文本列表'
          : 'expected a string or a list of strings'
        : locale(issue),
  });
  if (result.success) return { values: restoreNames(result.data, names) as ConfigValues }; // built from one table
  return {
    problems: result.error.issues.map((issue) => {
      const path = namedPath(issue.path, names)
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '');
      if (issue.code === 'unrecognized_keys') {
        const known = path === '' ? Object.keys(CONFIG_SCHEMA.shape) : [];
        const keys = issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(', ');
        const guess = issue.keys.map((k) => closest(k, known)).find((k) => k !== undefined);
        return problem('configUnknownKey', { path: keys, suggestion: guess ?? '' }, { file });
      }
      return problem('configInvalid', { path: path || '(root)', expected: issue.message }, { file });
    }),
  };
}
