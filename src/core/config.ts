import * as z from 'zod';
import { type Problem, problem } from './errors.js';
import type { Lang } from './i18n/labels.js';

const text = z.string().min(1);
const textOrList = z.union([text, z.array(text).min(1)]);

/** The config file's shape: every build option, keyed by its long flag in camelCase. Unknown keys are errors. */
export const CONFIG_SCHEMA = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors.'),
    roster: text.optional().describe('The roster file (.xlsx or .csv), relative to this config file.'),
    throughput: text.optional().describe('Photographer rate: 20/10min, 2/min, 120/h.'),
    sessions: textOrList.optional().describe('Daily sessions: "08:30-12:00,13:30-18:00" or a list of windows.'),
    date: textOrList.optional().describe('Capture date(s): "2024-04-22", a list, or a range "2024-04-22..2024-04-26".'),
    location: text.optional().describe('Where photos are taken, printed in the notice.'),
    out: textOrList
      .optional()
      .describe('Output files, relative to this config file; the format follows the extension.'),
    sheet: z
      .union([text, z.number().int().min(1)])
      .optional()
      .describe('Worksheet to read: a name or a 1-based number.'),
    round: z.number().int().min(1).max(60).optional().describe("Minutes the notice's times round to."),
    gather: z.number().int().min(0).max(120).optional().describe('Minutes before its start each class gathers.'),
    lang: z.enum(['zh', 'en']).optional().describe('Output language.'),
    template: text.optional().describe('Notice template (.md) with {{placeholders}}, relative to this config file.'),
    icsPerCounselor: text
      .optional()
      .describe('Folder for one calendar file per counselor, relative to this config file.'),
    strict: z.boolean().optional().describe('Exit 1 when the plan does not fit.'),
    rooms: z
      .union([text, z.array(z.union([text, z.strictObject({ name: text, throughput: text.optional() })])).min(1)])
      .optional()
      .describe('Rooms working in parallel: "A1-108,A1-109", or a list of names or {"name", "throughput"}.'),
    order: z.enum(['input', 'optimize']).optional().describe('Counselor order: as in the roster, or optimized.'),
    changeover: z.number().int().min(0).max(600).optional().describe('Minutes between two counselors in a room.'),
    maxInputMb: z.number().int().min(1).max(2048).optional().describe('Largest roster file read, in MB.'),
    reserve: z
      .number()
      .int()
      .min(0)
      .max(600)
      .optional()
      .describe('Minutes kept free at the end of each day for make-up photos.'),
    counselors: z
      .record(text, z.strictObject({ available: z.array(text).min(1) }))
      .optional()
      .describe(
        'Per counselor, when they can come: {"何芬": {"available": ["13:30-18:00", "2024-04-23 08:30-12:00"]}}.',
      ),
    classes: z
      .record(text, z.strictObject({ pinned: textOrList }))
      .optional()
      .describe('Per class, the window or date it must be photographed in: {"软件20211": {"pinned": "08:30-12:00"}}.'),
  })
  .describe('capture-plan configuration (capture-plan.config.json)');

/** A validated config file's values. */
export type ConfigValues = z.infer<typeof CONFIG_SCHEMA>;

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
  if (result.success) return { values: result.data };
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
