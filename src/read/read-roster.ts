import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { CapturePlanError, fail, type Where } from '../core/errors.js';
import type { RawWorkbook } from '../core/roster/raw-table.js';
import { megabytes } from '../zip/megabytes.js';
import { readCsv } from './csv.js';
import { fileKind } from './file-kind.js';

/** How much input the reader accepts. */
export interface ReadLimits {
  /** Largest roster file read, in bytes; a larger one is refused before any of it is read. */
  maxInputBytes: number;
}

/** A roster is a few dozen KB; 50 MB leaves room for any real export while keeping memory use sane. */
const DEFAULT_LIMITS: ReadLimits = { maxInputBytes: 50 * 1024 * 1024 };

/** Reads a roster file (XLSX or CSV) into raw sheets; `shownAs` is the path as the user typed it. */
export async function readRoster(
  path: string,
  shownAs: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<RawWorkbook> {
  const where = { file: shownAs };
  const bytes = await readBytes(path, limits.maxInputBytes, where);
  if (bytes.length === 0) fail('fileEmpty', {}, where);
  switch (fileKind(bytes, extname(path))) {
    case 'xlsx': {
      // the guards and the XLSX reader are loaded only for a workbook: a CSV run never loads zlib or saxes
      const { readXlsxRoster } = await import('./xlsx-roster.js');
      return readXlsxRoster(bytes, shownAs);
    }
    case 'other-zip':
      return fail('unsupportedFormat', { format: extname(path) }, where);
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

/**
 * The file's bytes, refusing it when its size (from fstat) is over `limit` before reading anything. The read itself
 * also stops past the limit, for files that grow meanwhile or report no size (pipes, devices).
 */
async function readBytes(path: string, limit: number, where: Where): Promise<Buffer> {
  const tooLarge = (size: string): never => fail('inputTooLarge', { sizeMb: size, limitMb: mbNumber(limit) }, where);
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > limit) tooLarge(mbNumber(size));
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        // The first read asks for one byte more than fstat said, so a plain file is read in one go and its end seen.
        const chunk = Buffer.allocUnsafe(total === 0 ? Math.min(size + 1, limit + 1) : 64 * 1024);
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > limit) tooLarge(`> ${mbNumber(limit)}`);
        chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      }
      return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof CapturePlanError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail('fileMissing', {}, where);
    if (code === 'EISDIR') fail('rosterIsFolder', {}, where);
    return fail('fileUnreadable', { reason: code ?? String(error) }, where);
  }
}

/**
 * Bytes as a number of megabytes for a message: 52.4, 50, 0.5 (rounded up, so a size over a limit never shows as
 * equal).
 */
function mbNumber(bytes: number): string {
  return megabytes(bytes).replace(/ MB$/, '');
}
