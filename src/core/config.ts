import * as z from 'zod';
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

/** The known key a typo most likely meant (case, separators and up to two letters apart), if any. */
function closest(key: string, known: readonly string[]): string | undefined {
  const fold = (k: string) => k.toLowerCase().replace(/[-_\s]/g, '');
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(fold(key), fold(candidate));
    if (distance <= 2 && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/** Validates parsed JSON against the schema; returns the values or every problem, each naming its key path. */
export function validateConfig(
  json: unknown,
  file: string,
  lang: Lang,
): { values: ConfigValues } | { problems: Problem[] } {
  const locale = (lang === 'zh' ? z.locales.zhCN() : z.locales.en()).localeError;
  const result = CONFIG_SCHEMA.safeParse(json, {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? lang === 'zh'
          ? '应为文本或文本列表'
          : 'expected a string or a list of strings'
        : locale(issue),
  });
  if (result.success) return { values: result.data as ConfigValues }; // the schema is built from the same table
  return {
    problems: result.error.issues.map((issue) => {
      const path = issue.path
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
