import type { NoticeTable } from './notice-table.js';
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

/** What a template line's leading marks make of it; the pattern's last group is the line's content. */
const LINE_KINDS: { pattern: RegExp; kind: (m: RegExpExecArray) => TextBlockKind }[] = [
  { pattern: /^(#{1,6})[ \t]+(.*?)[ \t#]*$/, kind: (m) => ({ kind: 'heading', level: m[1]!.length }) },
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
    let kind: TextBlockKind = { kind: 'paragraph' };
    let content = line.trim();
    for (const { pattern, kind: kindOf } of LINE_KINDS) {
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

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** A line's content cut at its block placeholders: text pieces and the blocks between them. */
function splitAtBlocks(content: string): (string | { block: BlockPlaceholder })[] {
  const pieces: (string | { block: BlockPlaceholder })[] = [];
  let from = 0;
  for (const m of content.matchAll(PLACEHOLDER)) {
    const name = m[1] as Placeholder;
    if (!(BLOCK_PLACEHOLDERS as readonly string[]).includes(name)) continue;
    pieces.push(content.slice(from, m.index), { block: name as BlockPlaceholder });
    from = m.index + m[0].length;
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
  const marks = [...text.matchAll(/\\([\\`*_[\]{}()#+\-.!>|])|\*\*|\{\{\s*([^{}]*?)\s*\}\}/g)];
  // an odd last ** (no partner) stays literal
  const toggles = marks.filter((m) => m[0] === '**');
  const unpaired = toggles.length % 2 === 1 ? toggles[toggles.length - 1] : undefined;
  let from = 0;
  for (const m of marks) {
    add(text.slice(from, m.index));
    if (m[1] !== undefined) add(m[1]);
    else if (m[2] !== undefined) add(values[m[2] as TextPlaceholder]);
    else if (m === unpaired) add('**');
    else bold = !bold;
    from = m.index + m[0].length;
  }
  add(text.slice(from));
  return runs;
}
