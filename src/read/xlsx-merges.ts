import { columnLetter } from '../core/roster/raw-table.js';
import type { ZipPart } from '../zip/guard.js';
import { zip } from '../zip/write.js';
import { attribute, tags } from './sheet-guard.js';

/** A merged range, 1-based and inclusive; its top-left cell holds the value. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The archive exceljs should load, and the merged ranges taken out of it, by sheet name. */
export interface LiftedMerges {
  bytes: Buffer;
  merges: Map<string, MergedRange[]>;
}

/** Every <mergeCells>, </mergeCells> and <mergeCell …/> tag, one at a time (linear: no search for a closing tag). */
const MERGE_TAGS = /<\/?mergeCells?(?=[\s/>])(?:[^<>"']|"[^<"]*"|'[^<']*')*>/g;
/** The entries exceljs reads as worksheets (its own pattern, unanchored as it is). */
export const WORKSHEET_ENTRY = /xl\/worksheets\/sheet(\d+)[.]xml/;

/**
 * Takes the merged ranges out of the worksheets before exceljs reads them. exceljs checks each merge against every
 * earlier one and builds an object for every covered cell: 20 000 merged counselor cells took it half a minute. Here
 * they are read as text in one pass and applied by the reader (xlsx.ts). A workbook without merges is passed on as
 * it is; one with merges is zipped again, unchanged but for its merge tags (deflate at level 0, which copies the
 * bytes without compressing them: the archive only goes to exceljs). Every <mergeCell> of a worksheet counts,
 * wherever it stands (exceljs took only the last <mergeCells> block); the zip guard has made sure entry names are
 * unique, as exceljs would see them.
 */
export function liftMerges(bytes: Buffer, parts: readonly ZipPart[]): LiftedMerges {
  const merges = new Map<string, MergedRange[]>();
  const buffer = (content: Uint8Array) => Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const text = (content: Uint8Array) => buffer(content).toString('latin1'); // byte for byte
  const withMerges = parts.filter(
    (p) => WORKSHEET_ENTRY.test(entryName(p.name)) && buffer(p.content).includes('<mergeCell'),
  );
  if (withMerges.length === 0) return { bytes, merges };
  const sheetOfPart = sheetNamesByPart(parts);
  const stripped = new Map<string, Buffer>();
  for (const part of withMerges) {
    const xml = text(part.content);
    const ranges = [...tags(xml, 'mergeCell')].flatMap((attributes) => mergedRangesOf(attribute(attributes, 'ref')));
    const sheet = sheetOfPart.get(entryName(part.name));
    if (sheet !== undefined) merges.set(sheet, ranges);
    stripped.set(part.name, Buffer.from(xml.replace(MERGE_TAGS, ''), 'latin1'));
  }
  const entries = parts.map((p) => ({ name: p.name, data: stripped.get(p.name) ?? buffer(p.content) }));
  return { bytes: zip(entries, new Date(0), 0), merges };
}

/** An entry's name as exceljs uses it: without a leading slash. */
export function entryName(name: string): string {
  return name.startsWith('/') ? name.slice(1) : name;
}

/** Each worksheet entry's sheet name, from xl/workbook.xml and its relationships, paired as exceljs pairs them. */
export function sheetNamesByPart(parts: readonly ZipPart[]): Map<string, string> {
  const part = (name: string) => {
    const found = parts.find((p) => entryName(p.name) === name);
    return found ? new TextDecoder().decode(found.content) : '';
  };
  const targets = new Map<string, string>();
  for (const attributes of tags(part('xl/_rels/workbook.xml.rels'), 'Relationship')) {
    targets.set(attribute(attributes, 'Id'), `xl/${attribute(attributes, 'Target').replace(/^(\s|\/xl\/)+/, '')}`);
  }
  const names = new Map<string, string>();
  for (const attributes of tags(part('xl/workbook.xml'), 'sheet')) {
    const target = targets.get(attribute(attributes, 'r:id'));
    if (target !== undefined) names.set(target, attribute(attributes, 'name'));
  }
  return names;
}

/** The ranges of two or more cells in a ref: "B3:D9", "$B$3:$D$9", either corner first, "名单!B3:D9", several apart. */
function mergedRangesOf(ref: string): MergedRange[] {
  return ref.split(/\s+/).flatMap((one) => rangeOf(one.slice(one.lastIndexOf('!') + 1)) ?? []);
}

function rangeOf(ref: string): MergedRange | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!match) return undefined;
  const [c1, r1, c2, r2] = [column(match[1]!), Number(match[2]), column(match[3]!), Number(match[4])];
  const range = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  return range.top >= 1 && range.left >= 1 && (range.bottom > range.top || range.right > range.left)
    ? range
    : undefined;
}

/** A range as Excel writes it: "B3:D9". */
export function rangeText(range: MergedRange): string {
  return `${columnLetter(range.left - 1)}${range.top}:${columnLetter(range.right - 1)}${range.bottom}`;
}

/** "A" → 1, "AB" → 28. */
function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
