import { readFile } from 'node:fs/promises';
import { capDiff, type StaleOutput, textDiff } from '../core/stale.js';
import type { OutputFile } from '../write/atomic.js';

/** Compares each output with its file: text by lines, workbooks by content (cells and merges), not bytes. */
export async function staleOutputs(files: readonly OutputFile[]): Promise<StaleOutput[]> {
  const stale: StaleOutput[] = [];
  for (const file of files) {
    const existing = await readFile(file.path).catch(() => undefined);
    if (!existing) {
      stale.push({ shownAs: file.shownAs, missing: true, diff: [] });
      continue;
    }
    const diff = file.path.toLowerCase().endsWith('.xlsx')
      ? await workbookDiff(existing, file.contents)
      : textDiff(existing.toString('utf8'), String(file.contents));
    if (diff.length > 0) stale.push({ shownAs: file.shownAs, missing: false, diff: capDiff(diff) });
  }
  return stale;
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
