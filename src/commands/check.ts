import { readFile } from 'node:fs/promises';
import { type Difference, type StaleOutput, staleOutput } from '../core/stale.js';
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
        : await textDiff(existing.toString('utf8'), now.toString('utf8'));
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
  const before = await xlsxContent(existing);
  const after = await xlsxContent(now);
  if (!before || !after) return [{ kind: 'unreadable' }];
  return diffWorkbooks(before, after);
}

/** The runs of lines that differ (a shortest line diff), each at its line number in the file on disk. */
async function textDiff(existing: string, now: string): Promise<Difference[]> {
  const [before, after] = [lines(existing), lines(now)];
  if (before.length === after.length && before.every((line, i) => line === after[i])) return [];
  const { diffArrays } = await import('diff');
  const differences: Difference[] = [];
  let line = 1;
  for (const part of diffArrays(before, after)) {
    const last = differences.at(-1);
    const open = last?.kind === 'lines' && last.line + last.was.length === line ? last : undefined;
    if (!part.added && !part.removed) line += part.count;
    else if (part.removed) {
      if (open) open.was.push(...part.value);
      else differences.push({ kind: 'lines', line, was: [...part.value], now: [] });
      line += part.count;
    } else if (open) open.now.push(...part.value);
    else differences.push({ kind: 'lines', line, was: [], now: [...part.value] });
  }
  return differences;
}

/** A text file's lines without a byte order mark, whatever its line ends. */
function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}
