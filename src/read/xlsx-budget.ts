/**
 * A budget on the elements of a workbook, counted BEFORE its sheets are read (xlsx-sheet.ts). It was made for
 * exceljs, which built an object for every <row>, <c>, style record and shared string it read, whatever it held:
 * 10 MiB of empty `<c/>` (10 KB compressed) made 366 MB of cells, a million styled empty rows 517 MB. The streaming
 * reader keeps only cells with a value; the budget still bounds its pass over each part. Each worksheet, the shared
 * strings and the styles are counted as text: every element has a start tag in the raw text (`<c` followed by a
 * space, `/` or `>`), and where the text has no comment, CDATA section, processing instruction or DOCTYPE (`<!`, or
 * `<?` past the XML declaration: what Excel writes), that count is exact, at 12× the speed of a parser. A part that
 * has any of them is streamed through saxes instead (the parser the reader uses), which counts just the elements the
 * reader sees and stops at the first one over its limit. Either way an attack costs at most one pass over a part of
 * at most 32 MB (zip/guard.ts). XML too broken to parse is refused by the reader, or here if it holds too many tags
 * first. Each limit is far above a real roster (a 5 000-class roster has about 40 000 cells).
 */
import { SaxesParser } from 'saxes';
import type { ZipPart, ZipTooLarge } from '../zip/guard.js';
import { megabytes } from '../zip/megabytes.js';
import { entryName, sheetNamesByPart, WORKSHEET_ENTRY } from './xlsx-merges.js';

const MiB = 1024 * 1024;

/** The limits, in one place, all over the whole workbook. */
export const XLSX_BUDGET = {
  /** Worksheet XML, all sheets together, unpacked (each zip entry is also at most 32 MiB: zip/guard.ts). */
  maxSheetsBytes: 64 * MiB,
  /** <c> elements (cells, empty ones too), all sheets: exceljs needs about 450 bytes a cell. */
  maxCells: 500_000,
  /** <row> elements, all sheets: as many as a CSV may have lines. */
  maxRows: 250_000,
  /** Style records in xl/styles.xml (number formats, fonts, fills, borders, cell formats); Excel allows 64 000. */
  maxStyles: 100_000,
  /** Shared strings (<si>) and rich-text runs (<r>), in the shared strings and the sheets. */
  maxStrings: 500_000,
} as const;

/** The limits a budget runs with; tests pass smaller ones. */
export type XlsxBudget = { readonly [K in keyof typeof XLSX_BUDGET]: number };

type Counted = 'cellCount' | 'rowCount' | 'styleCount' | 'stringCount';

/** Which element counts against which limit, by part. */
const SHEET_ELEMENTS = new Map<string, Counted>([
  ['c', 'cellCount'],
  ['row', 'rowCount'],
  ['r', 'stringCount'],
]);
const STRING_ELEMENTS = new Map<string, Counted>([
  ['si', 'stringCount'],
  ['r', 'stringCount'],
]);
const STYLE_ELEMENTS = new Map<string, Counted>(
  ['numFmt', 'font', 'fill', 'border', 'xf', 'dxf'].map((name) => [name, 'styleCount']),
);

/**
 * The first limit the workbook's parts go over, or undefined when exceljs may read them. `entry` names the sheet
 * (by the name Excel shows) for the sheet rules, the part otherwise.
 */
export function checkBudget(parts: readonly ZipPart[], limits: XlsxBudget = XLSX_BUDGET): ZipTooLarge | undefined {
  const sheetOf = sheetNamesByPart(parts);
  const limitOf: Record<Counted, number> = {
    cellCount: limits.maxCells,
    rowCount: limits.maxRows,
    styleCount: limits.maxStyles,
    stringCount: limits.maxStrings,
  };
  const counts: Record<Counted, number> = { cellCount: 0, rowCount: 0, styleCount: 0, stringCount: 0 };
  let sheetsBytes = 0;
  for (const part of parts) {
    const name = entryName(part.name);
    const isSheet = WORKSHEET_ENTRY.test(name);
    const elements = isSheet
      ? SHEET_ELEMENTS
      : name === 'xl/sharedStrings.xml'
        ? STRING_ELEMENTS
        : name === 'xl/styles.xml'
          ? STYLE_ELEMENTS
          : undefined;
    if (!elements) continue;
    const shown = (isSheet && sheetOf.get(name)) || name;
    if (isSheet) {
      sheetsBytes += part.content.byteLength;
      if (sheetsBytes > limits.maxSheetsBytes)
        return tooLarge('sheetsSize', `> ${megabytes(limits.maxSheetsBytes)}`, megabytes(limits.maxSheetsBytes), shown);
    }
    const text = Buffer.from(part.content.buffer, part.content.byteOffset, part.content.byteLength).toString('latin1');
    let over: Counted | undefined;
    if (hidesTags(text)) {
      over = countElements(part.content, (element) => {
        const rule = elements.get(element);
        return rule === undefined || ++counts[rule] <= limitOf[rule] ? undefined : rule;
      });
    } else {
      over = countTags(text, (element) => {
        const rule = elements.get(element);
        return rule === undefined || ++counts[rule] <= limitOf[rule] ? undefined : rule;
      });
    }
    if (over) return tooLarge(over, `> ${limitOf[over]}`, String(limitOf[over]), shown);
  }
  return undefined;
}

function tooLarge(rule: ZipTooLarge['rule'], value: string, limit: string, entry: string): ZipTooLarge {
  return { kind: 'tooLarge', rule, value, limit, entry };
}

/**
 * Whether the text may hold a tag the parser would not see as an element: a comment, CDATA section or DOCTYPE (`<!`),
 * or a processing instruction after the XML declaration (`<?`).
 */
function hidesTags(text: string): boolean {
  return text.includes('<!') || text.indexOf('<?', text.startsWith('<?xml') ? 2 : 0) >= 0;
}

/**
 * Calls `onTag` with the name of each start tag in the raw text (at most the longest counted name, plus one
 * character), until it names a rule gone over. Tags are ASCII, so the part's bytes are read as Latin-1 (UTF-8 never
 * puts a `<` inside a character).
 */
function countTags(text: string, onTag: (name: string) => Counted | undefined): Counted | undefined {
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    let end = at + 1;
    while (end < text.length && end - at <= MAX_NAME && !ENDS_NAME.has(text.charCodeAt(end))) end++;
    const over = onTag(text.slice(at + 1, end));
    if (over) return over;
  }
  return undefined;
}

/** The longest counted element name, plus one; and the characters that end a tag's name (space, tab, CR, LF, / and >). */
const MAX_NAME = 8;
const ENDS_NAME = new Set([0x20, 0x09, 0x0d, 0x0a, 0x2f, 0x3e]);

/** Stops the parser from inside a handler. */
class Stop {
  constructor(readonly rule?: Counted) {}
}

/**
 * Streams one XML part through saxes, 1 MiB at a time, calling `onElement` with each start tag's name as written
 * (exceljs matches unprefixed names only) until it names a rule gone over. XML saxes cannot parse ends the count
 * there: exceljs, with the same parser, stops at the same place and reports the damage itself.
 */
function countElements(content: Uint8Array, onElement: (name: string) => Counted | undefined): Counted | undefined {
  const parser = new SaxesParser();
  parser.on('opentagstart', (tag) => {
    const rule = onElement(tag.name);
    if (rule) throw new Stop(rule);
  });
  parser.on('error', () => {
    throw new Stop();
  });
  const decoder = new TextDecoder('utf-8');
  try {
    for (let at = 0; at < content.byteLength; at += MiB)
      parser.write(decoder.decode(content.subarray(at, at + MiB), { stream: true }));
    parser.write(decoder.decode()).close();
  } catch (error) {
    if (error instanceof Stop) return error.rule;
    throw error;
  }
  return undefined;
}
