import { columnLetter } from '../core/roster/raw-table.js';
import type { ZipPart } from '../zip/guard.js';
import { attribute, tags } from './sheet-guard.js';

/** A merged range, 1-based and inclusive; its top-left cell holds the value. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The entries read as worksheets (exceljs's pattern, unanchored as it is: the guards count by it too). */
export const WORKSHEET_ENTRY = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** An entry's name as Excel means it: without a leading slash. */
export function entryName(name: string): string {
  return name.startsWith('/') ? name.slice(1) : name;
}

/** Each worksheet entry's sheet name, from xl/workbook.xml and its relationships (for the guards' messages). */
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
export function mergedRangesOf(ref: string): MergedRange[] {
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
