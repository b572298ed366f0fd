import type { NoticeTable } from './notice-table.js';
import { findPlaceholders, placeholderAt } from './placeholder-scan.js';
import { checkPlaceholders, type Placeholder } from './template.js';

/** The placeholders that stand for a block of their own (a table, the warning box), not for text. */
const BLOCK_PLACEHOLDERS = ['table', 'colleges', 'warning'] as const;

/** A placeholder that stands for a block. */
export type BlockPlaceholder = (typeof BLOCK_PLACEHOLDERS)[number];

/** A placeholder that stands for text. */
export type TextPlaceholder = Exclude<Placeholder, BlockPlaceholder>;

/** A stretch of text in one weight: literal template text or a placeholder's value, bold between `**` marks. */
export interface TemplateRun {
  text: string;
  bold: boolean;
}

/** What a line of text is: a heading, a paragraph, a list item or a quote. */
export type TextBlockKind =
  | { kind: 'heading'; level: number }
  | { kind: 'paragraph' | 'bullet' | 'quote' }
  | { kind: 'numbered'; number: string };

/** One block of a notice template, as a Word document or a web page lays it out. */
export type TemplateBlock = (TextBlockKind & { runs: TemplateRun[] }) | { kind: BlockPlaceholder };

/** What a template line's leading marks make of it (besides a heading); the pattern's last group is the line's content. */
const LINE_KINDS: { pattern: RegExp; kind: (m: RegExpExecArray) => TextBlockKind }[] = [
  { pattern: /^[ \t]*[-*+][ \t]+(.*)$/, kind: () => ({ kind: 'bullet' }) },
  { pattern: /^[ \t]*(\d{1,9}[.)])[ \t]+(.*)$/, kind: (m) => ({ kind: 'numbered', number: m[1]! }) },
  { pattern: /^[ \t]*>[ \t]?(.*)$/, kind: () => ({ kind: 'quote' }) },
];

/**
 * A Markdown notice template as blocks, for the writers that lay out paragraphs themselves (Word, HTML): each
 * non-blank line is one block: `#` headings, `-` and `1.` list items, `>` quotes, otherwise a paragraph; `**` marks
 * bold; a backslash makes the next mark literal. {{table}}, {{colleges}} and {{warning}} become blocks of their own
 * (splitting a line they share with text); every other placeholder is replaced by its value as plain text, never read
 * as Markdown. Unknown placeholders are refused as in {@link checkPlaceholders}; a text block left empty is dropped.
 */
export function templateBlocks(text: string, values: Record<TextPlaceholder, string>, file: string): TemplateBlock[] {
  checkPlaceholders(text, file);
  const blocks: TemplateBlock[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') continue;
    const heading = headingOf(line);
    let kind: TextBlockKind = heading?.kind ?? { kind: 'paragraph' };
    let content = heading?.content ?? line.trim();
    for (const { pattern, kind: kindOf } of heading ? [] : LINE_KINDS) {
      const m = pattern.exec(line);
      if (!m) continue;
      kind = kindOf(m);
      content = m[m.length - 1]!;
      break;
    }
    for (const piece of splitAtBlocks(content)) {
      if (typeof piece !== 'string') {
        blocks.push({ kind: piece.block });
        // text after a block placeholder is a paragraph of its own
        kind = { kind: 'paragraph' };
        continue;
      }
      const runs = inlineRuns(piece, values);
      if (runs.some((r) => r.text.trim() !== '')) blocks.push({ ...kind, runs });
    }
  }
  return blocks;
}

/** The text placeholders' values as plain text (the Markdown writer escapes its own). */
export function templateValues(notice: NoticeTable): Record<TextPlaceholder, string> {
  return {
    title: notice.title,
    date: notice.dateText,
    location: notice.location,
    throughput: notice.rateText,
    classes: String(notice.figures.classes),
    people: String(notice.figures.people),
    counselors: String(notice.figures.counselors),
    start: notice.startText,
    end: notice.endText,
    summary: notice.summarySentence,
    fee: notice.fee?.sentence ?? '',
    feeTotal: notice.fee?.total ?? '',
  };
}

/**
 * A `#` heading line's level and content, its closing `#`s and blanks dropped; undefined for any other line. Done by
 * hand: a lazy pattern before `[ \t#]*$` took seconds on a long line of ` #`.
 */
function headingOf(line: string): { kind: TextBlockKind; content: string } | undefined {
  const m = /^(#{1,6})[ \t]+/.exec(line);
  if (!m || /[\u2028\u2029]/.test(line)) return undefined;
  let end = line.length;
  while (end > m[0].length && ' \t#'.includes(line[end - 1]!)) end--;
  return { kind: { kind: 'heading', level: m[1]!.length }, content: line.slice(m[0].length, end) };
}

/** A line's content cut at its block placeholders: text pieces and the blocks between them. */
function splitAtBlocks(content: string): (string | { block: BlockPlaceholder })[] {
  const pieces: (string | { block: BlockPlaceholder })[] = [];
  let from = 0;
  for (const found of findPlaceholders(content)) {
    if (!(BLOCK_PLACEHOLDERS as readonly string[]).includes(found.name)) continue;
    pieces.push(content.slice(from, found.index), { block: found.name as BlockPlaceholder });
    from = found.end;
  }
  pieces.push(content.slice(from));
  return pieces;
}

/** Text with its placeholders filled and its `**` marks turned into bold runs; adjacent runs of one weight joined. */
function inlineRuns(text: string, values: Record<TextPlaceholder, string>): TemplateRun[] {
  const runs: TemplateRun[] = [];
  let bold = false;
  const add = (piece: string) => {
    const last = runs[runs.length - 1];
    if (last && last.bold === bold) last.text += piece;
    else if (piece !== '') runs.push({ text: piece, bold });
  };
  const marks = inlineMarks(text);
  // an odd last ** (no partner) stays literal
  const toggles = marks.filter((m) => m.kind === 'bold');
  const unpaired = toggles.length % 2 === 1 ? toggles[toggles.length - 1] : undefined;
  let from = 0;
  for (const m of marks) {
    add(text.slice(from, m.index));
    if (m.kind === 'escape') add(text[m.index + 1]!);
    else if (m.kind === 'placeholder') add(values[m.name as TextPlaceholder]);
    else if (m === unpaired) add('**');
    else bold = !bold;
    from = m.end;
  }
  add(text.slice(from));
  return runs;
}

/** The characters a backslash makes literal. */
const ESCAPABLE = '\\`*_[]{}()#+-.!>|';

/** A mark inside a line: a backslash escape, a `**`, or a placeholder. */
type InlineMark = { index: number; end: number } & (
  | { kind: 'escape' | 'bold' }
  | { kind: 'placeholder'; name: string }
);

/** The line's marks, left to right, in one linear pass (an escape first, then `**`, then a placeholder). */
function inlineMarks(text: string): InlineMark[] {
  const marks: InlineMark[] = [];
  for (let i = 0; i < text.length; ) {
    const next = text[i + 1];
    if (text[i] === '\\' && next !== undefined && ESCAPABLE.includes(next)) {
      marks.push({ index: i, end: i + 2, kind: 'escape' });
      i += 2;
    } else if (text[i] === '*' && next === '*') {
      marks.push({ index: i, end: i + 2, kind: 'bold' });
      i += 2;
    } else {
      const found = placeholderAt(text, i);
      if (found) marks.push({ index: i, end: found.end, kind: 'placeholder', name: found.name });
      i = found ? found.end : i + 1;
    }
  }
  return marks;
}
