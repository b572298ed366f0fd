import type { ZipPart } from '../zip/guard.js';
import { attribute, tags } from './sheet-guard.js';
import { formatCode, isDateFormat } from './xlsx-dates.js';
import { entryName, WORKSHEET_ENTRY } from './xlsx-merges.js';
import { streamXml } from './xlsx-sax.js';

/** One worksheet as the workbook lists it: its name, whether Excel hides its tab, and its XML. */
export interface BookSheet {
  name: string;
  hidden: boolean;
  part: ZipPart;
}

/** What every sheet of a workbook is read with: its sheets in tab order, the date system, styles and strings. */
export interface Book {
  sheets: BookSheet[];
  /** True when serial numbers count from 1904 (old Mac workbooks): `<workbookPr date1904="1"/>`. */
  date1904: boolean;
  /** By cell format index (a cell's `s`): true when its number format shows a date. */
  dateStyles: boolean[];
  /** The shared strings, rich text runs joined. */
  strings: string[];
}

/**
 * Reads the workbook's parts other than its sheets. The sheets are the workbook's `<sheet>` entries in order whose
 * relationship points at a worksheet part (by exceljs's pattern, which the guards also count by); a chart sheet or an
 * entry pointing nowhere is passed over, as is a second entry of a sheetId already seen.
 */
export function readBook(parts: readonly ZipPart[]): Book {
  const byName = new Map(parts.map((p) => [entryName(p.name), p]));
  const text = (name: string) => {
    const part = byName.get(name);
    return part ? new TextDecoder().decode(part.content) : '';
  };
  const targets = new Map<string, string>();
  for (const attributes of tags(text('xl/_rels/workbook.xml.rels'), 'Relationship'))
    targets.set(attribute(attributes, 'Id'), `xl/${attribute(attributes, 'Target').replace(/^(\s|\/xl\/)+/, '')}`);
  const workbook = text('xl/workbook.xml');
  const sheets: BookSheet[] = [];
  const ids = new Set<number>();
  for (const attributes of tags(workbook, 'sheet')) {
    const target = targets.get(attribute(attributes, 'r:id'));
    const part = target === undefined ? undefined : byName.get(target);
    const id = parseInt(attribute(attributes, 'sheetId'), 10);
    if (!part || !WORKSHEET_ENTRY.test(target!) || !(id >= 1) || ids.has(id)) continue;
    ids.add(id);
    const state = attribute(attributes, 'state');
    sheets.push({ name: attribute(attributes, 'name'), hidden: state === 'hidden' || state === 'veryHidden', part });
  }
  let date1904 = false;
  for (const attributes of tags(workbook, 'workbookPr'))
    date1904 = /^(1|true)$/.test(attribute(attributes, 'date1904'));
  const styles = byName.get('xl/styles.xml');
  const strings = byName.get('xl/sharedStrings.xml');
  return {
    sheets,
    date1904,
    dateStyles: styles ? readDateStyles(styles) : [],
    strings: strings ? readSharedStrings(strings) : [],
  };
}

/** Each cell format (`<xf>` of `<cellXfs>`): whether its number format, built in or from `<numFmts>`, is a date's. */
function readDateStyles(part: ZipPart): boolean[] {
  const formats = new Map<number, string>();
  const numFmtIds: number[] = [];
  let within: 'numFmts' | 'cellXfs' | undefined;
  streamXml(part.name, part.content, {
    open: ({ name, attributes }) => {
      if (name === 'numFmts' || name === 'cellXfs') within = name;
      else if (name === 'numFmt' && within === 'numFmts')
        formats.set(parseInt(String(attributes.numFmtId), 10), formatCode(String(attributes.formatCode ?? '')));
      else if (name === 'xf' && within === 'cellXfs') numFmtIds.push(parseInt(String(attributes.numFmtId), 10));
    },
    close: (name) => {
      if (name === within) within = undefined;
    },
  });
  return numFmtIds.map((id) => isDateFormat(id, formats));
}

/** Turns Excel's `_x000D_` escapes back into the characters they stand for (upper-case hex, as Excel writes them). */
export function unescapeXstring(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/**
 * The shared strings: each `<si>` is its `<t>`, or its rich text runs (`<r><t>`) joined; phonetic guides (`<rPh>`,
 * the furigana Japanese Excel adds) are not part of the text.
 */
function readSharedStrings(part: ZipPart): string[] {
  const strings: string[] = [];
  let plain: string | undefined;
  let runs: string[] | undefined;
  let run: string | undefined;
  let text: string[] | undefined;
  let inRun = false;
  let inPhonetic = false;
  streamXml(part.name, part.content, {
    open: ({ name }) => {
      if (name === 'si') {
        plain = undefined;
        runs = undefined;
      } else if (name === 'r') {
        inRun = true;
        run = '';
      } else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) text = [];
    },
    text: (chunk) => {
      text?.push(chunk);
    },
    close: (name) => {
      if (name === 't' && text) {
        const value = unescapeXstring(text.join(''));
        if (inRun) run = value;
        else plain = value;
        text = undefined;
      } else if (name === 'r' && inRun) {
        if (!runs) runs = [];
        runs.push(run ?? '');
        inRun = false;
      } else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(runs ? runs.join('') : (plain ?? ''));
    },
  });
  return strings;
}
