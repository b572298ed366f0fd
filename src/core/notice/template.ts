import { CapturePlanError, type Problem, problem } from '../errors.js';
import { findPlaceholders } from './placeholder-scan.js';

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

/**
 * Fills {{name}} placeholders; every unknown name is reported with its line, all at once. A line holding nothing
 * but a placeholder whose value is empty ({{warning}} when the plan fits, {{fee}} without a fee) is dropped. A
 * placeholder sits on one line; the text is read in one linear pass.
 */
export function fillTemplate(text: string, values: Record<Placeholder, string>, file: string): string {
  checkPlaceholders(text, file);
  let out = '';
  for (const { line, eol } of linesOf(text)) {
    const found = findPlaceholders(line);
    const only = found.length === 1 ? found[0]! : undefined;
    if (only && isBlank(line.slice(0, only.index)) && isBlank(line.slice(only.end))) {
      if (values[only.name as Placeholder] === '') continue;
    }
    let from = 0;
    for (const p of found) {
      out += line.slice(from, p.index) + values[p.name as Placeholder];
      from = p.end;
    }
    out += line.slice(from) + eol;
  }
  return out;
}

/** Refuses a template naming an unknown placeholder: every one reported with its line, all at once. */
export function checkPlaceholders(text: string, file: string): void {
  const problems: Problem[] = [];
  linesOf(text).forEach(({ line }, i) => {
    for (const found of findPlaceholders(line)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(found.name)) {
        problems.push(
          problem(
            'unknownPlaceholder',
            { name: found.raw, known: PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ') },
            { file, row: i + 1 },
          ),
        );
      }
    }
  });
  if (problems.length > 0) throw new CapturePlanError(problems);
}

/** A text's lines, each with the line break that ends it ('' for the last). */
function linesOf(text: string): { line: string; eol: string }[] {
  const lines: { line: string; eol: string }[] = [];
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x0a && code !== 0x0d) continue;
    const eol = code === 0x0d && text.charCodeAt(at + 1) === 0x0a ? '\r\n' : text[at]!;
    lines.push({ line: text.slice(from, at), eol });
    at += eol.length - 1;
    from = at + 1;
  }
  lines.push({ line: text.slice(from), eol: '' });
  return lines;
}

/** Only spaces and tabs. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}
