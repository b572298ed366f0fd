/**
 * A guard against XLSX files that are small but make exceljs build a huge workbook in memory: exceljs turns some
 * short pieces of XML into one object per cell they cover, so a few bytes can exhaust memory and kill the process
 * (not an exception that can be caught). Found by hand-made files; each limit below says what it stops:
 *
 *   <mergeCell ref="A1:XFD1048576"/>              one Cell object per merged cell (out of memory)
 *   50 000 <mergeCell> elements                    each checked against every earlier one (minutes)
 *   <dataValidation sqref="A1:XFD1048576">         one map entry per covered cell (out of memory)
 *   <definedName>S!$A$1:$XFD$1048576</definedName> one object per named cell (out of memory)
 *   <col min="1" max="99999999"/>                  one Column object per column up to max (out of memory)
 *   <row r="99999999">                             a sparse row array that every row loop then walks (seconds)
 *
 * The XML is not parsed: tags are found by pattern in the text, attribute values are unescaped, and every range is
 * measured generously (a missing row or column counts as the whole sheet's), so the estimate errs on the large side.
 * Used as the zip guard's part inspector (zip-guard.ts), on each XML part once its size is known to be safe.
 */
import type { PartInspector, ZipTooLarge } from '../zip/guard.js';

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384; // XFD

/** The limits, in one place. A roster made in Excel stays far below each (costs measured with exceljs 4.4). */
export const SHEET_LIMITS = {
  /**
   * Merged ranges in one sheet (exceljs compared each with all before it: 20 000 took 30 s; the streaming reader
   * keeps them in one list); 200 000 merged counselor and date cells are a province's roster.
   */
  maxMergesPerSheet: 200_000,
  /** Cells inside merged ranges, all sheets: the reader fills each with its range's value (as many as it may read). */
  maxMergedCells: 2_000_000,
  /** Cells under data validations, all sheets (about 150 bytes each): a drop-down on two whole columns passes. */
  maxValidationCells: 2 * EXCEL_ROWS + 100_000,
  /** Cells inside defined names such as print areas, all sheets (about 350 bytes each: 200 000 ≈ 70 MB). */
  maxNamedCells: 200_000,
  /** The last column a <col> element may reach: Excel's own last column. */
  maxColumn: EXCEL_COLUMNS,
  /** The last row a <row> element may have: Excel's own last row. */
  maxRow: EXCEL_ROWS,
  /** Cells the reader turns into rows, all sheets: rows (blank ones too) × their width (see xlsx.ts). */
  maxReadCells: 2_000_000,
} as const;

/** The limits a guard runs with; tests pass smaller ones. */
export type SheetLimits = { readonly [K in keyof typeof SHEET_LIMITS]: number };

/** A part inspector that keeps workbook-wide totals; make a new one for each file. */
export function sheetInspector(limits: SheetLimits = SHEET_LIMITS): PartInspector {
  let merged = 0;
  let validated = 0;
  let named = 0;
  return (name, content) => {
    if (!/\.xml/i.test(name)) return undefined; // exceljs parses only the XML parts (and .rels, which hold no ranges)
    const xml = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1'); // tags are ASCII
    const tooLarge = (rule: ZipTooLarge['rule'], value: number | string, limit: number): ZipTooLarge => ({
      kind: 'tooLarge',
      rule,
      value: typeof value === 'number' ? String(value) : value,
      limit: String(limit),
      entry: name,
    });

    let merges = 0;
    for (const attributes of tags(xml, 'mergeCell')) {
      if (++merges > limits.maxMergesPerSheet)
        return tooLarge('merges', `> ${limits.maxMergesPerSheet}`, limits.maxMergesPerSheet);
      merged += cellsIn(attribute(attributes, 'ref'));
    }
    if (merged > limits.maxMergedCells) return tooLarge('mergedCells', shown(merged), limits.maxMergedCells);

    for (const attributes of tags(xml, 'dataValidation')) validated += cellsIn(attribute(attributes, 'sqref'));
    if (validated > limits.maxValidationCells)
      return tooLarge('validationCells', shown(validated), limits.maxValidationCells);

    for (const text of elementTexts(xml, 'definedName')) {
      // exceljs expands every $A$1:$B$2 reference in a name's formula (one like Sheet1!$A:$A is left alone).
      for (const ref of unescapeXml(text).match(/\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/g) ?? [])
        named += cellsOfRange(ref);
    }
    if (named > limits.maxNamedCells) return tooLarge('namedCells', shown(named), limits.maxNamedCells);

    for (const attributes of tags(xml, 'col')) {
      // exceljs makes a column object for every column up to the largest min or max (parsed as parseInt does).
      for (const bound of [parseInt(attribute(attributes, 'min'), 10), parseInt(attribute(attributes, 'max'), 10)]) {
        if (bound > limits.maxColumn) return tooLarge('columns', shown(bound), limits.maxColumn);
      }
    }
    for (const attributes of tags(xml, 'row')) {
      const row = parseInt(attribute(attributes, 'r'), 10); // as exceljs reads it
      if (row > limits.maxRow) return tooLarge('rows', shown(row), limits.maxRow);
    }
    return undefined;
  };
}

/**
 * The attribute text of each `<name …>` or `<name …/>` start tag (not `<names>`); a quoted `>` does not end a tag.
 * No part of a tag may hold `<` (XML forbids it there), which keeps every match attempt short: linear time.
 */
export function* tags(xml: string, name: string): Generator<string> {
  const pattern = new RegExp(`<${name}(?=[\\s/>])((?:[^<>"']|"[^<"]*"|'[^<']*')*)>`, 'g');
  for (const match of xml.matchAll(pattern)) yield match[1]!;
}

/** The text between `<name …>` and `</name>`. */
function* elementTexts(xml: string, name: string): Generator<string> {
  const pattern = new RegExp(`<${name}(?=[\\s>])(?:[^<>"']|"[^<"]*"|'[^<']*')*>([^<]*)</${name}>`, 'g');
  for (const match of xml.matchAll(pattern)) yield match[1]!;
}

/** An attribute's value as an XML parser reads it (literal tabs and line breaks become spaces); '' when absent. */
export function attribute(attributes: string, name: string): string {
  const match = attributePattern(name).exec(attributes);
  if (!match) return '';
  const value = match[1] ?? match[2] ?? '';
  return /[\t\n\r&]/.test(value) ? unescapeXml(value.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ')) : value;
}

/** XML's five named entities and character references, as the XML parser would read them. */
function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (!entity.startsWith('#')) return NAMED_ENTITIES[entity]!;
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Cells covered by a space- (or comma-) separated list of ranges such as "A1:B2 D4". */
function cellsIn(list: string): number {
  let total = 0;
  for (const ref of list.split(/[\s,]+/)) if (ref !== '') total += cellsOfRange(ref);
  return total;
}

/** Cells in one range ("Sheet1!$A$1:$B$2", "C3", "A:A", "1:1"); a missing row or column part counts as all of them. */
function cellsOfRange(ref: string): number {
  const parts = ref
    .slice(ref.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .split(':');
  const from = cellOf(parts[0]!);
  const to = cellOf(parts[parts.length - 1]!);
  const rows = from.row === undefined || to.row === undefined ? EXCEL_ROWS : Math.abs(from.row - to.row) + 1;
  const columns =
    from.column === undefined || to.column === undefined ? EXCEL_COLUMNS : Math.abs(from.column - to.column) + 1;
  return rows * columns;
}

/** The row and column numbers of "AB12"; either may be missing. Letters beyond Z count on (a, b… are A, B…). */
function cellOf(text: string): { row?: number; column?: number } {
  const match = /^([A-Za-z]*)(\d*)/.exec(text)!;
  let column = 0;
  for (const ch of match[1]!.toUpperCase())
    column = Math.min(column * 26 + ch.charCodeAt(0) - 64, Number.MAX_SAFE_INTEGER);
  const cell: { row?: number; column?: number } = {};
  if (match[1] !== '') cell.column = column;
  if (match[2] !== '') cell.row = Math.min(Number(match[2]), Number.MAX_SAFE_INTEGER);
  return cell;
}

/** A count for a message: exact up to a trillion, else "> 10^12" rather than a float's digits. */
function shown(count: number): string {
  return count < 1e12 ? String(count) : '> 1000000000000';
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** The pattern of one attribute, made once per name: a sheet can hold 200 000 merges, each asked for its `ref`. */
function attributePattern(name: string): RegExp {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  return pattern;
}
