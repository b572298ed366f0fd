import { readFile } from 'node:fs/promises';
import { pushAll } from '../core/arrays.js';
import { type Difference, type StaleOutput, staleOutput } from '../core/stale.js';
import { decodeText } from '../read/decode.js';
import type { OutputFile } from '../write/atomic.js';

/**
 * Compares each output with its file as a reader sees it: workbooks by the text of their cells and their merges, Word
 * documents by their paragraphs and rows, text files line by line (a byte order mark and CRLF line ends are not
 * differences: Notepad and Git on Windows add them). Identical bytes are never read further.
 */
export async function staleOutputs(files: readonly OutputFile[]): Promise<StaleOutput[]> {
  const stale: StaleOutput[] = [];
  for (const file of files) {
    const existing = await readFile(file.path).catch(() => undefined);
    if (!existing) {
      stale.push({ shownAs: file.shownAs, missing: true, differences: [], changes: 0 });
      continue;
    }
    const now =
      typeof file.contents === 'string'
        ? Buffer.from(file.contents)
        : Buffer.from(file.contents.buffer, file.contents.byteOffset, file.contents.byteLength);
    if (existing.equals(now)) continue;
    const name = file.path.toLowerCase();
    const differences = name.endsWith('.xlsx')
      ? await workbookDiff(existing, now)
      : name.endsWith('.docx')
        ? await documentDiff(existing, now)
        : await textDiff(textOf(existing), textOf(now));
    if (differences.length > 0) stale.push(staleOutput(file.shownAs, differences));
  }
  return stale;
}

/** A Word document's paragraphs and table rows, one line each, compared as text. */
async function documentDiff(existing: Buffer, now: Buffer): Promise<Difference[]> {
  const { documentText } = await import('../read/docx-text.js');
  const before = documentText(existing);
  const after = documentText(now);
  if (before === undefined || after === undefined) return [{ kind: 'unreadable' }];
  return textDiff(before, after);
}

/** A workbook's cells by their text, and its merges and sheets. */
async function workbookDiff(existing: Buffer, now: Buffer): Promise<Difference[]> {
  const { xlsxContent, diffWorkbooks } = await import('../read/xlsx-content.js');
  const before = xlsxContent(existing);
  const after = xlsxContent(now);
  if (!before || !after) return [{ kind: 'unreadable' }];
  return diffWorkbooks(before, after);
}

/** A stretch of lines both files have (neither flag), only the file on disk has (removed), or only the new one (added). */
interface Part {
  value: string[];
  count: number;
  added?: boolean;
  removed?: boolean;
}

/**
 * The most lines added and removed that a shortest diff looks for (the search grows with files × edits: 400 on a
 * 100 000-line notice takes ~150 ms, an unbounded one minutes). Past it, the lines between the common head and tail
 * are shown as one changed run, old and new paired row by row.
 */
const MAX_EDITS = 400;

/** The runs of lines that differ, each at its line number in the file on disk. */
async function textDiff(existing: string, now: string): Promise<Difference[]> {
  const [before, after] = [lines(existing), lines(now)];
  if (before.length === after.length && before.every((line, i) => line === after[i])) return [];
  const { diffArrays } = await import('diff');
  const parts: Part[] = diffArrays(before, after, { maxEditLength: MAX_EDITS }) ?? oneRun(before, after);
  const differences: Difference[] = [];
  let line = 1;
  for (const part of parts) {
    const last = differences.at(-1);
    const open = last?.kind === 'lines' && last.line + last.was.length === line ? last : undefined;
    if (!part.added && !part.removed) line += part.count;
    else if (part.removed) {
      if (open) pushAll(open.was, part.value);
      else differences.push({ kind: 'lines', line, was: [...part.value], now: [] });
      line += part.count;
    } else if (open) pushAll(open.now, part.value);
    else differences.push({ kind: 'lines', line, was: [], now: [...part.value] });
  }
  return differences;
}

/** The common head, everything between as removed and added, the common tail. */
function oneRun(before: string[], after: string[]): Part[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const part = (value: string[], flag?: 'added' | 'removed'): Part => ({
    value,
    count: value.length,
    ...(flag ? { [flag]: true } : {}),
  });
  return [
    part(before.slice(0, head)),
    part(before.slice(head, before.length - tail), 'removed'),
    part(after.slice(head, after.length - tail), 'added'),
    part(before.slice(before.length - tail)),
  ].filter((p) => p.count > 0);
}

/** A text file's text in its own encoding (a GBK notice too); bytes that are no text are shown one by one. */
function textOf(bytes: Buffer): string {
  return decodeText(bytes)?.text ?? bytes.toString('latin1');
}

/** A text file's lines without a byte order mark, whatever its line ends. */
function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}
