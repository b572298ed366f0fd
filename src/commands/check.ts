import { readFile } from 'node:fs/promises';
import { capDiff, type StaleOutput, textDiff } from '../core/stale.js';
import type { OutputFile } from '../write/atomic.js';

/**
 * Compares each output with its file: text by lines, workbooks by content (cells and merges), Word documents by bytes
 * and then by their text.
 */
export async function staleOutputs(files: readonly OutputFile[]): Promise<StaleOutput[]> {
  const stale: StaleOutput[] = [];
  for (const file of files) {
    const existing = await readFile(file.path).catch(() => undefined);
    if (!existing) {
      stale.push({ shownAs: file.shownAs, missing: true, diff: [] });
      continue;
    }
    const name = file.path.toLowerCase();
    const diff = name.endsWith('.xlsx')
      ? await workbookDiff(existing, file.contents)
      : name.endsWith('.docx')
        ? await documentDiff(existing, file.contents)
        : textDiff(existing.toString('utf8'), String(file.contents));
    if (diff.length > 0) stale.push({ shownAs: file.shownAs, missing: false, diff: capDiff(diff) });
  }
  return stale;
}

/** Identical bytes are the same document (the writer is deterministic); else the paragraphs and rows are compared. */
async function documentDiff(existing: Buffer, contents: OutputFile['contents']): Promise<string[]> {
  const now = Buffer.from(contents);
  if (existing.equals(now)) return [];
  const { documentText } = await import('../read/docx-text.js');
  const before = documentText(existing);
  const after = documentText(now);
  if (before === undefined || after === undefined) return ['(not a Word document)'];
  return before === after ? ['(same text, different formatting)'] : textDiff(before, after);
}

/** Identical bytes are the same workbook (the writer is deterministic); only different bytes are read and compared. */
async function workbookDiff(existing: Buffer, contents: OutputFile['contents']): Promise<string[]> {
  const now = typeof contents === 'string' ? Buffer.from(contents) : contents;
  if (existing.equals(now)) return [];
  const { xlsxContent, diffWorkbooks } = await import('../read/xlsx-content.js');
  const before = await xlsxContent(existing);
  const after = await xlsxContent(now);
  if (!before || !after) return ['(not a workbook)'];
  return diffWorkbooks(before, after);
}
