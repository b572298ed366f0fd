import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { RawWorkbook } from '../core/raw-table.js';
import { fail } from '../errors.js';
import { readCsv } from './csv.js';
import { fileKind } from './file-kind.js';

/** Reads a roster file (XLSX or CSV) into raw sheets; `shownAs` is the path as the user typed it. */
export async function readRoster(path: string, shownAs: string): Promise<RawWorkbook> {
  const bytes = await readBytes(path, shownAs);
  const where = { file: shownAs };
  if (bytes.length === 0) fail('fileEmpty', {}, where);
  switch (fileKind(bytes, extname(path))) {
    case 'xlsx': {
      const { readXlsx } = await import('./xlsx.js');
      return readXlsx(bytes, shownAs);
    }
    case 'xls':
      return fail('legacyXls', {}, where);
    case 'broken-xlsx':
      return fail('corruptXlsx', { reason: 'not a zip archive' }, where);
    case 'binary':
      return fail('notSpreadsheet', {}, where);
    case 'text':
      return readCsv(bytes, shownAs);
  }
}

async function readBytes(path: string, shownAs: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail('fileMissing', {}, { file: shownAs });
    return fail('fileUnreadable', { reason: code ?? String(error) }, { file: shownAs });
  }
}
