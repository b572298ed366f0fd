import { CapturePlanError, type Problem, problem } from '../errors.js';

/** The placeholders a notice template may use. */
export const PLACEHOLDERS = [
  'title',
  'table',
  'date',
  'location',
  'throughput',
  'classes',
  'people',
  'counselors',
  'start',
  'end',
  'summary',
  'warning',
  'colleges',
  'fee',
  'feeTotal',
] as const;

/** A placeholder's name. */
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Fills {{name}} placeholders; every unknown name is reported with its line, all at once. A line holding nothing
 * but a placeholder whose value is empty ({{warning}} when the plan fits, {{fee}} without a fee) is dropped.
 */
export function fillTemplate(text: string, values: Record<Placeholder, string>, file: string): string {
  checkPlaceholders(text, file);
  const alone = /^[ \t]*\{\{\s*([^{}]*?)\s*\}\}[ \t]*(\r\n|\n|\r|$)/gm;
  return text
    .replace(alone, (line, name: Placeholder) => (values[name] === '' ? '' : line))
    .replace(PATTERN, (_, name: Placeholder) => values[name]);
}

/** Refuses a template naming an unknown placeholder: every one reported with its line, all at once. */
export function checkPlaceholders(text: string, file: string): void {
  const problems: Problem[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    for (const match of line.matchAll(PATTERN)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(match[1]!)) {
        problems.push(
          problem(
            'unknownPlaceholder',
            { name: match[0], known: PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ') },
            { file, row: i + 1 },
          ),
        );
      }
    }
  });
  if (problems.length > 0) throw new CapturePlanError(problems);
}
