import { readFile } from 'node:fs/promises';
import type { OutputFile } from '../write/atomic.js';

/** An output whose file on disk is not what this run would write. */
export interface StaleOutput {
  shownAs: string;
  missing: boolean;
  /** A short diff: at most {@link DIFF_LINES} lines. */
  diff: string[];
}

const DIFF_LINES = 12;

/** Compares each output with its file: text by lines, workbooks by content (cells and merges), not bytes. */
export async function staleOutputs(files: readonly OutputFile[]): Promise<StaleOutput[]> {
  const stale: StaleOutput[] = [];
  for (const file of files) {
    const existing = await readFile(file.path).catch(() => undefined);
    if (!existing) {
      stale.push({ shownAs: file.shownAs, missing: true, diff: [] });
      continue;
    }
    const diff = file.path.toLowerCase().endsWith('.xlsx') ? await workbookDiff(existing, file.contents) : textDiff(existing.toString('utf8'), String(file.contents));
    if (diff.length > 0) stale.push({ shownAs: file.shownAs, missing: false, diff: cap(diff) });
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

/** The changed stretch of lines, old (-) and new (+) paired row by row, so a table's changed rows read side by side. */
function textDiff(before: string, after: string): string[] {
  if (before === after) return [];
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const old = a.slice(head, a.length - tail);
  const now = b.slice(head, b.length - tail);
  const lines: string[] = [];
  for (let i = 0; i < Math.max(old.length, now.length); i++) {
    if (old[i] !== undefined) lines.push(`- ${old[i]}`);
    if (now[i] !== undefined) lines.push(`+ ${now[i]}`);
  }
  return lines.length > 0 ? lines : ['(line endings differ)'];
}

function cap(lines: string[]): string[] {
  return lines.length <= DIFF_LINES ? lines : [...lines.slice(0, DIFF_LINES), `… (+${lines.length - DIFF_LINES})`];
}
